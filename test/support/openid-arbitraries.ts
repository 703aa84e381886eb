import fc from "fast-check";

/** The base64url alphabet, the characters of every real openid. */
export const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * Characters outside base64url that an id may still hold (a live list is whatever WeChat
 * sends; a file may hold a typo): punctuation, space and tab, non-ASCII, a lone surrogate
 * and a surrogate pair, and the last code unit.
 */
const AWKWARD = [
  ".",
  " ",
  "\t",
  "~",
  "+",
  "/",
  "=",
  "\u00e9",
  "\u0100",
  "\ud800",
  "\ud83d\ude00",
  "\uffff",
];

/**
 * Alphabets for the characters after the shared prefix: the whole of base64url (random tails,
 * as real ids have), a few characters (long shared runs past the prefix), or one.
 */
const TAIL_ALPHABETS = [BASE64URL, "aA-_0z", "A"];

/**
 * Lists of ids shaped like one account's openids, with the awkward inputs a speed trick must
 * survive: a shared prefix of every length from 0 to 27 ("o" first), 28 characters in all or
 * another length (empty ids included), sometimes characters outside base64url, repeats, and an
 * order that is random, sorted, nearly sorted or reversed.
 */
export const openidLists: fc.Arbitrary<string[]> = fc
  .record({
    prefix: fc
      .integer({ min: 0, max: 27 })
      .chain((length) =>
        base64url(length).map((text) => (length === 0 ? "" : `o${text.slice(1)}`)),
      ),
    alphabet: fc.constantFrom(...TAIL_ALPHABETS),
    awkward: fc.boolean(),
  })
  .chain(({ prefix, alphabet, awkward }) => {
    const unit = fc.constantFrom(...alphabet);
    const fullLength = fc.string({
      unit,
      minLength: 28 - prefix.length,
      maxLength: 28 - prefix.length,
    });
    const otherLength = fc.string({ unit, maxLength: 40 });
    const tail = fc.oneof(
      { weight: 6, arbitrary: fullLength },
      { weight: 1, arbitrary: otherLength },
    );
    const odd = fc
      .tuple(
        fc.string({ unit, maxLength: 30 }),
        fc.constantFrom(...AWKWARD),
        fc.string({ unit, maxLength: 4 }),
      )
      .map(([before, char, after]) => before + char + after);
    return fc.record({
      ids: fc.array(
        tail.map((t) => prefix + t),
        { maxLength: 300 },
      ),
      odd: awkward
        ? fc.array(
            odd.map((t) => prefix + t),
            { minLength: 1, maxLength: 3 },
          )
        : fc.constant([]),
      repeats: fc.array(fc.nat(), { maxLength: 40 }),
      order: fc.constantFrom("random", "sorted", "nearly sorted", "reversed"),
      swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
    });
  })
  .map(({ ids, odd, repeats, order, swaps }) => {
    const all = [...ids, ...odd];
    if (all.length > 0) for (const at of repeats) all.push(all[at % all.length] as string);
    if (order === "random") return all;
    all.sort();
    if (order === "reversed") return all.reverse();
    if (order === "nearly sorted" && all.length > 1) {
      for (const [a, b] of swaps) {
        const i = a % all.length;
        const j = b % all.length;
        [all[i], all[j]] = [all[j] as string, all[i] as string];
      }
    }
    return all;
  });

function base64url(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: length, maxLength: length });
}

/** True when `id` holds a character outside base64url. */
export function hasAwkwardCharacter(id: string): boolean {
  return /[^A-Za-z0-9_-]/.test(id);
}
