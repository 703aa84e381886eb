import { CodeIndex } from "./code-index.js";
import { sortedListSha256 } from "./fingerprint.js";
import { sortOpenids, type SortedOpenids } from "./sort-openids.js";

/**
 * The live list as the diff and the fingerprint use it: sorted (each id once counted), hashed
 * and indexed. `plan` and `apply` prepare it as soon as the last page is in, while a large file may
 * still be loading on the worker thread, so that little is left to do once both sides are
 * there (SPEC section 7: local work overlaps the page reads).
 */
export interface PreparedLive {
  readonly sorted: SortedOpenids;
  /** Distinct live ids. */
  readonly count: number;
  /** `liveSha256` of the list: sha256 of its distinct ids in code-unit order joined by "\n". */
  readonly sha256: string;
  /** Where each distinct id is in `sorted`, by its codes; undefined when the list has none. */
  readonly index: CodeIndex | undefined;
}

/** Prepares a live list (any order, repeats allowed). */
export function prepareLive(ids: readonly string[]): PreparedLive {
  const sorted = sortOpenids(ids);
  const { codes } = sorted;
  const index = codes === undefined ? undefined : new CodeIndex({ ...sorted, codes });
  return { sorted, ...sortedListSha256(sorted), index };
}

/** True for a prepared list, false for a plain array of ids. */
export function isPreparedLive(live: readonly string[] | PreparedLive): live is PreparedLive {
  return !Array.isArray(live);
}
