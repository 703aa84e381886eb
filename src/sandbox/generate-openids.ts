import { createPrng, type Prng } from "./prng.js";

/**
 * Real openids are 28 characters in the base64url alphabet, and the openids of one account
 * share their first 6 (SPEC section 7: `oDF3iY…`, `o7esq5…`): "o" and 5 characters that name
 * the account, then 22 that tell its followers apart.
 */
export const OPENID_PREFIX_LENGTH = 6;
const RANDOM_CHARS = 22;
const CHARS_PER_ID = OPENID_PREFIX_LENGTH + RANDOM_CHARS;
const PREFIX_SHAPE = /^o[A-Za-z0-9_-]{5}$/;
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The account prefix ("o" + 5 base64url characters) the sandbox uses for `seed`. */
export function defaultOpenidPrefix(seed: number): string {
  const prng = createPrng(seed, "openid-prefix");
  let prefix = "o";
  while (prefix.length < OPENID_PREFIX_LENGTH) prefix += BASE64URL[prng.nextUint32() >>> 26];
  return prefix;
}

/**
 * `count` openids of one account in generation order, the same for the same seed and prefix:
 * `prefix` (by default the seed's, `defaultOpenidPrefix`) then 22 random base64url characters
 * (132 bits, so repeats practically never happen; callers that need distinct ids use a Set or
 * Map). A sandbox with several accounts calls it once per account, with a prefix each.
 * Fast and compact for a million, which is what the benchmarks ask for: one buffer, one
 * base64url encoding, and each id a slice of one string (no per-id concatenation).
 */
export function generateOpenids(
  count: number,
  seed: number,
  prefix = defaultOpenidPrefix(seed),
): string[] {
  if (!PREFIX_SHAPE.test(prefix)) {
    throw new Error(`an openid prefix is "o" and 5 base64url characters, not ${prefix}`);
  }
  const tails = randomBase64url(createPrng(seed, "openids"), count * RANDOM_CHARS);
  const layout = Buffer.allocUnsafe(count * CHARS_PER_ID);
  for (let i = 0; i < count; i++) {
    const at = i * CHARS_PER_ID;
    layout.write(prefix, at, "latin1");
    tails.copy(layout, at + OPENID_PREFIX_LENGTH, i * RANDOM_CHARS, (i + 1) * RANDOM_CHARS);
  }
  const text = layout.toString("latin1");
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) ids[i] = text.slice(i * CHARS_PER_ID, (i + 1) * CHARS_PER_ID);
  return ids;
}

/** At least `length` random base64url characters, as latin1 bytes: 3 random bytes make 4. */
function randomBase64url(prng: Prng, length: number): Buffer {
  const words = new Uint32Array(Math.ceil(length / 16) * 3);
  for (let i = 0; i < words.length; i++) words[i] = prng.nextUint32();
  return Buffer.from(Buffer.from(words.buffer).toString("base64url"), "latin1");
}
