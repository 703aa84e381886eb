import type { Change } from "./change.js";

/**
 * The plan object of SPEC section 3 and its parts: the types the planner's steps (diff,
 * guards, fingerprint) and the renderers share. It imports nothing but the change type, so
 * no module of the planner needs plan.ts (no cycle).
 */
export const PLAN_FORMAT = "wxbl-plan/1";

export interface PlanSummary {
  block: number;
  unblock: number;
  unchanged: number;
  unmanaged: number;
  live: number;
  desired: number;
}

export interface Fingerprint {
  file_sha256: string;
  live_sha256: string;
  appid: string | null;
}

export interface GuardResult {
  tripped: boolean;
  reasons: string[];
}

/** The plan object of SPEC section 3; key order exactly as there. */
export interface Plan {
  format: typeof PLAN_FORMAT;
  summary: PlanSummary;
  changes: Change[];
  fingerprint: Fingerprint;
  guard: GuardResult;
}
