import { IndexTable, mixHash } from "../util/openid-table.js";
import type { OpenidCodes, SortedCodes } from "./sort-openids.js";

/**
 * Where each distinct id of a sorted, coded list is (its first position in sorted order),
 * found by its codes (`IndexTable`, keyed by a row of `codes.width` integers). The diff looks a
 * million file openids up in the live list's index in file order, instead of sorting the
 * file's side as well.
 */
export class CodeIndex extends IndexTable<Int32Array> {
  private readonly codes: OpenidCodes;

  constructor(sorted: SortedCodes & { codes: OpenidCodes }) {
    const { codes, sameAsPrevious } = sorted;
    super(sameAsPrevious.length);
    this.codes = codes;
    const { width, data } = codes;
    const row = new Int32Array(width); // each id's codes in turn: no view made per id
    for (let position = 0; position < sameAsPrevious.length; position++) {
      if (sameAsPrevious[position] === 1) continue;
      for (let k = 0; k < width; k++) row[k] = data[position * width + k] as number;
      this.firstIndex(row, position);
    }
  }

  /** The first position of the id whose codes are `row` (`codes.width` integers), or -1. */
  positionOf(row: Int32Array): number {
    return this.indexOf(row);
  }

  protected hashOf(row: Int32Array): number {
    let hash = 0x811c9dc5;
    for (let k = 0; k < row.length; k++) hash = Math.imul(hash ^ (row[k] as number), 0x01000193);
    return mixHash(hash);
  }

  protected matches(position: number, row: Int32Array): boolean {
    const { width, data } = this.codes;
    const at = position * width;
    for (let k = 0; k < width; k++) if (data[at + k] !== row[k]) return false;
    return true;
  }
}
