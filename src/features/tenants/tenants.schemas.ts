import { z } from "zod";
import { ZReasonCode } from "@/features/triggers/triggers.schemas";
import { ROLES } from "@/lib/roles";

export const ZRole = z.enum(ROLES);
const ZEmail = z.string().trim().toLowerCase().pipe(z.email("must be an email address")).pipe(z.string().max(254));
const ZPassword = z.string().min(8, "must be at least 8 characters").max(128);
const ZName = z.string().trim().min(1, "is required").max(100);

export const ZSignUpInput = z.object({
  name: ZName,
  email: ZEmail,
  password: ZPassword,
  // Required unless the person signs up to accept an invitation.
  workspaceName: ZName.optional(),
  invitationId: z.string().min(1).max(100).optional(),
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZCreateWorkspaceInput = z.object({ name: ZName });
export type TCreateWorkspaceInput = z.infer<typeof ZCreateWorkspaceInput>;

export const ZSwitchWorkspaceInput = z.object({ organizationId: z.string().min(1).max(100) });

export const ZUpdateWorkspaceInput = z
  .object({
    name: ZName,
    timezone: z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/Paris"),
    defaultLanguage: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be a language code such as en or pt-BR"),
    botName: ZName,
    confidenceThreshold: z.number().min(0).max(1),
    // Checked against escalationTimeoutMins in updateWorkspace: widening comes before giving up.
    escalationWidenAfterSecs: z.number().int().min(10).max(24 * 3600),
    escalationTimeoutMins: z.number().int().min(1).max(24 * 60),
    missedChatTimeoutSecs: z.number().int().min(10).max(3600),
    leadCaptureAfterHours: z.boolean(),
    // Draft approval: hold the bot's answer for an agent on these reasons, knowledge tags, or below
    // this confidence (null: never on confidence alone).
    draftApprovalReasons: z.array(ZReasonCode).max(20).transform((codes) => [...new Set(codes)]),
    draftApprovalTags: z
      .array(z.string().trim().min(1, "is required").max(50))
      .max(50)
      .transform((tags) => [...new Set(tags)]),
    draftApprovalBelow: z.number().min(0).max(1).nullable(),
  })
  .partial()
  .strict();
export type TUpdateWorkspaceInput = z.infer<typeof ZUpdateWorkspaceInput>;

export const ZInviteMemberInput = z.object({
  // No email: an open link that the first person to accept it uses up.
  email: ZEmail.optional(),
  role: z.enum(["admin", "agent"]).default("agent"),
});
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

export const ZUpdateMemberInput = z
  .object({
    role: ZRole,
    // How many conversations routing gives the agent at once.
    capacity: z.number().int().min(1).max(100),
  })
  .partial()
  .strict()
  .refine((input) => input.role !== undefined || input.capacity !== undefined, "send a role or a capacity");


function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
