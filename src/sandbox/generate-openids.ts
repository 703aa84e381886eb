import { createPrng } from "./prng.js";

/**
 * Real openids are 28 characters: "o" followed by 27 base64url characters. 21 bytes encode to
 * exactly 28 base64url characters; the first character encodes the top 6 bits of the first
 * byte, and 40 is the index of "o" in the base64url alphabet.
 */
const BYTES_PER_ID = 21;
const CHARS_PER_ID = 28;
const LETTER_O = 40;

/**
 * `count` realistic openids in generation order, the same for the same seed: 162 random bits
 * each, so repeats practically never happen (callers that need distinct ids use a Set or Map).
 * Fast and compact for a million, which is what the benchmarks ask for: one buffer, one
 * base64url encoding, and each id a slice of that one string (no per-id concatenation).
 */
export function generateOpenids(count: number, seed: number): string[] {
  const prng = createPrng(seed, "openids");
  const words = new Uint32Array(Math.ceil((count * BYTES_PER_ID) / 4));
  for (let i = 0; i < words.length; i++) words[i] = prng.nextUint32();
  const bytes = Buffer.from(words.buffer, 0, count * BYTES_PER_ID);
  for (let i = 0; i < count; i++) {
    const at = i * BYTES_PER_ID;
    bytes[at] = (LETTER_O << 2) | ((bytes[at] ?? 0) & 3);
  }
  const text = bytes.toString("base64url");
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) ids[i] = text.slice(i * CHARS_PER_ID, (i + 1) * CHARS_PER_ID);
  return ids;
}
