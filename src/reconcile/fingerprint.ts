import { createHash } from "node:crypto";
import type { DesiredState } from "../desired/desired-state.js";
import type { Fingerprint } from "./plan.js";

/**
 * Ids joined and hashed per `update` call. Measured on 1M openids: 1,000 is about four times
 * faster than 10,000, whose joined chunk (~290 KB) is a large-object allocation in V8, and
 * than one join of the whole list (~29 MB); smaller chunks gain nothing more.
 */
const HASH_CHUNK = 1_000;

/**
 * Below this many ids the default sort is fast enough and the bucket tables would cost more
 * than they save.
 */
const BUCKET_SORT_MIN = 50_000;
/** Bucket key: code units 1 to 3 of an id, 7 bits each (ASCII), so 2^21 buckets. */
const KEY_BITS = 7;
const BUCKETS = 1 << (3 * KEY_BITS);
/** A bucket this small is sorted in place by insertion; a larger one by the default sort. */
const INSERTION_SORT_MAX = 16;

/**
 * sha256 (hex) of the live list's ids, sorted in code-unit order and joined by "\n" (no
 * trailing newline). Order-independent, so a saved plan can tell whether the live list moved
 * however WeChat happens to page it; a repeated id counts once.
 */
export function liveSha256(live: readonly string[]): string {
  return sortedIdsSha256(sortUnique(live));
}

/** The live ids in code-unit order (the default sort of strings), each once. A new array. */
export function sortUnique(ids: readonly string[]): string[] {
  const sorted = sortIds(ids);
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i] as string;
    if (kept === 0 || sorted[kept - 1] !== id) sorted[kept++] = id;
  }
  sorted.length = kept;
  return sorted;
}

/**
 * A sorted copy of `ids`, exactly as `ids.slice().sort()`. Openids all start with "o" and go on
 * in base64url, so on a large list a counting pass on code units 1 to 3 leaves buckets of a few
 * ids each: several times faster than the default sort on 1M ids. Any list that does not fit
 * that shape (another first character, a short id, a non-ASCII character) takes the default sort.
 */
function sortIds(ids: readonly string[]): string[] {
  const keys = ids.length >= BUCKET_SORT_MIN ? bucketKeys(ids) : undefined;
  if (keys === undefined) return ids.slice().sort();
  // starts[k] is where bucket k begins in the output, starts[k + 1] where it ends.
  const starts = new Int32Array(BUCKETS + 1);
  for (const key of keys) starts[key + 1] = (starts[key + 1] as number) + 1;
  for (let k = 1; k <= BUCKETS; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const next = starts.slice(0, BUCKETS);
  const sorted = new Array<string>(ids.length).fill("");
  for (let i = 0; i < ids.length; i++) {
    const key = keys[i] as number;
    const at = next[key] as number;
    next[key] = at + 1;
    sorted[at] = ids[i] as string;
  }
  for (let k = 0; k < BUCKETS; k++) sortRange(sorted, starts[k] as number, starts[k + 1] as number);
  return sorted;
}

/** Each id's bucket, or undefined when the ids do not all fit the openid shape. */
function bucketKeys(ids: readonly string[]): Int32Array | undefined {
  const first = (ids[0] as string).charCodeAt(0);
  const keys = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const a = id.charCodeAt(1);
    const b = id.charCodeAt(2);
    const c = id.charCodeAt(3);
    // A missing code unit is NaN, which fails these tests too.
    if (id.charCodeAt(0) !== first || !(a < 128 && b < 128 && c < 128)) return undefined;
    keys[i] = (a << (2 * KEY_BITS)) | (b << KEY_BITS) | c;
  }
  return keys;
}

/** Sorts `ids[start..end)` in place, in code-unit order. */
function sortRange(ids: string[], start: number, end: number): void {
  if (end - start > INSERTION_SORT_MAX) {
    const range = ids.slice(start, end).sort();
    for (let i = start; i < end; i++) ids[i] = range[i - start] as string;
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const id = ids[i] as string;
    let j = i - 1;
    while (j >= start && (ids[j] as string) > id) {
      ids[j + 1] = ids[j] as string;
      j--;
    }
    ids[j + 1] = id;
  }
}

/** `liveSha256` of ids already sorted and unique (as `sortUnique` returns them). */
export function sortedIdsSha256(sorted: readonly string[]): string {
  const hash = createHash("sha256");
  for (let start = 0; start < sorted.length; start += HASH_CHUNK) {
    if (start > 0) hash.update("\n");
    hash.update(sorted.slice(start, start + HASH_CHUNK).join("\n"));
  }
  return hash.digest("hex");
}

/** What a saved plan was made from: the file's bytes, the live list (sorted, unique), the account. */
export function makeFingerprint(
  desired: Pick<DesiredState, "sha256">,
  sortedLive: readonly string[],
  appid: string | null,
): Fingerprint {
  return { file_sha256: desired.sha256, live_sha256: sortedIdsSha256(sortedLive), appid };
}
