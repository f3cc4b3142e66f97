import type { VisitorClaims } from "./visitor-token";

/** A widget caller, from a verified visitor token. */
export type Visitor = Omit<VisitorClaims, "exp">;
