import type { DesiredState } from "../desired/desired-state.js";
import { diff } from "./diff.js";
import { makeFingerprint } from "./fingerprint.js";
import { checkGuards } from "./guard.js";
import type { PreparedLive } from "./prepare-live.js";
import { onlyExpired, type LeftForFullApply } from "./only-expired.js";
import { PLAN_FORMAT, type Plan } from "./plan-types.js";

export { liveSha256 } from "./fingerprint.js";
export {
  PLAN_FORMAT,
  type Fingerprint,
  type GuardResult,
  type Plan,
  type PlanSummary,
} from "./plan-types.js";

export interface PlanInput {
  desired: DesiredState;
  /** The live ids (any order, repeats allowed), or the list prepared already (`prepareLive`). */
  live: readonly string[] | PreparedLive;
  now: Date;
  /** The account the live list was read from; null/absent when unknown (access-token only). */
  appid?: string | null;
  /** "expired": only the unblocks of expired entries (`apply --only-expired`, SPEC 10). */
  only?: "expired";
}

/**
 * Pure: diff, guards, fingerprint. The same input gives a byte-identical plan (SPEC section 3).
 * Steps: 1. diff desired against live (which hashes the live list for the fingerprint);
 * 2. check the guards; 3. fingerprint.
 */
export function makePlan(input: PlanInput): Plan {
  return makeScopedPlan(input).plan;
}

/**
 * makePlan, and what a scoped plan (`only`) leaves for a full apply. The scope narrows the diff
 * before the guards, so they judge what the run will do.
 */
export function makeScopedPlan(input: PlanInput): { plan: Plan; left: LeftForFullApply } {
  const full = diff(input.desired, input.live, input.now);
  const { result, left } =
    input.only === "expired" ? onlyExpired(full) : { result: full, left: { block: 0, unblock: 0 } };
  const { changes, counts } = result;
  const guard = checkGuards(input.desired, counts);
  const fingerprint = makeFingerprint(input.desired, full.liveSha256, input.appid ?? null);
  return {
    plan: {
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
    },
    left,
  };
}
