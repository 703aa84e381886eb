import { compareCodeUnits } from "../util/code-unit-order.js";
import type { ApplyResult } from "./apply-changes.js";

export interface Verification {
  ok: boolean;
  /** Reported blocked, but not in the live list read afterwards. */
  missingBlocks: string[];
  /** Reported unblocked, but still in the live list read afterwards. */
  lingeringUnblocks: string[];
  /** Not written by this run, yet added to or removed from the live list since it was read. */
  unexpected: string[];
  /** Why the live list could not be read again (then nothing was compared). */
  readError?: string;
}

/** A verification that could not compare: reading the live list again failed. */
export function unreadVerification(readError: string): Verification {
  return { ok: false, missingBlocks: [], lingeringUnblocks: [], unexpected: [], readError };
}

const sorted = (ids: Iterable<string>): string[] => [...ids].sort(compareCodeUnits);

/**
 * Compare the live list read after apply with what apply reported (SPEC section 4: "every write
 * reported as done is visible and nothing else moved"), as sets:
 *   after = before + blocked - unblocked.
 *
 * Ids whose write failed (`failed`, and `unconfirmed`: sent in a call that answered with an error)
 * may be found either way and are not a mismatch: WeChat does not say whether a rejected batch
 * applied its valid ids, and a call whose answer was lost may have been applied. The report
 * already lists those ids as failed, and the next plan shows where they stand. Every other id
 * that moved (including ids never sent because the run stopped) is `unexpected`: someone or
 * something else changed the blacklist during the run.
 */
export function verifyLive(
  before: readonly string[],
  result: ApplyResult,
  after: readonly string[],
): Verification {
  const was = new Set(before);
  const now = new Set(after);
  const missingBlocks = result.blocked.filter((id) => !now.has(id));
  const lingeringUnblocks = result.unblocked.filter((id) => now.has(id));
  const written = new Set([
    ...result.blocked,
    ...result.unblocked,
    ...result.failed.map((failure) => failure.openid),
    ...(result.unconfirmed ?? []),
  ]);
  const unexpected = [...new Set([...was, ...now])].filter(
    (id) => was.has(id) !== now.has(id) && !written.has(id),
  );
  return {
    ok: missingBlocks.length === 0 && lingeringUnblocks.length === 0 && unexpected.length === 0,
    missingBlocks: sorted(missingBlocks),
    lingeringUnblocks: sorted(lingeringUnblocks),
    unexpected: sorted(unexpected),
  };
}
