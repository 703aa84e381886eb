/**
 * Remembers where each key was first seen: the one open-addressing table of the project, for a
 * million openids. An Int32Array of (index + 1, hash) pairs, so a probe touches one cache line
 * and growing never rehashes a key: a JS Map or Set of a million strings costs over a second
 * here, this a fraction of that, with no per-entry garbage. The keys stay where the caller keeps
 * them; `matches` fetches one to confirm a match of hashes. Subclasses say what a key is
 * (`OpenidTable`: a string; the diff's `CodeIndex`: an openid's integer codes).
 */
export abstract class IndexTable<K> {
  /** Pairs: index + 1 of the key (0 for an empty slot), then the key's hash. */
  private table: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected = 512) {
    let slots = 1024;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  protected abstract hashOf(key: K): number;
  /** True when the key stored at `index` is `key`. */
  protected abstract matches(index: number, key: K): boolean;

  /** The index `key` was first seen at; records `index` and returns -1 the first time. */
  firstIndex(key: K, index: number): number {
    const hash = this.hashOf(key);
    const { table, mask } = this;
    let slot = hash & mask;
    for (;;) {
      const stored = table[slot * 2] as number;
      if (stored === 0) break;
      if (table[slot * 2 + 1] === hash && this.matches(stored - 1, key)) return stored - 1;
      slot = (slot + 1) & mask;
    }
    table[slot * 2] = index + 1;
    table[slot * 2 + 1] = hash;
    if (++this.size * 2 > mask) this.grow();
    return -1;
  }

  /** The index `key` was first seen at, or -1; records nothing. */
  indexOf(key: K): number {
    const hash = this.hashOf(key);
    const { table, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot * 2] as number;
      if (stored === 0) return -1;
      if (table[slot * 2 + 1] === hash && this.matches(stored - 1, key)) return stored - 1;
    }
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length / 2 - 1;
    for (let at = 0; at < old.length; at += 2) {
      const stored = old[at] as number;
      if (stored === 0) continue;
      const hash = old[at + 1] as number;
      let slot = hash & mask;
      while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = stored;
      table[slot * 2 + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** Openids by where each was first seen: the file's duplicate check and the paging's repeats. */
export class OpenidTable extends IndexTable<string> {
  constructor(
    private readonly openidAt: (index: number) => string,
    expected = 512,
  ) {
    super(expected);
  }

  protected hashOf(openid: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < openid.length; i++) {
      hash = Math.imul(hash ^ openid.charCodeAt(i), 0x01000193);
    }
    return mixHash(hash);
  }

  protected matches(index: number, openid: string): boolean {
    return this.openidAt(index) === openid;
  }
}

/** FNV-1a's result given a final mix, so the low bits (the slot) spread well. */
export function mixHash(fnv: number): number {
  let hash = fnv ^ (fnv >>> 16);
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
