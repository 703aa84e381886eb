import type { DesiredEntry, DesiredState } from "../desired/desired-state.js";
import { isExpired, utcToday } from "../desired/utc-date.js";
import {
  type BlockChange,
  type Change,
  type UnblockChange,
  NOT_IN_FILE,
  compareOpenids,
  expiredWhy,
} from "./change.js";
import type { PlanSummary } from "./plan-types.js";
import { sortByOpenid } from "./sort-by-openid.js";

export interface DiffResult {
  /** Sorted: all blocks, then all unblocks; by openid (code-unit order) within each. */
  changes: Change[];
  counts: PlanSummary;
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
 * Openids are compared exactly (case-sensitive); a repeated live id counts once; the file's
 * openids are unique (duplicates are a validation error). When the live list is in openid order
 * (as `makePlan` passes it), the file's entries are put in openid order too (a `wxbl fmt`ed file
 * already is) and a merge walk pairs the sides: changes come out sorted, and on 1M against 1M
 * this is several times cheaper than a Set of the live ids. Otherwise: one Set of the live ids,
 * one pass over each side, then the changes are sorted. Both decide the same.
 */
export function diff(desired: DesiredState, live: readonly string[], now: Date): DiffResult {
  const today = utcToday(now);
  if (isStrictlySorted(live)) {
    // A file out of order stops the first walk at once; one with a repeated openid stops both.
    let walk = new DiffWalk(desired.prune, today);
    if (mergeWalk(walk, desired.users, live)) return walk.result();
    walk = new DiffWalk(desired.prune, today);
    if (mergeWalk(walk, sortByOpenid(desired.users), live)) return walk.result();
  }
  const walk = new DiffWalk(desired.prune, today);
  setWalk(walk, desired.users, live);
  return walk.result();
}

/** What both walks decide, entry by entry; the walks only differ in how they pair the sides. */
class DiffWalk {
  readonly blocks: BlockChange[] = [];
  readonly unblocks: UnblockChange[] = [];
  desired = 0;
  unchanged = 0;
  unmanaged = 0;
  live = 0;

  constructor(
    private readonly prune: boolean,
    private readonly today: string,
  ) {}

  /** A file entry, and whether its openid is live. */
  entry(entry: DesiredEntry, isLive: boolean): void {
    if (entry.expires !== undefined && isExpired(entry.expires, this.today)) {
      if (isLive) this.unblocks.push(expiredUnblock(entry));
      return;
    }
    this.desired++;
    if (isLive) this.unchanged++;
    else this.blocks.push(block(entry));
  }

  /** A live openid the file does not mention. */
  liveOnly(openid: string): void {
    if (this.prune) this.unblocks.push({ action: "unblock", openid, why: NOT_IN_FILE });
    else this.unmanaged++;
  }

  result(): DiffResult {
    const counts: PlanSummary = {
      block: this.blocks.length,
      unblock: this.unblocks.length,
      unchanged: this.unchanged,
      unmanaged: this.unmanaged,
      live: this.live,
      desired: this.desired,
    };
    const changes: Change[] = this.blocks;
    for (const change of this.unblocks) changes.push(change);
    return { changes, counts };
  }
}

/** Any order: a Set of live ids; whatever the file does not claim is live-only. */
function setWalk(walk: DiffWalk, users: readonly DesiredEntry[], live: readonly string[]): void {
  const liveOnly = new Set(live);
  walk.live = liveOnly.size;
  for (const entry of users) walk.entry(entry, liveOnly.delete(entry.openid));
  for (const openid of liveOnly) walk.liveOnly(openid);
  // Deterministic order. The sort is a merge sort: linear on runs that are already ordered.
  walk.blocks.sort(byOpenid);
  walk.unblocks.sort(byOpenid);
}

/**
 * Live strictly ascending: walks both sides together; changes come out in order. False, with
 * `walk` half done (to be dropped), at the first entry whose openid is not after the previous.
 */
function mergeWalk(
  walk: DiffWalk,
  users: readonly DesiredEntry[],
  live: readonly string[],
): boolean {
  walk.live = live.length;
  let j = 0;
  let previous: string | undefined;
  for (const entry of users) {
    const openid = entry.openid;
    if (previous !== undefined && !(previous < openid)) return false;
    previous = openid;
    while (j < live.length && (live[j] as string) < openid) walk.liveOnly(live[j++] as string);
    const isLive = j < live.length && live[j] === openid;
    if (isLive) j++;
    walk.entry(entry, isLive);
  }
  while (j < live.length) walk.liveOnly(live[j++] as string);
  return true;
}

function isStrictlySorted(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++)
    if (!((ids[i - 1] as string) < (ids[i] as string))) return false;
  return true;
}

function byOpenid(a: { openid: string }, b: { openid: string }): number {
  return compareOpenids(a.openid, b.openid);
}

// Builders fix each change's key order (SPEC section 3) and leave absent fields out.
function block({ openid, reason, line, expires }: DesiredEntry): BlockChange {
  const change: BlockChange =
    reason === undefined
      ? { action: "block", openid, line }
      : { action: "block", openid, reason, line };
  if (expires !== undefined) change.expires = expires; // a temporary ban: last key (SPEC 10)
  return change;
}

function expiredUnblock({ openid, expires, line, reason }: DesiredEntry): UnblockChange {
  const why = expiredWhy(expires as string);
  return reason === undefined
    ? { action: "unblock", openid, why, line }
    : { action: "unblock", openid, why, line, reason };
}
