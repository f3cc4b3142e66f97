import { z } from "zod";

export const ASSIGNMENT_MODES = ["POOLED", "ROUND_ROBIN"] as const;
export const ZAssignmentMode = z.enum(ASSIGNMENT_MODES);

const ZLanguage = z.string().trim().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language code such as en or pt-BR");
// The same language twice would only be noise: keep the first of each.
const ZLanguages = z.array(ZLanguage).max(30).transform((codes) => [...new Set(codes)]);

export const ZTeamInput = z.object({
  name: z.string().trim().min(1, "is required").max(60),
  description: z.string().trim().max(300).nullable().optional(),
  /** POOLED: every member is notified and the first to claim takes it; ROUND_ROBIN: one member at a time. */
  assignmentMode: ZAssignmentMode.default("POOLED"),
  /** Languages the team answers in; empty means any. */
  languages: ZLanguages.default([]),
});
export type TTeamInput = z.infer<typeof ZTeamInput>;

export const ZTeamUpdate = z
  .object({
    name: ZTeamInput.shape.name,
    description: ZTeamInput.shape.description,
    assignmentMode: ZAssignmentMode,
    languages: ZLanguages,
  })
  .partial()
  .strict();
export type TTeamUpdate = z.infer<typeof ZTeamUpdate>;

export const ZTeamMemberInput = z.object({ userId: z.string().trim().min(1, "is required").max(100) }).strict();

export interface TeamMemberDto {
  userId: string;
  name: string;
  email: string;
  /** The agent's own status in this workspace: ONLINE, AWAY or OFFLINE. */
  status: string;
  languages: string[];
}

export interface TeamDto {
  id: string;
  name: string;
  description: string | null;
  assignmentMode: (typeof ASSIGNMENT_MODES)[number];
  languages: string[];
  members: TeamMemberDto[];
  onlineCount: number;
  /** Routing rules that send conversations here; a team with rules cannot be deleted. */
  routingRuleCount: number;
}

type TeamRow = {
  id: string;
  name: string;
  description: string | null;
  assignmentMode: string;
  languages: string[];
  members: Array<{ user: { id: string; name: string; email: string; languages: string[]; memberships: Array<{ status: string }> } }>;
  _count: { routingRules: number };
};

export function toTeamDto(row: TeamRow): TeamDto {
  const members = row.members
    .map(({ user }) => ({ userId: user.id, name: user.name, email: user.email, status: user.memberships[0]?.status ?? "OFFLINE", languages: user.languages }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    assignmentMode: row.assignmentMode === "ROUND_ROBIN" ? "ROUND_ROBIN" : "POOLED",
    languages: row.languages,
    members,
    onlineCount: members.filter((member) => member.status === "ONLINE").length,
    routingRuleCount: row._count.routingRules,
  };
}
