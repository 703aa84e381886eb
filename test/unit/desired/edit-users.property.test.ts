import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DesiredState } from "../../../src/desired/desired-state.js";
import { editDesired } from "../../../src/desired/edit-desired.js";
import { fastLayout } from "../../../src/desired/fast-layout.js";
import { fastScan } from "../../../src/desired/fast-scan.js";
import { fullLayout } from "../../../src/desired/full-layout.js";
import { loadDesired, type LoadResult } from "../../../src/desired/load-desired.js";
import { applyUserEdits, fieldsOf, type UserEdit } from "../../../src/desired/user-edit.js";
import { desiredFileArb, editsArb, type DesiredFile } from "./desired-file-arbitrary.js";

const NOW = new Date("2026-06-01T00:00:00Z");

async function load(text: string) {
  const loaded = await loadDesired("f.yaml", { text, now: NOW });
  expect(loaded.state, `${JSON.stringify(loaded.diagnostics)}\n${text}`).toBeDefined();
  return loaded as LoadResult & { state: DesiredState };
}

/** A file and edits of its users (the edits need the loaded users). */
const fileAndEdits = desiredFileArb.chain((file: DesiredFile) =>
  fc
    .constant(file)
    .chain(() => {
      // The users as the generator wrote them, for the edits' indices: parse cheaply via fastScan
      // or the loader is async; the count of entries is what the edits need.
      const count = (file.text.match(/^ *- /gm) ?? []).length;
      const placeholders = Array.from({ length: count }, (_, i) => ({ openid: `o${i}` }));
      return editsArb(placeholders, file.blockReasons);
    })
    .map((edits) => ({ file, edits })),
);

describe("editing the text gives the users that editing the parsed data gives (property)", () => {
  it("for random files and random edits, spliced in place (never re-serialised)", async () => {
    await fc.assert(
      fc.asyncProperty(fileAndEdits, async ({ file, edits }) => {
        const before = await load(file.text);
        const adds = edits.filter((e) => e.kind === "add");
        const taken = new Set(before.state.users.map((u) => u.openid));
        fc.pre(adds.every((a) => !taken.has((a as { openid: string }).openid)));
        const result = await editDesired({
          path: "f.yaml",
          text: file.text,
          loaded: before,
          edits,
          now: NOW,
        });
        expect(result.rewritten, file.text).toBe(false);
        const after = await load(result.text);
        expect(after.state.users.map(fieldsOf)).toEqual(
          applyUserEdits(before.state.users, edits).map(fieldsOf),
        );
        expect(after.diagnostics.length).toBeLessThanOrEqual(before.diagnostics.length);
        // Everything else byte for byte: the lines of the entries no edit touched, and the lines
        // outside the users list, are all still there, in order.
        expect(
          isSubsequence(untouchedLines(file.text, before, edits), result.text.split("\n")),
        ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("the two layouts agree on every file the fast scanner reads (property)", () => {
  it("fastLayout and fullLayout give the same offsets", async () => {
    await fc.assert(
      fc.asyncProperty(desiredFileArb, async (file) => {
        fc.pre(fastScan(file.text) !== undefined);
        const { state } = await load(file.text);
        const fast = fastLayout(
          file.text,
          state.users.map((u) => u.line),
        );
        const full = fullLayout(file.text);
        expect(full).toBeDefined();
        if (state.users.length === 0) return; // `users: []` is never fast-scanned
        expect(fast).toBeDefined();
        const f = fast!;
        const g = full!;
        expect([f.count, f.listEnd, f.keyColonEnd, f.style]).toEqual([
          g.count,
          g.listEnd,
          g.keyColonEnd,
          g.style,
        ]);
        for (let i = 0; i < f.count; i++) expect(f.entry(i)).toEqual(g.entry(i));
      }),
      { numRuns: 150 },
    );
  });
});

/** The lines of the text outside the entries that `edits` remove or update. */
function untouchedLines(
  text: string,
  loaded: LoadResult & { state: DesiredState },
  edits: UserEdit[],
) {
  const layout =
    fullLayout(text) ??
    fastLayout(
      text,
      loaded.state.users.map((u) => u.line),
    );
  const touched: [number, number][] = [];
  for (const edit of edits) {
    if (edit.kind === "add") continue;
    const entry = layout?.entry(edit.index);
    if (entry) touched.push([entry.ownStart, entry.end]);
  }
  const lines: string[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const inside = touched.some(([start, end]) => at >= start && at < end);
    // The users: line may gain or lose " []"; compare the rest.
    if (!inside && !/^users:/.test(line)) lines.push(line);
    at += line.length + 1;
  }
  return lines;
}

function isSubsequence(needles: string[], haystack: string[]): boolean {
  let j = 0;
  for (const line of haystack) {
    if (j >= needles.length) break;
    // The original's last line may have gained a line break (an entry added after it).
    const last = j === needles.length - 1;
    if (needles[j] === line || (last && needles[j] === line.replace(/\r$/, ""))) j++;
  }
  return j === needles.length || (j === needles.length - 1 && needles[j] === "");
}
