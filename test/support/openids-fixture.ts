/**
 * `count` openids of one account, the same for the same seed: they share the 6-character
 * `prefix` (SPEC section 7), then 22 random base64url characters each.
 */
export function openids(count: number, seed: number, prefix = "o7esq5"): string[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  let state = seed;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    let id = prefix;
    for (let k = 0; k < 22; k++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      id += alphabet[state >>> 26];
    }
    ids.push(id);
  }
  return ids;
}

/** `items` in an order fixed by `seed` (a Fisher-Yates shuffle with a small LCG). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
