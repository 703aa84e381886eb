import type { Change } from "./change.js";

import { MAX_BATCH_SIZE } from "../wechat/blacklist-api.js";

export { MAX_BATCH_SIZE };

export type WriteAction = Change["action"];

/** One write call's worth of changes: a single action, 1..MAX_BATCH_SIZE changes. */
export interface Batch {
  action: WriteAction;
  changes: Change[];
}

/** Consecutive slices of at most `size` items; never an empty slice (no items, no slices). */
export function splitIntoBatches<T>(items: readonly T[], size: number = MAX_BATCH_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`batch size must be a positive integer, got ${size}`);
  }
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    batches.push(items.slice(start, start + size));
  }
  return batches;
}

/** All block batches first, then all unblock batches; the changes keep their given order. */
export function batchChanges(changes: readonly Change[], size: number = MAX_BATCH_SIZE): Batch[] {
  const byAction = (action: WriteAction): Batch[] =>
    splitIntoBatches(
      changes.filter((change) => change.action === action),
      size,
    ).map((slice) => ({ action, changes: slice }));
  return [...byAction("block"), ...byAction("unblock")];
}
