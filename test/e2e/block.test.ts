import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadDesired } from "../../src/desired/load-desired.js";
import { NOW, tempDir, wxbl, writeText, type RunOptions } from "./run-wxbl.js";

/**
 * `wxbl block` (SPEC 10): edits the file in place, byte for byte outside the edited entries;
 * all or nothing; --expires resolved in UTC from the injected clock (NOW is 2026-06-01).
 */

// One account's openids share their first six characters (SPEC 7).
const id = (tail: string) => `oDF3iY${tail.padEnd(22, "x")}`;
const A = id("A");
const B = id("B");
const C = id("C");
const E = id("E");
const Z = id("Z");

const BOM = "\uFEFF";
/** Comments, quoting, blank lines, key order, CRLF and a BOM: everything an edit must keep. */
const AWKWARD = [
  "# yaml-language-server: $schema=./schema/blacklist.schema.json",
  "version: 1",
  "appid: wx0123456789abcdef   # guard",
  "",
  "users:",
  "  # the first entry's own comment",
  `  - openid: '${A}'`,
  '    reason: "spam: links \\"quoted\\"" # why',
  "",
  `  - ${C}   # bare`,
  "  # about E",
  `  - openid: ${E}`,
  "    expires: 2027-01-01",
  "    reason: 'it''s #2'",
  "prune: true",
  "",
].join("\r\n");

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir("wxbl-block-")));
afterEach(() => remove());

const run = (args: string[], options: Partial<RunOptions> = {}) =>
  wxbl(args, { cwd: dir, env: {}, ...options });
const bytes = () => readFileSync(join(dir, "blacklist.yaml"));
const write = (text: string) => writeText(dir, "blacklist.yaml", text);
const users = async () =>
  (await loadDesired("blacklist.yaml", { cwd: dir, now: NOW })).state?.users.map(
    ({ openid, reason, expires }) => ({ openid, reason, expires }),
  );

describe("wxbl block edits the file in place", () => {
  it("inserts in fmt order on a CRLF file with a BOM; every other byte stays", async () => {
    write(BOM + AWKWARD);
    const result = await run(["block", B, "--reason", "拉黑: spam\tand more", "--expires", "30d"]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
    const at = AWKWARD.indexOf(`  - ${C}`);
    const entry = `  - openid: ${B}\r\n    reason: "拉黑: spam\\tand more"\r\n    expires: 2026-07-01\r\n`;
    const want = BOM + AWKWARD.slice(0, at) + entry + AWKWARD.slice(at);
    expect(bytes().equals(Buffer.from(want, "utf8"))).toBe(true);
    expect(result.stderr).toBe(
      "Expires 2026-07-01 (30d from today, 2026-06-01 UTC): unblocked from 00:00 UTC that day.\n" +
        `+ ${B}  line 10\n` +
        "blacklist.yaml: 1 added.\n" +
        "Nothing was sent to WeChat: commit the file and open a pull request; its plan shows the change, and apply makes it.\n",
    );
    expect((await users())?.find((u) => u.openid === B)?.reason).toBe("拉黑: spam\tand more");
    expect(readdirSync(dir)).toEqual(["blacklist.yaml"]); // the temporary file is gone
  });

  it("appends at the end of a file not in fmt order, in its style", async () => {
    const text = `version: 1\nusers:\n    - ${E}\n    - ${A}\n`;
    write(text);
    expect((await run(["block", B, C])).code).toBe(0);
    expect(bytes().toString()).toBe(`${text}    - ${B}\n    - ${C}\n`);
  });

  it("--update changes only the fields given, keeping comments and quoting", async () => {
    write(BOM + AWKWARD);
    const result = await run(["block", E, C, "--update", "--reason", "r2"]);
    expect(result.code).toBe(0);
    const want = AWKWARD.replace(
      `  - ${C}   # bare\r\n`,
      `  - openid: ${C}   # bare\r\n    reason: r2\r\n`,
    ).replace("    reason: 'it''s #2'", "    reason: r2");
    expect(bytes().toString()).toBe(BOM + want);
    expect(result.stderr).toContain(`~ ${E}  line 13: reason changed\n`);
    expect(result.stderr).toContain("blacklist.yaml: 2 updated.\n");
  });

  it("--update --expires never makes a ban permanent; an entry already as asked is left alone", async () => {
    write(AWKWARD);
    const result = await run(["block", E, A, "--update", "--expires", "never"]);
    expect(result.code).toBe(0);
    expect(bytes().toString()).toBe(AWKWARD.replace("    expires: 2027-01-01\r\n", ""));
    expect(result.stderr).toContain(`= ${A}  line 7: already as asked\n`);
    expect(result.stderr).toContain("blacklist.yaml: 1 updated, 1 already as asked.\n");
  });

  it("--format json prints what was done on stdout, with the lines in the edited file", async () => {
    write(AWKWARD);
    const result = await run(["block", Z, "--expires", "2027-03-01", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      format: "wxbl-edit/1",
      command: "block",
      file: "blacklist.yaml",
      expires: "2027-03-01",
      added: [{ openid: Z, line: 15 }],
      updated: [],
      unchanged: [],
      removed: [],
      skipped: [],
    });
  });

  it("speaks Chinese when LANG asks for it", async () => {
    write(AWKWARD);
    const result = await run(["block", B, "--expires", "2w"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("到期日 2026-06-15（从今天 UTC 2026-06-01 起 2w）");
    expect(result.stderr).toContain("blacklist.yaml：新增 1 个。");
  });
});

describe("wxbl block --expires: resolved from today in UTC", () => {
  it.each([
    { when: "30d", now: "2026-06-01T23:59:59Z", date: "2026-07-01" },
    { when: "2w", now: "2026-12-25T00:00:00Z", date: "2027-01-08" },
    { when: "3mo", now: "2027-11-30T12:00:00Z", date: "2028-02-29" },
    { when: "1mo", now: "2027-01-31T01:00:00+08:00", date: "2027-02-28" },
    { when: "1y", now: "2028-02-29T10:00:00Z", date: "2029-02-28" },
    { when: "2026-06-02", now: "2026-06-01T10:00:00Z", date: "2026-06-02" },
  ])("$when from $now is $date", async ({ when, now, date }) => {
    write(`version: 1\nusers:\n  - ${A}\n`);
    const result = await run(["block", B, "--expires", when], { now: new Date(now) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^Expires ${date}\\b`));
    expect(bytes().toString()).toContain(`    expires: ${date}\n`);
  });

  it.each([
    ["today", "2026-06-01", "is not after today (2026-06-01, UTC)"],
    ["0d", "0d", "0d (2026-06-01) is not after today"],
    ["a past date", "2026-05-31", "is not after today"],
    [
      "a word",
      "tomorrow",
      "not a date or a duration".replace("not", "neither").replace("or", "nor"),
    ],
    ["a date that does not exist", "2026-02-30", "neither a date nor a duration"],
    ["beyond the format's dates", "8000y", "is after 9999-12-31"],
  ])("refuses %s (exit 3), the file untouched", async (_name, when, message) => {
    const text = `version: 1\nusers:\n  - ${A}\n`;
    write(text);
    const result = await run(["block", B, "--expires", when]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(message);
    expect(bytes().toString()).toBe(text);
  });
});

describe("wxbl block is all or nothing (exit 3, the file untouched)", () => {
  it("lists every problem at once: an id already in the file (with its line) and bad ids by line", async () => {
    write(BOM + AWKWARD);
    writeText(dir, "ids.txt", `# today's spammers\n${B}\n\noDF3iY-too-short\n${C} # again\n`);
    const result = await run(["block", Z, "--from", "ids.txt", "--reason", "spam"]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      '"oDF3iY-too-short" (16 characters) is not a WeChat openid'.replace(/^/, "ids.txt:4: ") +
        ": those are 28 characters, o then letters, digits, _ or -; check it was copied whole\n" +
        `ids.txt:5: ${C} is already in blacklist.yaml (line 10); to change its reason or expiry, add --update\n` +
        "wxbl: nothing was changed: 2 problems (listed above); blacklist.yaml is as it was\n",
    );
    expect(bytes().equals(Buffer.from(BOM + AWKWARD, "utf8"))).toBe(true);
  });

  it("refuses a reason with a control character other than tab and line feed", async () => {
    write(AWKWARD);
    const result = await run(["block", B, "--reason", "bell\u0007"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("control character U+0007");
    expect(bytes().toString()).toBe(AWKWARD);
  });

  it("refuses to edit a file with errors, listing them", async () => {
    const text = `version: 1\nusers:\n  - ${A}\n  - ${A}\n`;
    write(text);
    const result = await run(["block", B]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`blacklist.yaml:4:5: error: duplicate openid ${A}`);
    expect(result.stderr).toContain("wxbl: blacklist.yaml has 1 error; nothing was changed.");
    expect(bytes().toString()).toBe(text);
  });

  it("needs at least one openid", async () => {
    write(AWKWARD);
    const result = await run(["block"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      "name the openids to block: wxbl block OPENID…, or --from FILE",
    );
  });

  it("names a --from file that cannot be read", async () => {
    write(AWKWARD);
    const result = await run(["block", "--from", "missing.txt"]);
    expect(result).toMatchObject({
      code: 3,
      stderr: "wxbl: cannot read missing.txt: no such file\n",
    });
  });
});

describe("wxbl block in bulk", () => {
  it("reads ids from standard input, merging a repeat with a warning", async () => {
    write(`version: 1\nusers:\n  - ${A}\n`);
    const stdin = `# from the moderation queue\r\n${E}\r\n\r\n  ${B}  \r\n${E} # twice\r\n`;
    const result = await run(["block", Z, "--from", "-", "--reason", "flooding"], { stdin });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `warning: ${E} is given twice (stdin:2 and stdin:5); it counts once\n`,
    );
    expect(await users()).toEqual([
      { openid: A, reason: undefined, expires: undefined },
      { openid: B, reason: "flooding", expires: undefined },
      { openid: E, reason: "flooding", expires: undefined },
      { openid: Z, reason: "flooding", expires: undefined },
    ]);
  });

  it("an empty list is nothing to do", async () => {
    const text = `version: 1\nusers:\n  - ${A}\n`;
    write(text);
    const result = await run(["block", "--from", "-"], { stdin: "# nobody today\n" });
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: "stdin lists no openids; nothing to do.\n",
    });
    expect(bytes().toString()).toBe(text);
  });

  it("blocks 2,000 ids from a file into a sorted file of 3,000, keeping it in fmt order", async () => {
    const all = Array.from({ length: 5_000 }, (_, i) =>
      id(`k${String((i * 7919) % 5_000).padStart(5, "0")}`),
    );
    const sorted = [...all].sort();
    const inFile = sorted.filter((_, i) => i % 5 < 3);
    const kept = new Set(inFile);
    const added = all.filter((openid) => !kept.has(openid));
    write(`version: 1\nusers:\n${inFile.map((openid) => `  - ${openid}\n`).join("")}`);
    writeText(dir, "ids.txt", added.join("\n"));
    const result = await run(["block", "--from", "ids.txt", "--quiet"]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(bytes().toString()).toBe(
      `version: 1\nusers:\n${sorted.map((o) => `  - ${o}\n`).join("")}`,
    );
    const check = await run(["validate"]);
    expect(check.code).toBe(0);
  });
});

describe("wxbl block as a child process", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  beforeAll(() => {
    if (!existsSync(`${root}/dist/cli/commands/block.js`)) {
      const tsc = `${root}/node_modules/typescript/bin/tsc`;
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root });
    }
  });

  it("reads --from - from its real standard input", () => {
    write(`version: 1\nusers:\n  - ${A}\n`);
    const child = spawnSync(
      process.execPath,
      [`${root}/bin/wxbl.js`, "block", "--from", "-", "--reason", "piped"],
      { cwd: dir, input: `${C}\n# and\n${B}\n`, encoding: "utf8", env: { PATH: process.env.PATH } },
    );
    expect(child.stderr).toContain("blacklist.yaml: 2 added.");
    expect(child.status).toBe(0);
    expect(bytes().toString()).toBe(
      `version: 1\nusers:\n  - ${A}\n  - openid: ${B}\n    reason: piped\n  - openid: ${C}\n    reason: piped\n`,
    );
  });
});
