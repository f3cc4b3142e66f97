// The JSON shapes the dashboard reads (see src/app/api/** and features/tenants/*.dto.ts).
import type { Role } from "@/lib/roles";

export type { Role };

export interface WorkspaceSummary {
  id: string;
  name: string;
  slug: string;
  role: Role;
  active: boolean;
}

export interface Me {
  user: { id: string; email: string; name: string };
  role: Role | null;
  activeWorkspaceId: string | null;
  workspaces: WorkspaceSummary[];
}

export interface WorkspaceSettings {
  timezone: string;
  defaultLanguage: string;
  botName: string;
  confidenceThreshold: number;
  escalationTimeoutMins: number;
  missedChatTimeoutSecs: number;
  leadCaptureAfterHours: boolean;
}

export interface Workspace {
  id: string;
  name: string;
  slug: string;
  role: Role;
  settings: WorkspaceSettings | null;
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  status: string;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string | null;
  role: string;
  link: string;
  expiresAt: string;
  invitedBy?: string;
}

export interface InvitationPreview {
  workspaceName: string;
  invitedBy: string;
  email: string | null;
  role: string;
  valid: boolean;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  action: string;
  actor: string | null;
  targetType: string | null;
  targetId: string | null;
  metadata: unknown;
  createdAt: string;
}
