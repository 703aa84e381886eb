import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDir, wxbl, writeText, type RunOptions } from "./run-wxbl.js";

/** `wxbl unblock` (SPEC 10): removes entries with their own comments; all or nothing. */

const id = (tail: string) => `oR5Gjj${tail.padEnd(22, "q")}`;
const A = id("A");
const B = id("B");
const C = id("C");
const D = id("D");
const Z = id("Z");

const BOM = "\uFEFF";
const HEAD = "# blocked users\r\nversion: 1\r\nusers:\r\n";
const ENTRY_A = `  - openid: "${A}" # quoted\r\n    reason: 'spam: links'\r\n`;
const GAP = "\r\n  # stays: a blank line parts it from B\r\n\r\n";
const ENTRY_B = `  # B's own comment\r\n  # (two lines)\r\n  - ${B}   # bare\r\n`;
const ENTRY_C = `  - openid: ${C}\r\n    # inside C\r\n    expires: 2027-01-01\r\n`;
const TAIL = "# the end\r\nprune: false\r\n";
const FILE = HEAD + ENTRY_A + GAP + ENTRY_B + ENTRY_C + TAIL;

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir("wxbl-unblock-")));
afterEach(() => remove());

const run = (args: string[], options: Partial<RunOptions> = {}) =>
  wxbl(args, { cwd: dir, env: {}, ...options });
const text = () => readFileSync(join(dir, "blacklist.yaml"), "utf8");
const write = (content: string) => writeText(dir, "blacklist.yaml", content);

describe("wxbl unblock removes entries and their own comments, and nothing else", () => {
  it.each([
    {
      name: "an entry with comment lines above it",
      ids: [B],
      want: HEAD + ENTRY_A + GAP + ENTRY_C + TAIL,
    },
    { name: "the first entry", ids: [A], want: HEAD + GAP + ENTRY_B + ENTRY_C + TAIL },
    {
      name: "the last entry, with a comment inside it",
      ids: [C],
      want: HEAD + ENTRY_A + GAP + ENTRY_B + TAIL,
    },
    { name: "two entries at once", ids: [C, A], want: HEAD + GAP + ENTRY_B + TAIL },
  ])("$name (CRLF and a BOM kept)", async ({ ids, want }) => {
    write(BOM + FILE);
    const result = await run(["unblock", ...ids]);
    expect(result.code).toBe(0);
    expect(text()).toBe(BOM + want);
  });

  it("every entry: users becomes [] and the file stays valid", async () => {
    write(FILE);
    const result = await run(["unblock", A, B, C]);
    expect(result.code).toBe(0);
    expect(text()).toBe("# blocked users\r\nversion: 1\r\nusers: []\r\n" + GAP + TAIL);
    expect((await run(["validate"])).code).toBe(0);
  });

  it("says what it removed, with the lines they were on", async () => {
    write(FILE);
    const result = await run(["unblock", C, B]);
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr:
        `- ${C}  was line 12\n- ${B}  was line 11\nblacklist.yaml: 2 removed.\n` +
        "Nothing was sent to WeChat: commit the file and open a pull request; its plan shows the change, and apply makes it.\n",
    });
  });

  it("reads ids from a file and from standard input (--from given twice)", async () => {
    write(FILE);
    writeText(dir, "gone.txt", `${A}\n# appeal accepted\n`);
    const result = await run(["unblock", "--from", "gone.txt", "--from", "-"], { stdin: `${C}\n` });
    expect(result.code).toBe(0);
    expect(text()).toBe(HEAD + GAP + ENTRY_B + TAIL);
  });
});

describe("wxbl unblock is all or nothing (exit 3, the file untouched)", () => {
  it("an id not in the file, and an invalid one, are both named", async () => {
    write(FILE);
    writeText(dir, "ids.txt", `${A}\n${D}\nnot an id\n`);
    const result = await run(["unblock", "--from", "ids.txt"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `ids.txt:2: ${D} is not in blacklist.yaml, so there is nothing to unblock (--missing-ok skips ids that are not there)\n` +
        'ids.txt:3: "not an id" (9 characters) is not a WeChat openid: those are 28 characters, o then letters, digits, _ or -; check it was copied whole\n' +
        "wxbl: nothing was changed: 2 problems (listed above); blacklist.yaml is as it was\n",
    );
    expect(text()).toBe(FILE);
  });

  it("--missing-ok skips ids that are not there and removes the rest", async () => {
    write(FILE);
    const result = await run(["unblock", A, Z, "--missing-ok", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      command: "unblock",
      removed: [{ openid: A, line: 4 }],
      skipped: [Z],
    });
    expect(text()).toBe(HEAD + GAP + ENTRY_B + ENTRY_C + TAIL);
  });

  it("--missing-ok with nothing to remove leaves the file byte for byte", async () => {
    write(BOM + FILE);
    const result = await run(["unblock", Z, "--missing-ok"], { env: { WXBL_LANG: "zh-CN" } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `  ${Z}  不在文件中，已跳过（--missing-ok）\nblacklist.yaml：1 个不在文件中。\n`,
    );
    expect(text()).toBe(BOM + FILE);
  });
});
