import { compareOpenids } from "./change.js";

/**
 * Below this many items the default sort is fast enough and the bucket tables would cost more
 * than they save.
 */
const BUCKET_SORT_MIN = 50_000;
/**
 * Bucket key: code units 1 to 3 of an openid, each by its rank in the base64url alphabet (in
 * code-unit order), 6 bits each, so 2^18 buckets: a 1 MB table. (7 bits of ASCII each made an
 * 8 MB table, whose cache misses cost more than the buckets saved.)
 */
const KEY_BITS = 6;
const BUCKETS = 1 << (3 * KEY_BITS);
const BASE64URL_BY_CODE_UNIT = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
/** RANK[code unit] is that character's place in `BASE64URL_BY_CODE_UNIT`, -1 if absent. */
const RANK = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64URL_BY_CODE_UNIT.length; i++)
  RANK[BASE64URL_BY_CODE_UNIT.charCodeAt(i)] = i;

/** A bucket this small is sorted in place by insertion; a larger one by the default sort. */
const INSERTION_SORT_MAX = 16;

/** A sorted copy of `ids`, exactly as `ids.slice().sort()` (code-unit order). */
export function sortOpenids(ids: readonly string[]): string[] {
  return bucketSort(ids, idOf) ?? ids.slice().sort();
}

/** A copy of `items` sorted by openid (code-unit order); items with the same openid keep their order. */
export function sortByOpenid<T extends { openid: string }>(items: readonly T[]): T[] {
  return (
    bucketSort(items, openidOf) ?? items.slice().sort((a, b) => compareOpenids(a.openid, b.openid))
  );
}

const idOf = (id: string): string => id;
const openidOf = (item: { openid: string }): string => item.openid;

/**
 * Openids all start with "o" and go on in base64url, so on a large list a counting pass on code
 * units 1 to 3 leaves buckets of a few items each: several times faster than the default sort
 * on 1M openids. Undefined for a short list, or one that does not fit that shape (another first
 * character, an openid shorter than 4, a character outside base64url among the first four).
 */
function bucketSort<T>(items: readonly T[], key: (item: T) => string): T[] | undefined {
  const keys = items.length >= BUCKET_SORT_MIN ? bucketKeys(items, key) : undefined;
  if (keys === undefined) return undefined;
  // starts[k] is where bucket k begins in the output, starts[k + 1] where it ends.
  const starts = new Int32Array(BUCKETS + 1);
  for (const k of keys) starts[k + 1] = (starts[k + 1] as number) + 1;
  for (let k = 1; k <= BUCKETS; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const next = starts.slice(0, BUCKETS);
  const sorted = items.slice();
  for (let i = 0; i < items.length; i++) {
    const k = keys[i] as number;
    const at = next[k] as number;
    next[k] = at + 1;
    sorted[at] = items[i] as T;
  }
  for (let k = 0; k < BUCKETS; k++) {
    sortRange(sorted, starts[k] as number, starts[k + 1] as number, key);
  }
  return sorted;
}

/** Each item's bucket, or undefined when the openids do not all fit the openid shape. */
function bucketKeys<T>(items: readonly T[], key: (item: T) => string): Int32Array | undefined {
  const first = key(items[0] as T).charCodeAt(0);
  const keys = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const id = key(items[i] as T);
    // A code unit past the end is NaN, past 127 has no rank: both are undefined, so fail too.
    const a = RANK[id.charCodeAt(1)] ?? -1;
    const b = RANK[id.charCodeAt(2)] ?? -1;
    const c = RANK[id.charCodeAt(3)] ?? -1;
    if (id.charCodeAt(0) !== first || a < 0 || b < 0 || c < 0) return undefined;
    keys[i] = (a << (2 * KEY_BITS)) | (b << KEY_BITS) | c;
  }
  return keys;
}

/** Sorts `items[start..end)` in place by openid, stably. */
function sortRange<T>(items: T[], start: number, end: number, key: (item: T) => string): void {
  if (end - start > INSERTION_SORT_MAX) {
    const range = items.slice(start, end).sort((a, b) => compareOpenids(key(a), key(b)));
    for (let i = start; i < end; i++) items[i] = range[i - start] as T;
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const item = items[i] as T;
    const id = key(item);
    let j = i - 1;
    while (j >= start && key(items[j] as T) > id) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
}
