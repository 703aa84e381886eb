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
import { encodeId, encodeIdBytes, sortOpenids } from "./sort-openids.js";

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
 * sort, hash and index it while the file is still loading); each file openid is then looked
 * up in the live list's index by its integer codes, in file order, and only the blocks are
 * sorted: the unblocks come out in order from one pass over the sorted live list. When the
 * live list has no codes (ids of another shape than real openids) the obvious diff decides,
 * `diffBySet`; a property test holds both to the same.
 */
export function diff(
  desired: DesiredState,
  live: readonly string[] | PreparedLive,
  now: Date,
): DiffResult {
  const prepared = isPreparedLive(live) ? live : prepareLive(live);
  const { index, sorted } = prepared;
  if (index === undefined || sorted.codes === undefined) {
    return diffBySet(desired, sorted.ids, now);
  }
  const today = utcToday(now);
  const file = fileEntries(desired);
  const { length, width } = sorted.codes;
  const row = new Int32Array(width);
  // 1. Each file entry, in file order: live or not (its first entry claims a live id).
  const claimed = new Uint8Array(sorted.order.length);
  const blockIndexes: number[] = [];
  const expiredAt = new Map<number, DesiredEntry>(); // live position -> its expired entry
  let desiredCount = 0;
  let unchanged = 0;
  for (let i = 0; i < file.count; i++) {
    let position = file.encode(i, length, row) ? index.positionOf(row) : -1;
    if (position >= 0 && claimed[position] === 1) position = -1;
    if (position >= 0) claimed[position] = 1;
    if (file.hasExpiry[i] === 1) {
      const entry = file.entry(i);
      if (isExpired(entry.expires as string, today)) {
        if (position >= 0) expiredAt.set(position, entry);
        continue;
      }
    }
    desiredCount++;
    if (position >= 0) unchanged++;
    else blockIndexes.push(i);
  }
  // 2. The blocks by openid (stable: a repeated openid keeps the file's order).
  const blocked = blockIndexes.map((i) => file.entry(i));
  const changes: Change[] = Array.from(
    sortOpenids(blocked.map((entry) => entry.openid)).order,
    (k) => block(blocked[k] as DesiredEntry),
  );
  // 3. The unblocks in the live list's order: expired entries, and ids the file does not claim.
  let unmanaged = 0;
  for (let position = 0; position < claimed.length; position++) {
    if (sorted.sameAsPrevious[position] === 1) continue;
    if (claimed[position] === 1) {
      const expired = expiredAt.get(position);
      if (expired !== undefined) changes.push(expiredUnblock(expired));
    } else if (desired.prune) {
      const openid = sorted.ids[sorted.order[position] as number] as string;
      changes.push({ action: "unblock", openid, why: NOT_IN_FILE });
    } else {
      unmanaged++;
    }
  }
  const counts: PlanSummary = {
    block: blocked.length,
    unblock: changes.length - blocked.length,
    unchanged,
    unmanaged,
    live: prepared.count,
    desired: desiredCount,
  };
  return { changes, counts, liveSha256: prepared.sha256 };
}

/** The file's entries as the diff reads them: their codes, which have an expiry, each entry. */
interface FileEntries {
  count: number;
  /** 1 where the entry (by file index) has an expiry. */
  hasExpiry: Uint8Array;
  /** Writes entry i's openid as codes into `row`; false when it is not `length` base64url. */
  encode: (i: number, length: number, row: Int32Array) => boolean;
  entry: (index: number) => DesiredEntry;
}

/**
 * A large file read on the worker thread arrives packed: its openids are coded from their
 * bytes and only the entries that change are ever made (`userAt`); otherwise from the entries.
 */
function fileEntries(desired: DesiredState): FileEntries {
  const packed = packedUsersOf(desired);
  if (packed !== undefined) {
    const { openids, openidEnds } = packed;
    const verbatim = new Map(packed.verbatim);
    const hasExpiry = new Uint8Array(packed.count);
    for (const [index] of packed.expires) hasExpiry[index] = 1;
    for (const [index, user] of verbatim) if (user.expires !== undefined) hasExpiry[index] = 1;
    return {
      count: packed.count,
      hasExpiry,
      encode: (i, length, row) => {
        const user = verbatim.size > 0 ? verbatim.get(i) : undefined;
        if (user !== undefined) return encodeId(user.openid, length, row, 0);
        const from = i === 0 ? 0 : (openidEnds[i - 1] as number);
        return encodeIdBytes(openids, from, openidEnds[i] as number, length, row);
      },
      entry: (index) => userAt(packed, index),
    };
  }
  const users = desired.users;
  const hasExpiry = new Uint8Array(users.length);
  for (let i = 0; i < users.length; i++) if (users[i]?.expires !== undefined) hasExpiry[i] = 1;
  return {
    count: users.length,
    hasExpiry,
    encode: (i, length, row) => encodeId((users[i] as DesiredEntry).openid, length, row, 0),
    entry: (index) => users[index] as DesiredEntry,
  };
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

/** What the obvious diff decides, entry by entry. */
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
