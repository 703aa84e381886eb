import type { DesiredState } from "../desired/desired-state.js";
import {
  type BlockChange,
  type Change,
  type UnblockChange,
  NOT_IN_FILE,
  compareOpenids,
  expiredWhy,
} from "./change.js";
import type { PlanSummary } from "./plan.js";

export interface DiffResult {
  /** Sorted: all blocks, then all unblocks; by openid (code-unit order) within each. */
  changes: Change[];
  counts: PlanSummary;
}

/** `YYYY-MM-DD` of `now` in UTC: the day from which an entry with that `expires` is no longer desired. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The pure diff (SPEC section 3): set arithmetic between the desired entries and the live list.
 *
 * - An entry whose `expires` is on or before today (UTC) is not desired: if it is live it is
 *   unblocked ("expired YYYY-MM-DD", with its line and reason), whatever `prune` says.
 * - A desired entry that is not live is blocked; one that is live is unchanged.
 * - A live id the file does not mention is unblocked ("not in file") with `prune: true`, or
 *   left alone and counted as unmanaged with `prune: false`.
 *
 * Openids are compared exactly (case-sensitive). One pass over each side with Sets, so 1M
 * against 1M stays linear apart from sorting the changes. Duplicate live ids count once.
 */
export function diff(desired: DesiredState, live: readonly string[], now: Date): DiffResult {
  const today = utcDate(now);
  // Live ids not yet matched by a file entry; what is left after step 1 is live-only.
  const liveOnly = new Set(live);
  const liveCount = liveOnly.size;
  const blocks: BlockChange[] = [];
  const expired: UnblockChange[] = [];
  let desiredCount = 0;
  let unchanged = 0;

  // 1. Walk the file (openids are unique there): expired entries, blocks, unchanged entries.
  for (const entry of desired.users) {
    const isLive = liveOnly.delete(entry.openid);
    // `expires` is YYYY-MM-DD, so string order is date order.
    if (entry.expires !== undefined && entry.expires <= today) {
      if (isLive)
        expired.push(expiredUnblock(entry.openid, entry.expires, entry.line, entry.reason));
      continue;
    }
    desiredCount++;
    if (isLive) unchanged++;
    else blocks.push(block(entry.openid, entry.reason, entry.line));
  }

  // 2. Live ids the file does not mention: unblocked with prune, unmanaged without.
  const unblocks = expired;
  const unmanaged = desired.prune ? 0 : liveOnly.size;
  if (desired.prune) {
    for (const openid of liveOnly) unblocks.push({ action: "unblock", openid, why: NOT_IN_FILE });
  }

  // 3. Deterministic order: blocks, then unblocks, by openid. The sort is a merge sort that
  // runs in linear time on input that is already ordered (a `wxbl fmt`ed file, a sorted live list).
  blocks.sort(byOpenid);
  unblocks.sort(byOpenid);
  const counts: PlanSummary = {
    block: blocks.length,
    unblock: unblocks.length,
    unchanged,
    unmanaged,
    live: liveCount,
    desired: desiredCount,
  };
  const changes: Change[] = blocks;
  for (const change of unblocks) changes.push(change);
  return { changes, counts };
}
function byOpenid(a: { openid: string }, b: { openid: string }): number {
  return compareOpenids(a.openid, b.openid);
}

// Builders fix each change's key order (SPEC section 3) and leave absent fields out.
function block(openid: string, reason: string | undefined, line: number): BlockChange {
  return reason === undefined
    ? { action: "block", openid, line }
    : { action: "block", openid, reason, line };
}

function expiredUnblock(
  openid: string,
  expires: string,
  line: number,
  reason: string | undefined,
): UnblockChange {
  const why = expiredWhy(expires);
  return reason === undefined
    ? { action: "unblock", openid, why, line }
    : { action: "unblock", openid, why, line, reason };
}
