import { createHash } from "node:crypto";
import type { DesiredState } from "../desired/desired-state.js";
import type { Fingerprint } from "./plan-types.js";
import { distinctInOrder, sortOpenids, writeCodedId, type SortedOpenids } from "./sort-openids.js";

/**
 * Ids joined and hashed per `update` call. Measured on 1M openids: 1,000 is about four times
 * faster than 10,000, whose joined chunk (~290 KB) is a large-object allocation in V8, and
 * than one join of the whole list (~29 MB); smaller chunks gain nothing more.
 */
const HASH_CHUNK = 1_000;

/**
 * sha256 (hex) of the live list's ids, sorted in code-unit order and joined by "\n" (no
 * trailing newline). Order-independent, so a saved plan can tell whether the live list moved
 * however WeChat happens to page it; a repeated id counts once.
 */
export function liveSha256(live: readonly string[]): string {
  return sortedListSha256(sortOpenids(live)).sha256;
}

/** `liveSha256` of ids already sorted and unique. */
export function sortedIdsSha256(sorted: readonly string[]): string {
  const hash = createHash("sha256");
  for (let start = 0; start < sorted.length; start += HASH_CHUNK) {
    if (start > 0) hash.update("\n");
    hash.update(sorted.slice(start, start + HASH_CHUNK).join("\n"));
  }
  return hash.digest("hex");
}

/** Bytes hashed per `update` call when hashing from codes. */
const CODED_CHUNK_BYTES = 64 * 1024;

/**
 * `liveSha256` of a sorted list, and how many distinct ids it has. With codes (real-shaped
 * ids) the bytes are written from the codes in sorted order, all sequential, instead of
 * fetching a million strings in sorted order (a cache miss each); the same bytes either way,
 * which the tests check against the joined strings.
 */
export function sortedListSha256(sorted: SortedOpenids): { sha256: string; count: number } {
  const { codes, sameAsPrevious } = sorted;
  if (codes === undefined) {
    const unique = distinctInOrder(sorted);
    return { sha256: sortedIdsSha256(unique), count: unique.length };
  }
  const hash = createHash("sha256");
  const chunk = new Uint8Array(Math.max(CODED_CHUNK_BYTES, codes.length + 1));
  let used = 0;
  let count = 0;
  for (let i = 0; i < sameAsPrevious.length; i++) {
    if (sameAsPrevious[i] === 1) continue;
    if (used + codes.length + 1 > chunk.length) {
      hash.update(chunk.subarray(0, used));
      used = 0;
    }
    if (count > 0) chunk[used++] = NEWLINE;
    used += writeCodedId(codes, i, chunk, used);
    count++;
  }
  hash.update(chunk.subarray(0, used));
  return { sha256: hash.digest("hex"), count };
}

const NEWLINE = 10;

/** What a saved plan was made from: the file's bytes, the live list (`liveSha256`), the account. */
export function makeFingerprint(
  desired: Pick<DesiredState, "sha256">,
  liveSha256: string,
  appid: string | null,
): Fingerprint {
  return { file_sha256: desired.sha256, live_sha256: liveSha256, appid };
}
