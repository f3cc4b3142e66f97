"use client";
import { createContext, useContext } from "react";
import type { Me, Role, WorkspaceSummary } from "@/components/api-types";

export interface DashboardSession {
  me: Me;
  /** The workspace this session acts in; the dashboard only renders once there is one. */
  workspace: WorkspaceSummary;
  role: Role;
  canManage: boolean;
  /** Fetches /api/me again, e.g. after a rename or a switch. */
  reloadMe: () => void;
}

export const SessionContext = createContext<DashboardSession | null>(null);

export function useSession(): DashboardSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() is only available inside the dashboard layout");
  return session;
}
