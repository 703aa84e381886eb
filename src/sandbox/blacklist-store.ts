import { OpenidIndex } from "./openid-index.js";

/**
 * The account's blacklist in blocking order (WeChat pages it in its own order, not sorted).
 *
 * An array of ids in blocking order plus a hash index id -> position: the cursor lookup of a page, a
 * block and an unblock are O(1). An unblock leaves a hole (tombstone) in the array; holes
 * are compacted away once they outnumber the live ids, so paging stays linear overall and
 * a million unblocks never make it quadratic.
 */
export class BlacklistStore {
  private order: (string | undefined)[] = [];
  private readonly index: OpenidIndex;
  private holes = 0;

  /** `expected`: how many ids are about to be blocked (sizes the index once). */
  constructor(expected = 0) {
    this.index = new OpenidIndex(expected);
  }

  get size(): number {
    return this.index.size;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Appends the id at the end of the blocking order; a no-op when it is already blocked. */
  block(id: string): void {
    if (this.index.add(id, this.order.length)) this.order.push(id);
  }

  /** Removes the id; a no-op when it is not blocked. */
  unblock(id: string): void {
    const at = this.index.get(id);
    if (at < 0) return;
    this.index.delete(id);
    this.order[at] = undefined;
    this.holes++;
    // Compact when holes outnumber live ids (and are worth it): amortised O(1) per unblock.
    if (this.holes > 1024 && this.holes > this.index.size) this.compact();
  }

  /**
   * Up to `limit` ids after `cursor` in blocking order ("" = from the start).
   * Returns undefined when the cursor is not on the blacklist.
   */
  pageAfter(cursor: string, limit: number): string[] | undefined {
    let at = 0;
    if (cursor !== "") {
      const found = this.index.get(cursor);
      if (found < 0) return undefined;
      at = found + 1;
    }
    const page: string[] = [];
    const order = this.order;
    while (at < order.length && page.length < limit) {
      const id = order[at++];
      if (id !== undefined) page.push(id);
    }
    return page;
  }

  /** All ids in blocking order. */
  list(): string[] {
    const out: string[] = [];
    for (const id of this.order) if (id !== undefined) out.push(id);
    return out;
  }

  private compact(): void {
    const live: string[] = [];
    for (const id of this.order) {
      if (id === undefined) continue;
      this.index.set(id, live.length);
      live.push(id);
    }
    this.order = live;
    this.holes = 0;
  }
}
