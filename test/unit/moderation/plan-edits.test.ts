import { describe, expect, it } from "vitest";
import type { DesiredEntry } from "../../../src/desired/desired-state.js";
import { say } from "../../../src/i18n/index.js";
import { planBlock, planUnblock } from "../../../src/moderation/plan-edits.js";
import { idsFromArgv, idsFromList } from "../../../src/moderation/requested-ids.js";
import { resolveExpiry } from "../../../src/moderation/resolve-expiry.js";

const id = (tail: string) => `oR5Gjj${tail.padEnd(22, "k")}`;
const A = id("A");
const B = id("B");
const C = id("C");
const users: DesiredEntry[] = [
  { openid: A, reason: "spam", line: 5, column: 5 },
  { openid: C, reason: "r", expires: "2027-01-01", line: 7, column: 5 },
];
const words = (messages: { key: string; params: readonly unknown[] }[]) =>
  messages.map((m) => say("en", m as Parameters<typeof say>[1]));

describe("planBlock", () => {
  it.each([
    {
      name: "adds a new id with the reason and expiry given",
      request: { ids: idsFromArgv([B]), reason: "bot", expires: "2026-07-01", update: false },
      edits: [{ kind: "add", openid: B, reason: "bot", expires: "2026-07-01" }],
      problems: [],
    },
    {
      name: "an empty reason means none",
      request: { ids: idsFromArgv([B]), reason: "", update: false },
      edits: [{ kind: "add", openid: B }],
      problems: [],
    },
    {
      name: "refuses an id already in the file without --update, naming its line",
      request: { ids: idsFromArgv([A]), update: false },
      edits: [],
      problems: [
        `${A} is already in f.yaml (line 5); to change its reason or expiry, add --update`,
      ],
    },
    {
      name: "--update changes only the fields given and that differ",
      request: { ids: idsFromArgv([A, C]), reason: "spam", expires: null, update: true },
      // A already has that reason and no expiry: unchanged. C gets both.
      edits: [{ kind: "update", index: 1, reason: "spam", expires: null }],
      problems: [],
    },
    {
      name: "--update with an empty reason removes it",
      request: { ids: idsFromArgv([A]), reason: "", update: true },
      edits: [{ kind: "update", index: 0, reason: null }],
      problems: [],
    },
    {
      name: "refuses a reason with a control character",
      request: { ids: idsFromArgv([B]), reason: "a\rb", update: false },
      edits: [{ kind: "add", openid: B, reason: "a\rb" }],
      problems: [
        "--reason contains the control character U+000D; a reason may hold tabs and line breaks, but no other control characters",
      ],
    },
  ])("$name", ({ request, edits, problems }) => {
    const plan = planBlock("f.yaml", users, request);
    expect(plan.edits).toEqual(edits);
    expect(words(plan.problems)).toEqual(problems);
  });

  it("merges a repeated id with a warning naming both places", () => {
    const ids = [...idsFromArgv([B]), ...idsFromList(`${B}\n`, "ids.txt")];
    const plan = planBlock("f.yaml", users, { ids, update: false });
    expect(plan.edits).toHaveLength(1);
    expect(words(plan.warnings)).toEqual([
      `${B} is given twice (argument 1 and ids.txt:1); it counts once`,
    ]);
  });

  it("cuts a long invalid id to about 80 characters, with its length", () => {
    const plan = planBlock("f.yaml", users, { ids: idsFromArgv(["x".repeat(500)]), update: false });
    const [problem] = words(plan.problems);
    expect(problem).toContain(`"${"x".repeat(79)}…" (500 characters)`);
    expect(problem?.length).toBeLessThan(250);
  });
});

describe("planUnblock", () => {
  it.each([
    {
      name: "removes an entry",
      ids: [C],
      missingOk: false,
      edits: [{ kind: "remove", index: 1 }],
      problems: 0,
    },
    { name: "refuses an id not in the file", ids: [B], missingOk: false, edits: [], problems: 1 },
    { name: "--missing-ok skips it", ids: [B], missingOk: true, edits: [], problems: 0 },
    {
      name: "refuses an invalid id even with --missing-ok",
      ids: ["o-short"],
      missingOk: true,
      edits: [],
      problems: 1,
    },
  ])("$name", ({ ids, missingOk, edits, problems }) => {
    const plan = planUnblock("f.yaml", users, { ids: idsFromArgv(ids), missingOk });
    expect(plan.edits).toEqual(edits);
    expect(plan.problems).toHaveLength(problems);
  });
});

describe("idsFromList: one id per line, # comments and blank lines", () => {
  it("keeps each id's line, dropping comments, blanks, spaces, a CR and a BOM", () => {
    const text = `\uFEFF# spammers\r\n${A}\r\n\r\n  ${B}\t# twice\r\n#${C}\r\nnot an id\r\n`;
    expect(idsFromList(text, "l.txt")).toEqual([
      { openid: A, source: { from: "file", file: "l.txt", line: 2 } },
      { openid: B, source: { from: "file", file: "l.txt", line: 4 } },
      { openid: "not an id", source: { from: "file", file: "l.txt", line: 6 } },
    ]);
  });
});

describe("resolveExpiry", () => {
  const now = new Date("2026-01-31T23:00:00Z");
  it.each([
    ["30d", "2026-03-02"],
    ["2W", "2026-02-14"],
    ["1mo", "2026-02-28"],
    ["1y", "2027-01-31"],
    ["2026-02-01", "2026-02-01"],
    ["never", null],
  ])("%s is %s", (when, date) => {
    expect(resolveExpiry(when, now)).toEqual({ ok: true, date, today: "2026-01-31" });
  });

  it.each(["2026-01-31", "0d", "-1d", "soon", "2026-02-29", "9000y"])("refuses %s", (when) => {
    expect(resolveExpiry(when, now).ok).toBe(false);
  });
});
