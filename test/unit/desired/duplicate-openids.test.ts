import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../src/desired/diagnostic.js";
import { loadDesired } from "../../../src/desired/load-desired.js";

const NOW = new Date("2026-06-01T12:00:00Z");
/** Distinct well-shaped openids, in ascending code-unit order for ascending n. */
const id = (n: number) => `o${String(n).padStart(27, "0")}`;

async function duplicates(openids: string[]): Promise<string[]> {
  const text = `version: 1\nusers:\n${openids.map((o) => `  - ${o}\n`).join("")}`;
  const result = await loadDesired("f.yaml", { text, now: NOW });
  return result.diagnostics.map((d) => formatDiagnostic(d, "en"));
}

/** The message for users at 0-based positions first and again (the file's line = index + 3). */
const duplicate = (openid: string, first: number, again: number) =>
  `f.yaml:${again + 3}:5: error: duplicate openid ${openid}: on lines ${first + 3} and ${again + 3}; keep one (wxbl fmt merges identical entries)`;

describe("duplicate openids name the first line and the repeat, in any order", () => {
  it.each([
    ["sorted, repeated at once", [id(1), id(2), id(2), id(3)], [duplicate(id(2), 1, 2)]],
    [
      "sorted, three times",
      [id(1), id(1), id(1)],
      [duplicate(id(1), 0, 1), duplicate(id(1), 0, 2)],
    ],
    ["unsorted, far apart", [id(5), id(1), id(9), id(5)], [duplicate(id(5), 0, 3)]],
    [
      "sorted at first, a repeat after the first user out of order",
      [id(1), id(2), id(2), id(0), id(2), id(1)],
      [duplicate(id(2), 1, 2), duplicate(id(2), 1, 4), duplicate(id(1), 0, 5)],
    ],
    ["descending, no repeat", [id(3), id(2), id(1)], []],
  ])("%s", async (_name, openids, expected) => {
    expect(await duplicates(openids)).toEqual(expected);
  });
});
