import { compareOpenids } from "./change.js";

/** The result of `radixSortOpenids`. */
export interface SortedOpenids {
  /** The ids in code-unit order: exactly `ids.slice().sort()`. */
  keys: string[];
  /** `order[i]` is the index in `ids` of `keys[i]`; equal ids keep their order (stable). */
  order: Int32Array;
  /** `sameAsPrevious[i]` is 1 when `keys[i] === keys[i - 1]`, else 0 (so 0 at 0). */
  sameAsPrevious: Uint8Array;
}

/**
 * `ids` sorted exactly as `ids.slice().sort()` (code-unit order), with where each came from and
 * which neighbours are equal (`SortedOpenids`): the speed trick behind the diff and the live
 * list's fingerprint. Undefined, for the caller to fall back on the obvious code (the default
 * sort, a Set), when a character it had to rank is not base64url: real openids are base64url,
 * anything else is rare enough to take the obvious path. Any length, any prefix, repeats.
 *
 * Why: one account's openids share their first 6 characters (SPEC section 7), so keying on
 * fixed positions (the first characters) puts a real list into one bucket, and every
 * comparison of the default sort walks the shared prefix. This is an MSD radix sort that
 * skips whatever prefix a range shares: the range's common prefix is measured, the next 5
 * characters become one integer digit (each ranked 1..64 in code-unit order, 0 past the end of
 * an id: 65^5 < 2^31), the range is LSD-radix-sorted on those digits in typed arrays, and each
 * run of equal digits is sorted the same way from 5 characters further on. On 1M real-shaped
 * ids that is one pass over the strings for the prefix, one for the digits, three typed-array
 * passes and a few hundred runs of two. It also tells which neighbours are equal without
 * comparing whole strings again, so callers never need to compare two openids themselves
 * (comparing strings sliced out of a large file costs hundreds of nanoseconds each).
 */
export function radixSortOpenids(ids: readonly string[]): SortedOpenids | undefined {
  const sorter = new RadixSorter(ids);
  if (!sorter.sort()) return undefined;
  const { keys, order, sameAsPrevious } = sorter;
  return { keys, order, sameAsPrevious };
}

/** A range this short is sorted by insertion, comparing from the characters it does not share. */
const INSERTION_SORT_MAX = 16;
/** Characters ranked per digit: 65^5 values fit in 31 bits. */
const CHARS_PER_DIGIT = 5;
const RANKS = 65;
/** The LSD passes over a 31-bit digit: 11 bits each, so a count table has 2,048 entries. */
const PASS_BITS = 11;
const PASSES = 3;
const PASS_MASK = (1 << PASS_BITS) - 1;
/** Keys whose common prefix gives a first guess of a range's (see `rankDigits`). */
const PREFIX_SAMPLES = 32;
/**
 * Past this depth (characters already equal within a range) the range is sorted by comparison:
 * openids are at most 128 characters, and the recursion must stay shallow for longer strings.
 */
const MAX_RADIX_DEPTH = 128;
const BASE64URL_BY_CODE_UNIT = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
/** RANK[code unit] is 1 + that character's place in `BASE64URL_BY_CODE_UNIT`, -1 if absent. */
const RANK = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64URL_BY_CODE_UNIT.length; i++)
  RANK[BASE64URL_BY_CODE_UNIT.charCodeAt(i)] = i + 1;

class RadixSorter {
  /** The ids, sorted range by range. */
  readonly keys: string[];
  /** Each key's index in the input, permuted along with `keys`. */
  readonly order: Int32Array;
  /** Set once a range is final: 1 where a key equals the one before it. */
  readonly sameAsPrevious: Uint8Array;
  // Scratch, by absolute position: a range's digits and where each came from (the position in
  // the range's source), and a second pair for the LSD passes to scatter into.
  private readonly digits: Int32Array;
  private readonly at: Int32Array;
  private readonly digitsB: Int32Array;
  private readonly atB: Int32Array;
  private readonly counts = new Int32Array(1 << PASS_BITS);

  constructor(private readonly ids: readonly string[]) {
    const n = ids.length;
    // The first pass reads `ids` and fills `keys` and `order` (see `permute`).
    this.keys = new Array<string>(n);
    this.order = new Int32Array(n);
    this.sameAsPrevious = new Uint8Array(n);
    this.digits = new Int32Array(n);
    this.at = new Int32Array(n);
    this.digitsB = new Int32Array(n);
    this.atB = new Int32Array(n);
  }

  /** Sorts the whole input; false when a character it had to rank is not base64url. */
  sort(): boolean {
    const n = this.ids.length;
    if (n > INSERTION_SORT_MAX) return this.sortRange(0, n, 0, this.ids);
    for (let i = 0; i < n; i++) {
      this.keys[i] = this.ids[i] as string;
      this.order[i] = i;
    }
    return this.sortRange(0, n, 0, this.keys);
  }

  /**
   * Sorts [start, end) into keys and order. The keys of the range are `source[start..end)`
   * (the input, the first time; then keys itself) and share their first `depth` characters.
   */
  private sortRange(start: number, end: number, depth: number, source: readonly string[]): boolean {
    if (end - start <= INSERTION_SORT_MAX) {
      this.insertionSort(start, end, depth);
      return true;
    }
    const shared = this.rankDigits(start, end, depth, source);
    if (shared < 0) return false;
    if (shared >= MAX_RADIX_DEPTH) {
      for (let i = start; i < end; i++) this.at[i] = i;
      this.permute(start, end, source);
      this.comparisonSort(start, end);
      return true;
    }
    this.lsdSort(start, end);
    this.permute(start, end, source);
    // Runs of equal digits share `shared + 5` characters; a digit whose last character is
    // past the end (rank 0) means the ids ended inside it: all equal, nothing left to sort.
    // Neighbours in different runs differ.
    const digits = this.digits;
    for (let run = start; run < end;) {
      const digit = digits[run] as number;
      let next = run + 1;
      while (next < end && digits[next] === digit) next++;
      if (next - run > 1) {
        if (digit % RANKS === 0) this.sameAsPrevious.fill(1, run + 1, next);
        else if (!this.sortRange(run, next, shared + CHARS_PER_DIGIT, this.keys)) return false;
      }
      run = next;
    }
    return true;
  }

  /**
   * Fills digits and at for [start, end) and returns the range's shared length (at least
   * `depth`), the characters the digits start after; -1 when a character to rank is not
   * base64url. One pass over the strings: the shared length is guessed from a sample, then
   * checked key by key while the key is at hand; only a wrong guess costs a second pass.
   */
  private rankDigits(start: number, end: number, depth: number, source: readonly string[]): number {
    const step = Math.ceil((end - start) / PREFIX_SAMPLES);
    const guess = sharedLength(source, start, end, depth, step);
    if (guess < MAX_RADIX_DEPTH && this.rankFrom(start, end, depth, guess, source)) return guess;
    // The guess was too long (or a key holds a character outside base64url): measure.
    const shared = sharedLength(source, start, end, depth, 1);
    if (shared >= MAX_RADIX_DEPTH) return shared;
    return this.rankFrom(start, end, depth, shared, source) ? shared : -1;
  }

  /**
   * digits[i] = characters `shared`..`shared + 4` of key i as one integer; at[i] = i. False
   * when a key does not have the range's first key's characters from `depth` to `shared`, or
   * has a character outside base64url among those 5.
   */
  private rankFrom(
    start: number,
    end: number,
    depth: number,
    shared: number,
    source: readonly string[],
  ): boolean {
    const { digits, at } = this;
    const first = source[start] as string;
    for (let i = start; i < end; i++) {
      const key = source[i] as string;
      for (let k = depth; k < shared; k++) {
        if (key.charCodeAt(k) !== first.charCodeAt(k)) return false;
      }
      let digit = 0;
      for (let k = shared; k < shared + CHARS_PER_DIGIT; k++) {
        let rank = 0;
        if (k < key.length) {
          const c = key.charCodeAt(k);
          rank = c < 128 ? (RANK[c] as number) : -1;
          if (rank < 0) return false;
        }
        digit = digit * RANKS + rank;
      }
      digits[i] = digit;
      at[i] = i;
    }
    return true;
  }

  /** Stable LSD radix sort of (digits, at) over [start, end); a pass all in one bucket is skipped. */
  private lsdSort(start: number, end: number): void {
    const counts = this.counts;
    let [digits, at, toDigits, toAt] = [this.digits, this.at, this.digitsB, this.atB];
    for (let pass = 0; pass < PASSES; pass++) {
      const shift = pass * PASS_BITS;
      counts.fill(0);
      for (let i = start; i < end; i++) {
        const bucket = ((digits[i] as number) >>> shift) & PASS_MASK;
        counts[bucket] = (counts[bucket] as number) + 1;
      }
      const first = ((digits[start] as number) >>> shift) & PASS_MASK;
      if (counts[first] === end - start) continue;
      let sum = start;
      for (let b = 0; b < counts.length; b++) {
        const size = counts[b] as number;
        counts[b] = sum;
        sum += size;
      }
      for (let i = start; i < end; i++) {
        const digit = digits[i] as number;
        const bucket = (digit >>> shift) & PASS_MASK;
        const to = counts[bucket] as number;
        counts[bucket] = to + 1;
        toDigits[to] = digit;
        toAt[to] = at[i] as number;
      }
      [digits, at, toDigits, toAt] = [toDigits, toAt, digits, at];
    }
    if (digits !== this.digits) {
      this.digits.set(digits.subarray(start, end), start);
      this.at.set(at.subarray(start, end), start);
    }
  }

  /**
   * Puts [start, end) of `source` into keys, and of order, in the order `at` holds. From the
   * input (`ids`), order is the position itself; from keys, it moves with its key.
   */
  private permute(start: number, end: number, source: readonly string[]): void {
    const { keys, order, at } = this;
    if (source === this.ids) {
      for (let i = start; i < end; i++) {
        const from = at[i] as number;
        keys[i] = source[from] as string;
        order[i] = from;
      }
      return;
    }
    const movedKeys = new Array<string>(end - start);
    const movedOrder = this.atB; // free once the LSD passes are done
    for (let i = start; i < end; i++) {
      const from = at[i] as number;
      movedKeys[i - start] = keys[from] as string;
      movedOrder[i] = order[from] as number;
    }
    for (let i = start; i < end; i++) {
      keys[i] = movedKeys[i - start] as string;
      order[i] = movedOrder[i] as number;
    }
  }

  /** Stable insertion sort of [start, end), whose keys share their first `depth` characters. */
  private insertionSort(start: number, end: number, depth: number): void {
    const { keys, order, sameAsPrevious } = this;
    if (end - start === 2) {
      // The common case by far (an openid both in the file and live): one comparison.
      const a = keys[start] as string;
      const b = keys[start + 1] as string;
      // The engine's own equality first: far cheaper than walking the characters in JS.
      if (a === b) sameAsPrevious[start + 1] = 1;
      else if (compareFrom(a, b, depth) > 0) {
        keys[start] = b;
        keys[start + 1] = a;
        const index = order[start] as number;
        order[start] = order[start + 1] as number;
        order[start + 1] = index;
      }
      return;
    }
    for (let i = start + 1; i < end; i++) {
      const key = keys[i] as string;
      const index = order[i] as number;
      let j = i - 1;
      while (j >= start && compareFrom(key, keys[j] as string, depth) < 0) {
        keys[j + 1] = keys[j] as string;
        order[j + 1] = order[j] as number;
        j--;
      }
      keys[j + 1] = key;
      order[j + 1] = index;
    }
    for (let i = start + 1; i < end; i++) {
      if (compareFrom(keys[i - 1] as string, keys[i] as string, depth) === 0) sameAsPrevious[i] = 1;
    }
  }

  /** The default (stable) sort for a range of very long shared prefixes. */
  private comparisonSort(start: number, end: number): void {
    const { keys, order } = this;
    const pairs = [];
    for (let i = start; i < end; i++)
      pairs.push({ key: keys[i] as string, index: order[i] as number });
    pairs.sort((a, b) => compareOpenids(a.key, b.key));
    for (let i = start; i < end; i++) {
      const pair = pairs[i - start] as { key: string; index: number };
      keys[i] = pair.key;
      order[i] = pair.index;
      if (i > start && keys[i - 1] === pair.key) this.sameAsPrevious[i] = 1;
    }
  }
}

/**
 * How many characters keys[start], keys[start + step], ... share, at least `depth` (which
 * all of keys[start..end) share). With step 1 that is the range's shared length; a larger
 * step gives a guess that can only be too long.
 */
function sharedLength(
  keys: readonly string[],
  start: number,
  end: number,
  depth: number,
  step: number,
): number {
  const first = keys[start] as string;
  let shared = first.length;
  for (let i = start + step; i < end && shared > depth; i += step) {
    const key = keys[i] as string;
    let k = depth;
    // A code unit past the end is NaN, equal to nothing: the loop stops at the shorter end.
    while (k < shared && key.charCodeAt(k) === first.charCodeAt(k)) k++;
    shared = k;
  }
  return shared;
}

/**
 * Negative, 0 or positive as a sorts before, with or after b in code-unit order, for strings
 * whose first `from` code units are equal.
 */
function compareFrom(a: string, b: string, from: number): number {
  const length = a.length < b.length ? a.length : b.length;
  for (let k = from; k < length; k++) {
    const difference = a.charCodeAt(k) - b.charCodeAt(k);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
