/**
 * One change the reconciler wants to make to the live blacklist (SPEC section 3): small typed
 * values with a fixed sort order, like octoDNS's changes.
 * A block always comes from an entry of the desired file, so it carries that entry's line, and
 * its `expires` when the ban is temporary (SPEC 10: a reviewer sees how long a ban lasts).
 * An unblock comes either from a live id that is not in the file (why: "not in file") or from
 * an expired entry (why: "expired 2027-03-01", with that entry's line and reason).
 *
 * Sort order (deterministic): all blocks, then all unblocks; within an action by openid
 * (plain code-unit order, never case-folded). See `compareChanges`.
 */
export type Change =
  | { action: "block"; openid: string; reason?: string; line: number; expires?: string }
  | {
      action: "unblock";
      openid: string;
      /** "not in file", or "expired YYYY-MM-DD" (then `line`/`reason` of the expired entry). */
      why: string;
      line?: number;
      reason?: string;
    };

export type BlockChange = Extract<Change, { action: "block" }>;
export type UnblockChange = Extract<Change, { action: "unblock" }>;

/** The `why` of an unblock whose openid is live but not in the file (prune: true). */
export const NOT_IN_FILE = "not in file";

/** The `why` of an unblock whose file entry has expired. */
export function expiredWhy(expires: string): string {
  return `expired ${expires}`;
}

/**
 * Plain UTF-16 code-unit order, the order of `Array.prototype.sort()` on strings. Never
 * `localeCompare`: openids are case-sensitive and the order must not depend on the machine's locale.
 */
export function compareOpenids(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The deterministic order of a plan's changes: all blocks, then all unblocks; by openid within each. */
export function compareChanges(a: Change, b: Change): number {
  if (a.action !== b.action) return a.action === "block" ? -1 : 1;
  return compareOpenids(a.openid, b.openid);
}
