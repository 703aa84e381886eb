import { describe, expect, it } from "vitest";
import { batchChanges, MAX_BATCH_SIZE, splitIntoBatches } from "../../../src/reconcile/batches.js";
import type { Change } from "../../../src/reconcile/change.js";

const ids = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, "0")}`);

describe("splitIntoBatches", () => {
  it.each([
    { n: 0, sizes: [] },
    { n: 1, sizes: [1] },
    { n: 20, sizes: [20] },
    { n: 21, sizes: [20, 1] },
    { n: 41, sizes: [20, 20, 1] },
  ])("splits $n ids into batches of sizes $sizes", ({ n, sizes }) => {
    const input = ids("o", n);
    const batches = splitIntoBatches(input);
    expect(batches.map((batch) => batch.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(input);
  });

  it("uses the API's limit of 20 ids per call", () => {
    expect(MAX_BATCH_SIZE).toBe(20);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses a batch size of %s", (size) => {
    expect(() => splitIntoBatches(["o1"], size)).toThrow(/positive integer/);
  });
});

describe("batchChanges", () => {
  const unblocks: Change[] = ids("u", 21).map((openid) => ({
    action: "unblock",
    openid,
    why: "not in file",
  }));
  const blocks: Change[] = ids("b", 41).map((openid, i) => ({
    action: "block",
    openid,
    line: i + 3,
  }));

  it("puts every block batch ahead of every unblock batch, whatever the input order", () => {
    const batches = batchChanges([...unblocks, ...blocks]);
    expect(batches.map((batch) => [batch.action, batch.changes.length])).toEqual([
      ["block", 20],
      ["block", 20],
      ["block", 1],
      ["unblock", 20],
      ["unblock", 1],
    ]);
  });

  it("keeps each change once, with its line, in a batch of its own action", () => {
    const batches = batchChanges([...blocks, ...unblocks]);
    const flat = batches.flatMap((batch) => batch.changes);
    expect(flat).toEqual([...blocks, ...unblocks]);
    for (const batch of batches) {
      expect(batch.changes.every((change) => change.action === batch.action)).toBe(true);
    }
  });

  it("makes no batch from no changes", () => {
    expect(batchChanges([])).toEqual([]);
  });
});
