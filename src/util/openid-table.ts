/**
 * Remembers where each openid was first seen: the one set of openids for a million of them,
 * used by the file's duplicate check (desired/) and by the live list's paging (wechat/).
 * An open-addressing hash table in one Int32Array of (index + 1, openid hash) pairs, so a
 * probe touches one cache line and growing never rehashes a string: a JS Map or Set of a
 * million strings costs over a second here, this a fraction of that, with no per-entry
 * garbage. The strings stay where the caller keeps them; `openidAt` fetches one to confirm a
 * match of hashes.
 */
export class OpenidTable {
  /** Pairs: index + 1 of the openid (0 for an empty slot), then the openid's hash. */
  private table: Int32Array;
  private mask: number;
  private size = 0;

  constructor(
    private readonly openidAt: (index: number) => string,
    expected = 512,
  ) {
    let slots = 1024;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** The index `openid` was first seen at; records `index` and returns -1 the first time. */
  firstIndex(openid: string, index: number): number {
    const hash = hashOf(openid);
    const { table, mask } = this;
    let slot = hash & mask;
    for (;;) {
      const stored = table[slot * 2] as number;
      if (stored === 0) break;
      if (table[slot * 2 + 1] === hash && this.openidAt(stored - 1) === openid) return stored - 1;
      slot = (slot + 1) & mask;
    }
    table[slot * 2] = index + 1;
    table[slot * 2 + 1] = hash;
    if (++this.size * 2 > mask) this.grow();
    return -1;
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

/** FNV-1a over the UTF-16 code units, with a final mix so the low bits spread well. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash;
}
