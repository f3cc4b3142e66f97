// The JSON shapes of the teams endpoints (src/app/api/teams/**; schemas in features/teams).

export const ASSIGNMENT_MODES = ["POOLED", "ROUND_ROBIN"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  /** ONLINE, AWAY or OFFLINE: the agent's own status in this workspace. */
  status: string;
  languages: string[];
}

export interface Team {
  id: string;
  name: string;
  description: string | null;
  assignmentMode: AssignmentMode;
  languages: string[];
  members: TeamMember[];
  onlineCount: number;
  routingRuleCount: number;
}

export interface TeamList {
  teams: Team[];
}

/** What POST /api/teams accepts (PATCH /api/teams/:id takes any subset). */
export interface TeamInput {
  name: string;
  description: string | null;
  assignmentMode: AssignmentMode;
  languages: string[];
}
