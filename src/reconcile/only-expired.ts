import { NOT_IN_FILE, type Change } from "./change.js";
import type { DiffResult } from "./diff.js";

/** What a scoped plan leaves for a full apply. */
export interface LeftForFullApply {
  block: number;
  unblock: number;
}

/**
 * `apply --only-expired` (SPEC 10): of a diff, exactly the unblocks of live entries whose file
 * entry has expired; every other block and unblock is left for a full apply. The counts follow:
 * nothing to block, the expired to unblock, and every other live entry unchanged, so the guards
 * judge what this run will really do.
 */
export function onlyExpired(full: DiffResult): { result: DiffResult; left: LeftForFullApply } {
  const changes = full.changes.filter(isExpiredUnblock);
  const unblock = changes.length;
  const { counts } = full;
  return {
    result: {
      ...full,
      changes,
      counts: {
        ...counts,
        block: 0,
        unblock,
        unchanged: counts.live - unblock - counts.unmanaged,
      },
    },
    left: { block: counts.block, unblock: counts.unblock - unblock },
  };
}

/** An unblock because the file entry expired (the others are live ids the file does not list). */
export function isExpiredUnblock(change: Change): boolean {
  return change.action === "unblock" && change.why !== NOT_IN_FILE;
}
