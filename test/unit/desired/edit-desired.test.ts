import { describe, expect, it } from "vitest";
import type { DesiredState } from "../../../src/desired/desired-state.js";
import { editDesired } from "../../../src/desired/edit-desired.js";
import { loadDesired, type LoadResult } from "../../../src/desired/load-desired.js";
import type { UserEdit } from "../../../src/desired/user-edit.js";

const NOW = new Date("2026-06-01T08:00:00Z");
// Realistic ids: one account's openids share their first six characters (SPEC 7).
const id = (tail: string) => `oDF3iY${tail.padEnd(22, "0")}`;
const A = id("A");
const B = id("B");
const C = id("C");
const D = id("D");

async function edit(text: string, edits: (users: DesiredState["users"]) => UserEdit[]) {
  const loaded = (await loadDesired("f.yaml", { text, now: NOW })) as LoadResult & {
    state: DesiredState;
  };
  expect(loaded.state, JSON.stringify(loaded.diagnostics)).toBeDefined();
  const result = await editDesired({
    path: "f.yaml",
    text,
    loaded,
    edits: edits(loaded.state.users),
    now: NOW,
  });
  return result;
}

const indexOf = (users: DesiredState["users"], openid: string) =>
  users.findIndex((user) => user.openid === openid);

describe("editDesired splices entries in place (SPEC 10)", () => {
  it.each([
    {
      name: "adds before the first greater openid in a sorted file, in the file's style",
      text: `version: 1\nusers:\n    -   openid: ${A}\n        reason: x\n    -   ${C}\n`,
      edits: () => [{ kind: "add", openid: B, reason: "spam: links #1" }] as UserEdit[],
      want: `version: 1\nusers:\n    -   openid: ${A}\n        reason: x\n    -   openid: ${B}\n        reason: 'spam: links #1'\n    -   ${C}\n`,
    },
    {
      name: "adds bare when the file has bare entries and there is no metadata",
      text: `version: 1\nusers:\n  - ${A}\n  - openid: ${C}\n    reason: r\n`,
      edits: () => [{ kind: "add", openid: B }] as UserEdit[],
      want: `version: 1\nusers:\n  - ${A}\n  - ${B}\n  - openid: ${C}\n    reason: r\n`,
    },
    {
      name: "adds at the end of an unsorted file, before the keys that follow users",
      text: `version: 1\nusers:\n  - ${C} # c\n  - ${A}\n# trailing note\nprune: true\n`,
      edits: () => [{ kind: "add", openid: B, expires: "2026-07-01" }] as UserEdit[],
      want: `version: 1\nusers:\n  - ${C} # c\n  - ${A}\n  - openid: ${B}\n    expires: 2026-07-01\n# trailing note\nprune: true\n`,
    },
    {
      name: "removes an entry with its own comment lines, not the comment after a blank line",
      text: `version: 1\nusers:\n  - ${A}\n\n  # kept: not directly above\n\n  # about B\n  # more about B\n  - openid: ${B} # on its line\n    # inside B\n    reason: r\n  # about C\n  - ${C}\n`,
      edits: (u: DesiredState["users"]) => [{ kind: "remove", index: indexOf(u, B) }] as UserEdit[],
      want: `version: 1\nusers:\n  - ${A}\n\n  # kept: not directly above\n\n  # about C\n  - ${C}\n`,
    },
    {
      name: "removing every entry leaves users: []",
      text: `version: 1\nusers: # the blocked\n  - ${A}\n  - ${B}\nprune: false\n`,
      edits: () =>
        [
          { kind: "remove", index: 0 },
          { kind: "remove", index: 1 },
        ] as UserEdit[],
      want: `version: 1\nusers: [] # the blocked\nprune: false\n`,
    },
    {
      name: "updates a reason in place, keeping its comment, and adds an expiry after it",
      text: `version: 1\nusers:\n  - openid: ${A}\n    reason: "old" # why\n  - ${B}\n`,
      edits: () =>
        [{ kind: "update", index: 0, reason: "new", expires: "2027-01-01" }] as UserEdit[],
      want: `version: 1\nusers:\n  - openid: ${A}\n    reason: new # why\n    expires: 2027-01-01\n  - ${B}\n`,
    },
    {
      name: "a new reason goes before an existing expiry; removing an expiry removes its line",
      text: `version: 1\nusers:\n  - openid: ${A}\n    expires: 2027-01-01\n  - openid: ${B}\n    reason: r\n    expires: 2027-01-01 # trial\n`,
      edits: () =>
        [
          { kind: "update", index: 0, reason: "tab\there" },
          { kind: "update", index: 1, expires: null },
        ] as UserEdit[],
      want: `version: 1\nusers:\n  - openid: ${A}\n    reason: "tab\\there"\n    expires: 2027-01-01\n  - openid: ${B}\n    reason: r\n`,
    },
    {
      name: "updating a bare entry turns it into a map, keeping its comment",
      text: `version: 1\nusers:\n  - ${A} # note\n  - ${B}`,
      edits: () => [{ kind: "update", index: 1, reason: "r" }] as UserEdit[],
      want: `version: 1\nusers:\n  - ${A} # note\n  - openid: ${B}\n    reason: r`,
    },
    {
      name: "adds at the end of a file without a final line break",
      text: `version: 1\nusers:\n  - ${A}\n  - ${C}`,
      edits: () => [{ kind: "add", openid: D }] as UserEdit[],
      want: `version: 1\nusers:\n  - ${A}\n  - ${C}\n  - ${D}`,
    },
    {
      name: "keeps CRLF line ends, and writes new lines with them",
      text: `version: 1\r\nusers:\r\n  - openid: ${A}\r\n    reason: a\r\n  - ${C}\r\n`,
      edits: () => [{ kind: "add", openid: B, reason: "b" }] as UserEdit[],
      want: `version: 1\r\nusers:\r\n  - openid: ${A}\r\n    reason: a\r\n  - openid: ${B}\r\n    reason: b\r\n  - ${C}\r\n`,
    },
    {
      name: "fills users: [] (a file the full parser reads), keeping its comment",
      text: `version: 1\nusers: [] # none yet\n# - openid: o... (example)\n`,
      edits: () =>
        [
          { kind: "add", openid: B },
          { kind: "add", openid: A, reason: "r" },
        ] as UserEdit[],
      want: `version: 1\nusers: # none yet\n  - openid: ${A}\n    reason: r\n  - ${B}\n# - openid: o... (example)\n`,
    },
    {
      name: "splices a file with a document marker and a block scalar (the full parser's layout)",
      text: `---\nversion: 1\nusers:\n  - openid: ${A}\n    reason: |\n      two\n      # lines\n  - ${C}\n`,
      edits: (u) =>
        [
          { kind: "add", openid: B },
          { kind: "remove", index: indexOf(u, A) },
        ] as UserEdit[],
      want: `---\nversion: 1\nusers:\n  - ${B}\n  - ${C}\n`,
    },
  ])("$name", async ({ text, edits, want }) => {
    const result = await edit(text, edits);
    expect(result.text).toBe(want);
    expect(result.rewritten).toBe(false);
  });

  it("re-serialises a flow list with entries, and says so", async () => {
    const result = await edit(`version: 1\nusers: [${A}, ${C}]\n`, () => [
      { kind: "add", openid: B },
    ]);
    expect(result.rewritten).toBe(true);
    expect(result.state.users.map((u) => u.openid)).toEqual([A, B, C]);
  });

  it("re-serialises to replace a multi-line reason", async () => {
    const text = `---\nversion: 1\nusers:\n  - openid: ${A}\n    reason: |\n      two\n      lines\n  - ${C} # c\n`;
    const result = await edit(text, () => [{ kind: "update", index: 0, reason: "one" }]);
    expect(result.rewritten).toBe(true);
    expect(result.state.users.map((u) => [u.openid, u.reason])).toEqual([
      [A, "one"],
      [C, undefined],
    ]);
    expect(result.text).toContain(`- ${C} # c`);
  });
});
