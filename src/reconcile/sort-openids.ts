import { compareOpenids } from "./change.js";

/** A list of openids in code-unit order: the result of `sortOpenids`. */
export interface SortedOpenids extends SortedCodes {
  /** The ids as given (not copied, not reordered). */
  readonly ids: readonly string[];
}

/** The order of a list of openids, as `sortOpenids` tells it. */
export interface SortedCodes {
  /** `order[i]` is the index in `ids` of the i-th id in code-unit order; equal ids keep their order. */
  readonly order: Int32Array;
  /** `sameAsPrevious[i]` is 1 when the i-th id equals the one before it, else 0 (so 0 at 0). */
  readonly sameAsPrevious: Uint8Array;
  /**
   * The ids in sorted order as fixed-width codes (`codes.width` integers an id), when every id
   * has the same length and is base64url, as every real openid is; undefined otherwise (the
   * list was sorted by the default comparison). Ids are compared and looked up by these
   * integers (`compareCodes`, `CodeIndex`), never touching a string.
   */
  readonly codes: OpenidCodes | undefined;
}

/** Ids of one length as integers: 4 characters each, in the same order as the strings. */
export interface OpenidCodes {
  /** Characters per id. */
  readonly length: number;
  /** Integers per id: ceil(length / 4). */
  readonly width: number;
  /** `width` integers for each id, one id after another. */
  readonly data: Int32Array;
}

/**
 * `ids` in code-unit order (exactly the order of `ids.slice().sort()`), with which neighbours
 * are equal. The speed trick behind the diff and the fingerprint at a million ids.
 *
 * Why: the default sort of a million openids compares strings (hundreds of nanoseconds each,
 * and one account's openids share their first 6 characters, SPEC 7, so every comparison walks
 * them), and touching a million strings in sorted order costs a cache miss each. Real openids
 * are 28 base64url characters, so each becomes 7 integers (4 characters of 6 bits; base64url
 * ranked in code-unit order, so integer order is string order) in one pass in list order.
 * The sort then runs on integers only: a stable LSD radix sort (4 passes of 12 bits) on the
 * 8 characters from the first one that differs between ids (past the shared prefix), then
 * each run still tied on those 8 characters (in practice only equal ids) is settled on the
 * rest. Lists of other shapes (another length within the list, a character outside
 * base64url) take the obvious path, the default comparison; a property test holds both to
 * `ids.slice().sort()`.
 */
export function sortOpenids(ids: readonly string[]): SortedOpenids {
  const codes = encodeOpenids(ids);
  return codes === undefined ? sortByComparison(ids) : { ids, ...sortByCodes(codes) };
}

/**
 * Writes the `i`-th id of `codes` (in sorted order) into `target` at `at` as ASCII; returns the
 * bytes written (`codes.length`).
 */
export function writeCodedId(
  codes: OpenidCodes,
  i: number,
  target: Uint8Array,
  at: number,
): number {
  const { length, width, data } = codes;
  let to = at;
  for (let k = 0; k < width; k++) {
    const code = data[i * width + k] as number;
    const chars = Math.min(CHARS_PER_CODE, length - k * CHARS_PER_CODE);
    for (let c = chars - 1; c >= 0; c--) {
      target[to + c] = BYTE_OF_RANK[(code >>> (6 * (chars - 1 - c))) & 63] as number;
    }
    to += chars;
  }
  return length;
}

/** The distinct ids of a sorted list, in its order. */
export function distinctInOrder({ ids, order, sameAsPrevious }: SortedOpenids): string[] {
  const unique: string[] = [];
  for (let i = 0; i < order.length; i++) {
    if (sameAsPrevious[i] === 0) unique.push(ids[order[i] as number] as string);
  }
  return unique;
}

/**
 * Negative, 0 or positive as id `i` of `a` sorts before, with or after id `j` of `b` (indexes
 * in sorted order), for two lists whose codes have the same length.
 */
export function compareCodes(a: OpenidCodes, i: number, b: OpenidCodes, j: number): number {
  const width = a.width;
  const ad = a.data;
  const bd = b.data;
  for (let k = 0, x = i * width, y = j * width; k < width; k++, x++, y++) {
    const difference = (ad[x] as number) - (bd[y] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

const BASE64URL_BY_CODE_UNIT = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
/** RANK[code unit] is the character's place in `BASE64URL_BY_CODE_UNIT`, -1 if absent. */
const RANK = new Int8Array(128).fill(-1);
/** BYTE_OF_RANK[rank] is the character's code unit: RANK backwards. */
const BYTE_OF_RANK = new Uint8Array(64);
for (let i = 0; i < BASE64URL_BY_CODE_UNIT.length; i++) {
  RANK[BASE64URL_BY_CODE_UNIT.charCodeAt(i)] = i;
  BYTE_OF_RANK[i] = BASE64URL_BY_CODE_UNIT.charCodeAt(i);
}

const CHARS_PER_CODE = 4;
/** Openids are at most 128 characters (SPEC 1); longer lists go the obvious way. */
const MAX_CODED_LENGTH = 128;
const PASS_BITS = 12;
const PASS_MASK = (1 << PASS_BITS) - 1;
/** A run of ids tied on the radix-sorted characters longer than this is sorted by comparison. */
const INSERTION_SORT_MAX = 16;

/** The ids as codes in list order; undefined when they are not all base64url of one length. */
function encodeOpenids(ids: readonly string[]): OpenidCodes | undefined {
  const n = ids.length;
  const length = n === 0 ? 0 : (ids[0] as string).length;
  if (n > 0 && (length === 0 || length > MAX_CODED_LENGTH)) return undefined;
  const width = Math.ceil(length / CHARS_PER_CODE);
  const data = new Int32Array(n * width);
  for (let i = 0; i < n; i++) {
    if (!encodeId(ids[i] as string, length, data, i * width)) return undefined;
  }
  return { length, width, data };
}

/**
 * Writes the codes of `id` into `out` from `at`; false when it is not `length` base64url
 * characters (then it equals no id of a coded list of that length).
 */
export function encodeId(id: string, length: number, out: Int32Array, at: number): boolean {
  if (id.length !== length) return false;
  let to = at;
  for (let start = 0; start < length; start += CHARS_PER_CODE) {
    const end = start + CHARS_PER_CODE < length ? start + CHARS_PER_CODE : length;
    let code = 0;
    for (let c = start; c < end; c++) {
      const unit = id.charCodeAt(c);
      const rank = unit < 128 ? (RANK[unit] as number) : -1;
      if (rank < 0) return false;
      code = (code << 6) | rank;
    }
    out[to++] = code;
  }
  return true;
}

/** `encodeId` of an id given as its UTF-8 bytes `bytes[from..to)` (ASCII: a byte is a character). */
export function encodeIdBytes(
  bytes: Uint8Array,
  from: number,
  to: number,
  length: number,
  out: Int32Array,
): boolean {
  if (to - from !== length) return false;
  let at = 0;
  for (let start = from; start < to; start += CHARS_PER_CODE) {
    const end = start + CHARS_PER_CODE < to ? start + CHARS_PER_CODE : to;
    let code = 0;
    for (let c = start; c < end; c++) {
      const byte = bytes[c] as number;
      const rank = byte < 128 ? (RANK[byte] as number) : -1;
      if (rank < 0) return false;
      code = (code << 6) | rank;
    }
    out[at++] = code;
  }
  return true;
}

function sortByCodes(codes: OpenidCodes): SortedCodes {
  const { width, data } = codes;
  const n = width === 0 ? 0 : data.length / width;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sameAsPrevious = new Uint8Array(n);
  if (n === 0) return { order, sameAsPrevious, codes };
  // The first code in which some id differs from the first id: the shared prefix ends there.
  let first = width;
  for (let i = 1; i < n && first > 0; i++) {
    const row = i * width;
    for (let k = 0; k < first; k++) {
      if (data[row + k] !== data[k]) {
        first = k;
        break;
      }
    }
  }
  if (first === width) {
    sameAsPrevious.fill(1, 1); // every id is the same
    return { order, sameAsPrevious, codes };
  }
  // Sort keys: codes `first` and `first + 1` (8 characters), carried through the passes.
  let high = new Int32Array(n);
  let low = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    high[i] = data[i * width + first] as number;
    low[i] = first + 1 < width ? (data[i * width + first + 1] as number) : 0;
  }
  let from = order;
  let toOrder = new Int32Array(n);
  let toHigh = new Int32Array(n);
  let toLow = new Int32Array(n);
  const counts = new Int32Array(1 << PASS_BITS);
  for (let pass = 0; pass < 4; pass++) {
    const keys = pass < 2 ? low : high;
    const shift = (pass % 2) * PASS_BITS;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const bucket = ((keys[i] as number) >>> shift) & PASS_MASK;
      counts[bucket] = (counts[bucket] as number) + 1;
    }
    if (counts[((keys[0] as number) >>> shift) & PASS_MASK] === n) continue; // one bucket
    let sum = 0;
    for (let b = 0; b < counts.length; b++) {
      const size = counts[b] as number;
      counts[b] = sum;
      sum += size;
    }
    for (let i = 0; i < n; i++) {
      const bucket = ((keys[i] as number) >>> shift) & PASS_MASK;
      const to = counts[bucket] as number;
      counts[bucket] = to + 1;
      toOrder[to] = from[i] as number;
      toHigh[to] = high[i] as number;
      toLow[to] = low[i] as number;
    }
    [from, toOrder] = [toOrder, from];
    [high, toHigh] = [toHigh, high];
    [low, toLow] = [toLow, low];
  }
  // The codes in sorted order: one read of each id's codes, then all sequential.
  const sortedData = new Int32Array(n * width);
  for (let i = 0; i < n; i++) {
    const row = (from[i] as number) * width;
    for (let k = 0; k < width; k++) sortedData[i * width + k] = data[row + k] as number;
  }
  const sorted: OpenidCodes = { length: codes.length, width, data: sortedData };
  // Runs tied on the sorted 8 characters: settle them on the rest (stable), then mark equals.
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && high[end] === high[start] && low[end] === low[start]) end++;
    if (end - start > 1) settleRun(from, sorted, start, end, sameAsPrevious);
    start = end;
  }
  return { order: from, sameAsPrevious, codes: sorted };
}

/**
 * Sorts [start, end) of a radix-sorted list, whose ids agree on the characters sorted so far,
 * on all their codes (in sorted order, moved along), keeping equal ids in list order; marks
 * equal neighbours.
 */
function settleRun(
  order: Int32Array,
  codes: OpenidCodes,
  start: number,
  end: number,
  sameAsPrevious: Uint8Array,
): void {
  let inOrder = true;
  for (let i = start + 1; i < end && inOrder; i++) {
    inOrder = compareCodes(codes, i - 1, codes, i) <= 0;
  }
  if (!inOrder) {
    const { width, data } = codes;
    const byCodes = (a: number, b: number) =>
      compareCodes(codes, a, codes, b) || (order[a] as number) - (order[b] as number);
    const positions = Array.from({ length: end - start }, (_, k) => start + k);
    if (positions.length <= INSERTION_SORT_MAX) insertionSort(positions, byCodes);
    else positions.sort(byCodes);
    const movedOrder = positions.map((p) => order[p] as number);
    const movedCodes = new Int32Array(positions.length * width);
    positions.forEach((p, k) =>
      movedCodes.set(data.subarray(p * width, (p + 1) * width), k * width),
    );
    order.set(movedOrder, start);
    data.set(movedCodes, start * width);
  }
  for (let i = start + 1; i < end; i++) {
    if (compareCodes(codes, i - 1, codes, i) === 0) sameAsPrevious[i] = 1;
  }
}

function insertionSort(items: number[], compare: (a: number, b: number) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as number;
    let j = i - 1;
    while (j >= 0 && compare(item, items[j] as number) < 0) {
      items[j + 1] = items[j] as number;
      j--;
    }
    items[j + 1] = item;
  }
}

/** The obvious way, for lists the codes do not take: the default comparison, stable. */
function sortByComparison(ids: readonly string[]): SortedOpenids {
  const n = ids.length;
  const positions = Array.from({ length: n }, (_, i) => i);
  positions.sort((a, b) => compareOpenids(ids[a] as string, ids[b] as string) || a - b);
  const order = Int32Array.from(positions);
  const sameAsPrevious = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    if (ids[order[i] as number] === ids[order[i - 1] as number]) sameAsPrevious[i] = 1;
  }
  return { ids, order, sameAsPrevious, codes: undefined };
}
