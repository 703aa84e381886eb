/**
 * One change the reconciler wants to make to the live blacklist.
 * A block always comes from an entry of the desired file, so it carries that entry's line.
 * An unblock comes either from a live id that is not in the file (why: "not in file") or from
 * an expired entry (why: "expired 2027-03-01", with that entry's line and reason).
 *
 * Sort order (deterministic): all blocks, then all unblocks; within an action by openid
 * (plain code-unit order, never case-folded).
 */
export type Change =
  | { action: "block"; openid: string; reason?: string; line: number }
  | { action: "unblock"; openid: string; why: string; line?: number; reason?: string };
