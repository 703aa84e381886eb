import { compareCodeUnits } from "../util/code-unit-order.js";

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

/** Openids in code-unit order: the engine's name for the one comparison (util/code-unit-order). */
export const compareOpenids = compareCodeUnits;

/**
 * The deterministic order of changes, and of failed changes in apply's result and report: all
 * blocks, then all unblocks; by openid within each.
 */
export function compareChanges(
  a: Pick<Change, "action" | "openid">,
  b: Pick<Change, "action" | "openid">,
): number {
  if (a.action !== b.action) return a.action === "block" ? -1 : 1;
  return compareCodeUnits(a.openid, b.openid);
}
