import type { DesiredState } from "../desired/desired-state.js";
import type { Change } from "./change.js";
import { diff } from "./diff.js";
import { makeFingerprint } from "./fingerprint.js";
import { checkGuards } from "./guard.js";

export { liveSha256 } from "./fingerprint.js";

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

export interface PlanInput {
  desired: DesiredState;
  live: readonly string[];
  now: Date;
  /** The account the live list was read from; null/absent when unknown (access-token only). */
  appid?: string | null;
}

/**
 * Pure: diff, guards, fingerprint. The same input gives a byte-identical plan (SPEC section 3).
 * Steps: 1. diff desired against live (which sorts the live list, each id once: the form the
 * fingerprint hashes); 2. check the guards; 3. fingerprint.
 */
export function makePlan(input: PlanInput): Plan {
  const { changes, counts, sortedLive } = diff(input.desired, input.live, input.now);
  const guard = checkGuards(input.desired, counts);
  const fingerprint = makeFingerprint(input.desired, sortedLive, input.appid ?? null);
  return {
    format: PLAN_FORMAT,
    summary: {
      block: counts.block,
      unblock: counts.unblock,
      unchanged: counts.unchanged,
      unmanaged: counts.unmanaged,
      live: counts.live,
      desired: counts.desired,
    },
    changes,
    fingerprint,
    guard,
  };
}
