// The JSON shapes of the routing rule endpoints (src/app/api/routing-rules/**; schemas in
// features/routing/routing.schemas.ts).
import type { ReasonCode } from "../api-types";

export interface RoutingRule {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  reasons: ReasonCode[];
  keywords: string[];
  intents: string[];
  languages: string[];
  tiers: string[];
  teamId: string;
  team: { id: string; name: string };
}

export interface RoutingRuleList {
  routingRules: RoutingRule[];
}

/** What POST /api/routing-rules accepts (PATCH /api/routing-rules/:id takes any subset). */
export interface RoutingRuleInput {
  name: string;
  enabled: boolean;
  reasons: ReasonCode[];
  keywords: string[];
  intents: string[];
  languages: string[];
  tiers: string[];
  teamId: string;
}
