// How each audit action reads in the log: "Ana <label>". Unknown actions show their code.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "api_key.created": "created an API key",
  "api_key.revoked": "revoked an API key",
  "business_hours.created": "added a business hours schedule",
  "business_hours.deleted": "deleted a business hours schedule",
  "business_hours.updated": "changed a business hours schedule",
  "canned_response.created": "added a canned response",
  "canned_response.deleted": "deleted a canned response",
  "canned_response.updated": "changed a canned response",
  "inbox.created": "created an inbox",
  "inbox.updated": "changed widget or inbox settings",
  "inbox.identity_secret_rotated": "rotated an identity secret",
  "invitation.accepted": "accepted an invitation",
  "invitation.created": "invited someone",
  "invitation.revoked": "revoked an invitation",
  "knowledge.created": "added a knowledge entry",
  "knowledge.updated": "changed a knowledge entry",
  "knowledge.deleted": "deleted a knowledge entry",
  "knowledge.imported": "imported knowledge entries",
  "member.capacity_changed": "changed a member's capacity",
  "member.removed": "removed a member",
  "member.role_changed": "changed a member's role",
  "routing_rule.created": "added a routing rule",
  "routing_rule.deleted": "deleted a routing rule",
  "routing_rule.reordered": "reordered the routing rules",
  "routing_rule.updated": "changed a routing rule",
  "slack.connected": "connected Slack",
  "slack.disconnected": "disconnected Slack",
  "slack.settings_updated": "changed Slack settings",
  "slack.needs_attention": "flagged the Slack connection (needs attention)",
  "slack.channel_added": "added a Slack channel",
  "slack.channel_updated": "changed a Slack channel",
  "slack.channel_removed": "removed a Slack channel",
  "team.created": "created a team",
  "team.deleted": "deleted a team",
  "team.member_added": "added someone to a team",
  "team.member_removed": "removed someone from a team",
  "team.updated": "changed a team",
  "trigger_rule.created": "added a handoff rule",
  "trigger_rule.updated": "changed a handoff rule",
  "trigger_rule.deleted": "deleted a handoff rule",
  "webhook.created": "added a webhook endpoint",
  "webhook.updated": "changed a webhook endpoint",
  "webhook.deleted": "deleted a webhook endpoint",
  "webhook.redelivered": "redelivered a webhook event",
  "whatsapp.connected": "connected a WhatsApp number",
  "whatsapp.updated": "changed a WhatsApp number",
  "whatsapp.disconnected": "disconnected a WhatsApp number",
  "workspace.created": "created the workspace",
  "workspace.updated": "updated workspace settings",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** A short, plain-text summary of the entry's details (rendered as text, never HTML). */
export function auditDetails(metadata: unknown): string {
  if (!metadata || typeof metadata !== "object") return "";
  return Object.entries(metadata as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(" · ");
}
