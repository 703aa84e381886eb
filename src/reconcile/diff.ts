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
import { radixSortOpenids } from "./radix-sort-openids.js";

export interface DiffResult {
  /** Sorted: all blocks, then all unblocks; by openid (code-unit order) within each. */
  changes: Change[];
  counts: PlanSummary;
  /** The live ids in code-unit order, each once: what the plan's fingerprint hashes. */
  sortedLive: string[];
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
 * openids are unique (duplicates are a validation error; a repeat is not live the second
 * time). Whatever order either side comes in, the file's openids and the live ids are sorted
 * together by one radix sort (`radixSortOpenids`), which pairs equal ids without comparing
 * strings: on 1M against 1M several times cheaper than a Set, or than a merge walk that
 * compares each pair. Ids the radix sort does not take (characters outside base64url) go the
 * obvious way, `diffBySet`; both decide the same (a property test holds them to it).
 */
export function diff(desired: DesiredState, live: readonly string[], now: Date): DiffResult {
  const walk = new DiffWalk(desired.prune, utcToday(now));
  return sortedWalk(walk, desired.users, live) ? walk.result() : diffBySet(desired, live, now);
}

/** The obvious diff: a Set of the live ids, one pass over each side, then the changes sorted. */
export function diffBySet(desired: DesiredState, live: readonly string[], now: Date): DiffResult {
  const walk = new DiffWalk(desired.prune, utcToday(now));
  const liveOnly = new Set(live);
  walk.sortedLive = [...liveOnly].sort();
  for (const entry of desired.users) walk.entry(entry, liveOnly.delete(entry.openid));
  for (const openid of liveOnly) walk.liveOnly(openid);
  // Deterministic order. The sort is stable: repeated file openids keep the file's order.
  walk.blocks.sort(byOpenid);
  walk.unblocks.sort(byOpenid);
  return walk.result();
}

/**
 * Both sides sorted together, stably, the file's entries first: each run of equal ids is one
 * openid, with its file entries (in file order) and, last, its live copies. Decides as
 * `diffBySet` does, in openid order, so the changes come out sorted. False, with `walk`
 * untouched, when the radix sort does not take these ids.
 */
function sortedWalk(
  walk: DiffWalk,
  users: readonly DesiredEntry[],
  live: readonly string[],
): boolean {
  const fileCount = users.length;
  const ids = new Array<string>(fileCount + live.length);
  // Whether each entry has an expiry, read in file order: the walk below goes in openid order,
  // and touching a million entries in that order costs a cache miss each.
  const expires = new Uint8Array(fileCount);
  for (let i = 0; i < fileCount; i++) {
    const entry = users[i] as DesiredEntry;
    ids[i] = entry.openid;
    if (entry.expires !== undefined) expires[i] = 1;
  }
  for (let j = 0; j < live.length; j++) ids[fileCount + j] = live[j] as string;
  const sorted = radixSortOpenids(ids);
  if (sorted === undefined) return false;
  const { keys, order, sameAsPrevious } = sorted;
  const sortedLive = walk.sortedLive;
  for (let start = 0; start < keys.length;) {
    let end = start + 1;
    while (end < keys.length && sameAsPrevious[end] === 1) end++;
    const isLive = (order[end - 1] as number) >= fileCount;
    if (isLive) sortedLive.push(keys[end - 1] as string);
    const first = order[start] as number;
    if (isLive && end - start === 2 && first < fileCount && expires[first] === 0) {
      walk.unchangedEntry(); // the common case: in the file once, live once, no expiry
    } else {
      let claimed = !isLive; // the first file entry of the openid claims its live copy
      for (let at = start; at < end && (order[at] as number) < fileCount; at++) {
        walk.entry(users[order[at] as number] as DesiredEntry, !claimed);
        claimed = true;
      }
      if (!claimed) walk.liveOnly(keys[start] as string);
    }
    start = end;
  }
  return true;
}

/** What both walks decide, entry by entry; the walks only differ in how they pair the sides. */
class DiffWalk {
  readonly blocks: BlockChange[] = [];
  readonly unblocks: UnblockChange[] = [];
  desired = 0;
  unchanged = 0;
  unmanaged = 0;
  /** The live ids in openid order, each once. */
  sortedLive: string[] = [];

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

  /** What `entry(entry, true)` does for an entry without an expiry. */
  unchangedEntry(): void {
    this.desired++;
    this.unchanged++;
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
      live: this.sortedLive.length,
      desired: this.desired,
    };
    const changes: Change[] = this.blocks;
    for (const change of this.unblocks) changes.push(change);
    return { changes, counts, sortedLive: this.sortedLive };
  }
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
