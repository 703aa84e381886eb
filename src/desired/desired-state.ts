/**
 * The desired state, as read from blacklist.yaml (SPEC section 1). Positions are 1-based
 * and kept for every entry so that plans, reports and errors can name `file:line:column`.
 */
export interface DesiredEntry {
  openid: string;
  /** Why the user is blocked; free text, optional. */
  reason?: string;
  /** `YYYY-MM-DD`; the entry stops being desired from this date (UTC) on. */
  expires?: string;
  line: number;
  column: number;
}

/** A guard limit: an absolute count, or a percentage of the live list. */
export type GuardLimit = { kind: "count"; value: number } | { kind: "percent"; value: number };

export interface GuardConfig {
  max_block: GuardLimit;
  max_unblock: GuardLimit;
}

export interface DesiredState {
  /** The path as the operator gave it (used in messages). */
  path: string;
  /** sha256 (hex) of the file's bytes: part of a saved plan's fingerprint. */
  sha256: string;
  version: 1;
  /** When set, wxbl refuses to touch any other account. */
  appid?: string;
  /** Default true: live entries missing from the file get unblocked. */
  prune: boolean;
  guard: GuardConfig;
  /** In file order. Duplicates are an error, so openids are unique here. */
  users: DesiredEntry[];
}

/** The defaults of SPEC section 1, in one place. */
export const DEFAULT_GUARD: GuardConfig = {
  max_block: { kind: "percent", value: 25 },
  max_unblock: { kind: "percent", value: 25 },
};
