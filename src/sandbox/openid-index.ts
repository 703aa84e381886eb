/**
 * A hash index from openid to a non-negative integer (a position), for a million ids at a
 * fraction of the time and memory of a Map: open addressing with linear probing over typed
 * arrays (no per-entry objects for the garbage collector), backward-shift deletion (no
 * tombstones), doubling when three quarters full.
 */
export class OpenidIndex {
  private keys: (string | undefined)[];
  private values: Int32Array;
  private hashes: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity * 0.75 < expected) capacity *= 2;
    this.keys = new Array<string | undefined>(capacity);
    this.values = new Int32Array(capacity);
    this.hashes = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  has(key: string): boolean {
    return this.slotOf(key, hash(key)) >= 0;
  }

  /** The value, or -1 when the key is absent. */
  get(key: string): number {
    const slot = this.slotOf(key, hash(key));
    return slot < 0 ? -1 : (this.values[slot] as number);
  }

  set(key: string, value: number): void {
    this.insert(key, value, true);
  }

  /** Adds the key unless present; true when it was added. */
  add(key: string, value: number): boolean {
    return this.insert(key, value, false);
  }

  private insert(key: string, value: number, replace: boolean): boolean {
    const h = hash(key);
    let slot = h & this.mask;
    for (;;) {
      const current = this.keys[slot];
      if (current === undefined) break;
      if (this.hashes[slot] === h && current === key) {
        if (replace) this.values[slot] = value;
        return false;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.hashes[slot] = h;
    this.values[slot] = value;
    this.count++;
    if (this.count > (this.mask + 1) * 0.75) this.grow();
    return true;
  }

  delete(key: string): boolean {
    let slot = this.slotOf(key, hash(key));
    if (slot < 0) return false;
    this.count--;
    // Backward-shift deletion: move later entries of the probe run into the hole.
    const mask = this.mask;
    for (let next = (slot + 1) & mask; ; next = (next + 1) & mask) {
      const key2 = this.keys[next];
      if (key2 === undefined) break;
      const home = (this.hashes[next] as number) & mask;
      // Move it into the hole when the hole lies on its probe path (between home and next).
      if (((next - home) & mask) >= ((next - slot) & mask)) {
        this.keys[slot] = key2;
        this.hashes[slot] = this.hashes[next] as number;
        this.values[slot] = this.values[next] as number;
        slot = next;
      }
    }
    this.keys[slot] = undefined;
    return true;
  }

  private slotOf(key: string, h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const current = this.keys[slot];
      if (current === undefined) return -1;
      if (this.hashes[slot] === h && current === key) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    const capacity = (this.mask + 1) * 2;
    this.keys = new Array<string | undefined>(capacity);
    this.values = new Int32Array(capacity);
    this.hashes = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      const h = hashes[i] as number;
      let slot = h & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.hashes[slot] = h;
      this.values[slot] = values[i] as number;
    }
  }
}

/** FNV-1a over the UTF-16 code units, with a final avalanche so low bits spread. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}
