import type { Change } from "../../src/reconcile/change.js";
import type { Plan } from "../../src/reconcile/plan.js";

/** The 28-character openid number `i` of a family (`b` blocks, `u` unblocks). */
export function openid(family: string, i: number): string {
  return `o${family}${String(i).padStart(26, "0")}`;
}

/** A plan with `blocks` blocks and `unblocks` unblocks, built directly (fast for 1M changes). */
export function bigPlan(
  blocks: number,
  unblocks: number,
  options: { reason?: (i: number) => string; tripped?: boolean } = {},
): Plan {
  const changes: Change[] = [];
  for (let i = 0; i < blocks; i++) {
    const reason = options.reason?.(i);
    changes.push(
      reason === undefined
        ? { action: "block", openid: openid("b", i), line: i + 5 }
        : { action: "block", openid: openid("b", i), reason, line: i + 5 },
    );
  }
  for (let i = 0; i < unblocks; i++) {
    changes.push({ action: "unblock", openid: openid("u", i), why: "not in file" });
  }
  return {
    format: "wxbl-plan/1",
    summary: {
      block: blocks,
      unblock: unblocks,
      unchanged: 1000,
      unmanaged: 0,
      live: 1000 + unblocks,
      desired: 1000 + blocks,
    },
    changes,
    fingerprint: {
      file_sha256: "a".repeat(64),
      live_sha256: "b".repeat(64),
      appid: "wx0123456789abcdef",
    },
    guard: options.tripped
      ? {
          tripped: true,
          reasons: [
            "412 of 1,180 live entries (34.9%) would be unblocked, over the 25% guard (max_unblock); review the plan, then re-run apply with --force",
          ],
        }
      : { tripped: false, reasons: [] },
  };
}

/**
 * Like bigPlan, but every block (and every unblock) is the same object: cheap to build, so a
 * test can give a renderer 1M changes without spending its time making them.
 */
export function bulkPlan(blocks: number, unblocks: number): Plan {
  const plan = bigPlan(0, 0);
  const block: Change = { action: "block", openid: openid("b", 1), reason: "bulk", line: 5 };
  const unblock: Change = { action: "unblock", openid: openid("u", 1), why: "not in file" };
  const changes: Change[] = new Array<Change>(blocks).fill(block);
  for (let i = 0; i < unblocks; i++) changes.push(unblock);
  return { ...plan, summary: { ...plan.summary, block: blocks, unblock: unblocks }, changes };
}
