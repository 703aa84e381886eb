import { describe, expect, it } from "vitest";
import { emptyApplyResult, type ApplyResult } from "../../../src/reconcile/apply-changes.js";
import { verifyLive } from "../../../src/reconcile/verify.js";

const result = (partial: Partial<ApplyResult>): ApplyResult => ({
  ...emptyApplyResult(),
  ...partial,
});
const failedBlock = (openid: string): ApplyResult["failed"][number] => ({
  openid,
  action: "block",
  errcode: 40003,
  line: 4,
  message: "batchblacklist failed: errcode 40003",
});

describe("verifyLive", () => {
  it.each([
    {
      name: "accepts a live list that moved exactly as reported",
      before: ["a", "u"],
      applied: result({ blocked: ["b"], unblocked: ["u"] }),
      after: ["a", "b"],
      expected: { ok: true, missingBlocks: [], lingeringUnblocks: [], unexpected: [] },
    },
    {
      name: "names a reported block that is not visible",
      before: ["a"],
      applied: result({ blocked: ["b", "c"] }),
      after: ["a", "c"],
      expected: { ok: false, missingBlocks: ["b"], lingeringUnblocks: [], unexpected: [] },
    },
    {
      name: "names a reported unblock that is still there",
      before: ["a", "u", "v"],
      applied: result({ unblocked: ["u", "v"] }),
      after: ["a", "v"],
      expected: { ok: false, missingBlocks: [], lingeringUnblocks: ["v"], unexpected: [] },
    },
    {
      name: "names ids that were added or removed by someone else",
      before: ["a", "gone"],
      applied: result({ blocked: ["b"] }),
      after: ["b", "a", "new"],
      expected: {
        ok: false,
        missingBlocks: [],
        lingeringUnblocks: [],
        unexpected: ["gone", "new"],
      },
    },
    {
      name: "accepts a failed block that the server applied anyway",
      before: [],
      applied: result({ failed: [failedBlock("f")] }),
      after: ["f"],
      expected: { ok: true, missingBlocks: [], lingeringUnblocks: [], unexpected: [] },
    },
    {
      name: "accepts a failed block that the server did not apply",
      before: [],
      applied: result({ failed: [failedBlock("f")] }),
      after: [],
      expected: { ok: true, missingBlocks: [], lingeringUnblocks: [], unexpected: [] },
    },
    {
      name: "accepts an unconfirmed id (sent in a rejected batch, then left remaining) either way",
      before: [],
      applied: result({ unconfirmed: ["r"], remaining: { block: 1, unblock: 0 } }),
      after: ["r"],
      expected: { ok: true, missingBlocks: [], lingeringUnblocks: [], unexpected: [] },
    },
    {
      name: "calls a never-sent remaining id that moved unexpected",
      before: [],
      applied: result({ remaining: { block: 1, unblock: 0 } }),
      after: ["r"],
      expected: { ok: false, missingBlocks: [], lingeringUnblocks: [], unexpected: ["r"] },
    },
    {
      name: "sorts every list in code-unit order",
      before: ["Z", "y"],
      applied: result({ blocked: ["b", "B"], unblocked: ["y", "Z"] }),
      after: ["Z", "y", "x", "X"],
      expected: {
        ok: false,
        missingBlocks: ["B", "b"],
        lingeringUnblocks: ["Z", "y"],
        unexpected: ["X", "x"],
      },
    },
  ])("$name", ({ before, applied, after, expected }) => {
    expect(verifyLive(before, applied, after)).toEqual(expected);
  });
});
