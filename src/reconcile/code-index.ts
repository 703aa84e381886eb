import type { OpenidCodes, SortedCodes } from "./sort-openids.js";

/**
 * Where each distinct id of a sorted, coded list is (its first position in sorted order),
 * found by its codes: an open-addressing table in one Int32Array, probed by a hash of the
 * codes, each hit confirmed on the codes themselves. The diff looks a million file openids up
 * in the live list's index in file order, instead of sorting the file's side as well.
 */
export class CodeIndex {
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly codes: OpenidCodes;

  constructor(sorted: SortedCodes & { codes: OpenidCodes }) {
    const { codes, sameAsPrevious } = sorted;
    this.codes = codes;
    let slots = 1024;
    while (slots < sameAsPrevious.length * 2) slots *= 2;
    this.table = new Int32Array(slots);
    this.mask = slots - 1;
    const { width, data } = codes;
    for (let position = 0; position < sameAsPrevious.length; position++) {
      if (sameAsPrevious[position] === 1) continue;
      let slot = hashCodes(data, position * width, width) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = position + 1;
    }
  }

  /** The first position of the id whose codes are `row` (`codes.width` integers), or -1. */
  positionOf(row: Int32Array): number {
    const { table, mask } = this;
    const { width, data } = this.codes;
    let slot = hashCodes(row, 0, width) & mask;
    for (;;) {
      const stored = table[slot] as number;
      if (stored === 0) return -1;
      const at = (stored - 1) * width;
      let k = 0;
      while (k < width && data[at + k] === row[k]) k++;
      if (k === width) return stored - 1;
      slot = (slot + 1) & mask;
    }
  }
}

/** A mix of `width` codes from `from`, spread over the low bits. */
function hashCodes(data: Int32Array, from: number, width: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < width; k++) hash = Math.imul(hash ^ (data[from + k] as number), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash;
}
