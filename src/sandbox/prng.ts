/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that
 * everything random in the sandbox (ids, credentials, faults) repeats for a given seed.
 * Not for cryptography: the sandbox's credentials are fake by design.
 */
export interface Prng {
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform float in [0, 1). */
  next(): number;
}

/** Derives an independent stream from a seed and a stream name ("ids", "faults", ...). */
export function createPrng(seed: number, stream = ""): Prng {
  let h = (seed | 0) ^ 0x9e3779b9;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  const split = () => {
    h = (h + 0x9e3779b9) | 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const nextUint32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32(); // warm up: decorrelate nearby seeds
  return { nextUint32, next: () => nextUint32() / 4294967296 };
}

/** `length` lowercase hex characters from the generator. */
export function randomHex(prng: Prng, length: number): string {
  let out = "";
  while (out.length < length) out += prng.nextUint32().toString(16).padStart(8, "0");
  return out.slice(0, length);
}
