/** `count` openid-shaped ids ("o" + 27 base64url characters), the same for the same seed. */
export function openids(count: number, seed: number): string[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  let state = seed;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    let id = "o";
    for (let k = 0; k < 27; k++) {
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
