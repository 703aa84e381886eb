import type { DesiredEntry, DesiredState } from "../desired/desired-state.js";
import { packedUsersOf, userAt } from "../desired/packed-users.js";
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
import { sortedIdsSha256 } from "./fingerprint.js";
import { isPreparedLive, prepareLive, type PreparedLive } from "./prepare-live.js";
import {
  compareCodes,
  sortOpenidBytes,
  sortOpenids,
  type SortedCodes,
  type SortedOpenids,
} from "./sort-openids.js";

export interface DiffResult {
  /** Sorted: all blocks, then all unblocks; by openid (code-unit order) within each. */
  changes: Change[];
  counts: PlanSummary;
  /** `liveSha256` of the live list: what the plan's fingerprint holds. */
  liveSha256: string;
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
 * openids are unique (duplicates are a validation error; a repeat finds its live copy already
 * claimed, as with a Set). The live list may come prepared (`prepareLive`: plan and apply
 * sort it while the file is still loading); the file's openids are sorted the same way
 * (`sortOpenids`) and the two sorted lists are walked side by side, comparing integer codes,
 * so the changes come out in order. When either side has no codes (ids of another shape than
 * real openids) the obvious diff decides, `diffBySet`; a property test holds both to the same.
 */
export function diff(
  desired: DesiredState,
  live: readonly string[] | PreparedLive,
  now: Date,
): DiffResult {
  const prepared = isPreparedLive(live) ? live : prepareLive(live);
  const file = sortFile(desired);
  const walk = new DiffWalk(desired.prune, utcToday(now));
  if (!mergeWalk(walk, file, prepared.sorted)) {
    return diffBySet(desired, prepared.sorted.ids, now);
  }
  return walk.result(prepared.count, prepared.sha256);
}

/** The file's openids sorted, which entries have an expiry, and each entry by its index. */
interface SortedFile {
  sorted: SortedCodes;
  /** 1 where the entry (by file index) has an expiry: read in file order, not openid order. */
  hasExpiry: Uint8Array;
  entry: (index: number) => DesiredEntry;
}

/**
 * The file's side of the walk. A large file read on the worker thread arrives packed: its
 * openids are sorted from their bytes and only the entries that change are ever made
 * (`userAt`); otherwise from the entries' openids (touching each entry once, in file order).
 */
function sortFile(desired: DesiredState): SortedFile {
  const packed = packedUsersOf(desired);
  const sorted = packed && sortOpenidBytes(packed.openids, packed.openidEnds);
  if (packed && sorted) {
    const hasExpiry = new Uint8Array(packed.count);
    for (const [index] of packed.expires) hasExpiry[index] = 1;
    return { sorted, hasExpiry, entry: (index) => userAt(packed, index) };
  }
  const users = desired.users;
  const ids = new Array<string>(users.length);
  const hasExpiry = new Uint8Array(users.length);
  for (let i = 0; i < users.length; i++) {
    const entry = users[i] as DesiredEntry;
    ids[i] = entry.openid;
    if (entry.expires !== undefined) hasExpiry[i] = 1;
  }
  return { sorted: sortOpenids(ids), hasExpiry, entry: (index) => users[index] as DesiredEntry };
}

/** The obvious diff: a Set of the live ids, one pass over each side, then the changes sorted. */
export function diffBySet(desired: DesiredState, live: readonly string[], now: Date): DiffResult {
  const walk = new DiffWalk(desired.prune, utcToday(now));
  const liveOnly = new Set(live);
  const sortedLive = [...liveOnly].sort();
  for (const entry of desired.users) walk.entry(entry, liveOnly.delete(entry.openid));
  for (const openid of liveOnly) walk.liveOnly(openid);
  // Deterministic order. The sort is stable: repeated file openids keep the file's order.
  walk.blocks.sort(byOpenid);
  walk.unblocks.sort(byOpenid);
  return walk.result(sortedLive.length, sortedIdsSha256(sortedLive));
}

/**
 * The file's and the live ids, both sorted, walked side by side in openid order: equal codes
 * pair a file entry with its live copy (the first file entry of an openid claims it), a file
 * id alone is not live, a live id alone is not in the file. False, with `walk` untouched, when
 * the two lists cannot be compared by codes.
 */
function mergeWalk(walk: DiffWalk, file: SortedFile, live: SortedOpenids): boolean {
  const { hasExpiry, entry } = file;
  const fileCount = file.sorted.order.length;
  const liveCount = live.order.length;
  const fileCodes = file.sorted.codes;
  const liveCodes = live.codes;
  if (fileCodes === undefined || liveCodes === undefined) return false;
  if (fileCount > 0 && liveCount > 0 && fileCodes.length !== liveCodes.length) return false;
  const { order: fileOrder, sameAsPrevious: fileSame } = file.sorted;
  const { order: liveOrder, sameAsPrevious: liveSame, ids: liveIds } = live;
  let i = 0;
  let j = 0;
  while (i < fileCount || j < liveCount) {
    const side =
      i >= fileCount ? 1 : j >= liveCount ? -1 : compareCodes(fileCodes, i, liveCodes, j);
    if (side > 0) {
      walk.liveOnly(liveIds[liveOrder[j] as number] as string);
    } else {
      const index = fileOrder[i] as number;
      const isLive = side === 0;
      if (isLive && hasExpiry[index] === 0) {
        walk.unchangedEntry(); // the common case: in the file, live, no expiry
      } else {
        walk.entry(entry(index), isLive);
      }
      // Later file entries of the same openid find its live copy claimed.
      for (i++; i < fileCount && fileSame[i] === 1; i++) {
        walk.entry(entry(fileOrder[i] as number), false);
      }
      if (!isLive) continue;
    }
    for (j++; j < liveCount && liveSame[j] === 1; j++); // a repeated live id counts once
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

  /** The changes and counts, with the live list's distinct count and hash. */
  result(live: number, liveSha256: string): DiffResult {
    const counts: PlanSummary = {
      block: this.blocks.length,
      unblock: this.unblocks.length,
      unchanged: this.unchanged,
      unmanaged: this.unmanaged,
      live,
      desired: this.desired,
    };
    const changes: Change[] = this.blocks;
    for (const change of this.unblocks) changes.push(change);
    return { changes, counts, liveSha256 };
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
