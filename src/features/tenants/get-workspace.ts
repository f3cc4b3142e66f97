import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getOrganizationWithSettings } from "./tenants.repository";
import { toWorkspaceDto } from "./tenants.dto";

export async function getWorkspace({ organizationId }: { organizationId: string }) {
  const organization = await getOrganizationWithSettings(db, { organizationId });
  if (!organization) throw notFound("Workspace");
  const settings = organization.settings;
  return {
    ...toWorkspaceDto(organization),
    settings: settings && {
      timezone: settings.timezone,
      defaultLanguage: settings.defaultLanguage,
      botName: settings.botName,
      confidenceThreshold: settings.confidenceThreshold,
      escalationWidenAfterSecs: settings.escalationWidenAfterSecs,
      escalationTimeoutMins: settings.escalationTimeoutMins,
      missedChatTimeoutSecs: settings.missedChatTimeoutSecs,
      leadCaptureAfterHours: settings.leadCaptureAfterHours,
      draftApprovalReasons: settings.draftApprovalReasons,
      draftApprovalTags: settings.draftApprovalTags,
      draftApprovalBelow: settings.draftApprovalBelow,
    },
  };
}
