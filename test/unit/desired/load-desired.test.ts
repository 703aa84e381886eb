import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSchema } from "../../../src/desired/blacklist-schema.js";
import { formatDiagnostic } from "../../../src/desired/diagnostic.js";
import { loadDesired } from "../../../src/desired/load-desired.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const A = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
const B = "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm";

async function problems(text: string): Promise<string[]> {
  const result = await loadDesired("f.yaml", { text, now: NOW });
  return result.diagnostics.map((d) => formatDiagnostic(d, "en"));
}

describe("loadDesired reports each malformed input with its position", () => {
  it.each([
    [
      "an empty file",
      "",
      "f.yaml:1:1: error: the file is empty; start it with 'version: 1' and a 'users:' list",
    ],
    [
      "a file of blank lines",
      "\n  \n",
      "f.yaml:1:1: error: the file is empty; start it with 'version: 1' and a 'users:' list",
    ],
    [
      "a file of only comments",
      "# nothing here\n",
      "f.yaml:1:1: error: the file has no content; start it with 'version: 1' and a 'users:' list",
    ],
    [
      "a YAML syntax error",
      `version: 1\nusers:\n  - [${A}\n`,
      "f.yaml:4:1: error: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    [
      "binary junk (a NUL byte)",
      `version: 1\nusers:\n  - o\u0000x\n`,
      "f.yaml:3:6: error: the file contains the control character U+0000: it looks binary, not YAML text; check that --file names the blacklist, or remove the character",
    ],
    [
      "a tab used for indentation",
      `version: 1\nusers:\n\t- ${A}\n`,
      "f.yaml:3:1: error: tab used for indentation; YAML indents with spaces only: replace the tab with spaces",
    ],
    [
      "a list instead of a map",
      `- ${A}\n`,
      "f.yaml:1:1: error: the file must be a YAML map (version:, users: ...), found a list",
    ],
    [
      "version 2",
      `version: 2\nusers: []\n`,
      "f.yaml:1:10: error: version must be 1 (the only file format this wxbl knows), found the number 2",
    ],
    [
      "a missing version",
      `users: []\n`,
      "f.yaml:1:1: error: version is missing; add 'version: 1' at the top",
    ],
    [
      "a missing users key",
      `version: 1\n`,
      "f.yaml:1:1: error: users is missing; add 'users:' with the blocked openids ('users: []' for none)",
    ],
    [
      "an unknown top-level key near a known one",
      `version: 1\nusers: []\nuser: []\n`,
      'f.yaml:3:1: error: unknown key "user"; did you mean "users"?',
    ],
    [
      "an unknown key in an entry",
      `version: 1\nusers:\n  - openid: ${A}\n    reasn: spam\n`,
      'f.yaml:4:5: error: unknown key "reasn" in this entry; did you mean "reason"?',
    ],
    [
      "an unknown key far from any",
      `version: 1\nusers: []\ncolour: red\n`,
      'f.yaml:3:1: error: unknown key "colour"; allowed: version, appid, prune, guard, users',
    ],
    [
      "users as a map",
      `version: 1\nusers:\n  a: b\n`,
      'f.yaml:3:3: error: users must be a list of openids ("- o..." lines), found a map',
    ],
    [
      "an openid with a space",
      `version: 1\nusers:\n  - openid: "${A} x"\n`,
      `f.yaml:3:13: error: openid "${A} x" contains a space; openids use only A-Z a-z 0-9 _ - (1 to 128 characters)`,
    ],
    [
      "an openid with a carriage return",
      `version: 1\nusers:\n  - "${A}\\r"\n`,
      `f.yaml:3:5: error: openid "${A}\\r" contains a carriage return (\\r); openids use only A-Z a-z 0-9 _ - (1 to 128 characters)`,
    ],
    [
      "an openid YAML reads as a number",
      `version: 1\nusers:\n  - 12345\n`,
      'f.yaml:3:5: error: openid 12345 is read by YAML as a number; quote it: "12345"',
    ],
    [
      "an openid YAML reads as a boolean",
      `version: 1\nusers:\n  - openid: true\n`,
      'f.yaml:3:13: error: openid true is read by YAML as a boolean; quote it: "true"',
    ],
    [
      "an openid YAML reads as null",
      `version: 1\nusers:\n  - ~\n`,
      'f.yaml:3:5: error: openid ~ is read by YAML as null; quote it: "~"',
    ],
    [
      "an entry without openid",
      `version: 1\nusers:\n  - reason: spam\n`,
      "f.yaml:3:5: error: this entry has no openid; add 'openid: o...' or remove the entry",
    ],
    [
      "an impossible date",
      `version: 1\nusers:\n  - openid: ${A}\n    expires: 2027-02-30\n`,
      'f.yaml:4:14: error: expires "2027-02-30" is not a real date (February 2027 has 28 days)',
    ],
    [
      "a date in another format",
      `version: 1\nusers:\n  - openid: ${A}\n    expires: 01/03/2027\n`,
      'f.yaml:4:14: error: expires "01/03/2027" is not a date; write YYYY-MM-DD, e.g. 2027-03-01',
    ],
    [
      "a percentage over 100",
      `version: 1\nguard:\n  max_block: 150%\nusers: []\n`,
      "f.yaml:3:14: error: guard.max_block is 150%, over 100%; write a percentage up to 100% or a count",
    ],
    [
      "a negative guard count",
      `version: 1\nguard:\n  max_unblock: -3\nusers: []\n`,
      "f.yaml:3:16: error: guard.max_unblock must be a count (a whole number, 0 or more) or a percentage such as 25%, found the number -3",
    ],
    [
      "prune as text",
      `version: 1\nprune: yes\nusers: []\n`,
      'f.yaml:2:8: error: prune must be true or false, found the text "yes"',
    ],
    [
      "a malformed appid",
      `version: 1\nappid: wx123\nusers: []\n`,
      'f.yaml:2:8: error: appid "wx123" does not look like an appid (wx followed by 16 lowercase hex digits)',
    ],
    [
      "a duplicate key",
      `version: 1\nversion: 1\nusers: []\n`,
      "f.yaml:2:1: error: Map keys must be unique; each key may appear once per map: remove or rename one",
    ],
  ])("%s", async (_name, text, expected) => {
    expect(await problems(text)).toEqual([expected]);
  });

  it("names both lines of a duplicate openid", async () => {
    const text = `version: 1\nusers:\n  - ${A}\n  - openid: ${B}\n  - openid: ${A}\n    reason: again\n`;
    expect(await problems(text)).toEqual([
      `f.yaml:5:13: error: duplicate openid ${A}: on lines 3 and 5; keep one (wxbl fmt merges identical entries)`,
    ]);
  });

  it("compares openids exactly: ids differing only in case are two users", async () => {
    const lower = A.toLowerCase();
    const result = await loadDesired("f.yaml", {
      text: `version: 1\nusers:\n  - ${A}\n  - ${lower}\n`,
      now: NOW,
    });
    expect(result.state?.users.map((u) => u.openid)).toEqual([A, lower]);
  });

  it("reports every problem at once, sorted by line", async () => {
    const text = `version: 3\nusers:\n  - 123\n  - openid: a b\n    expires: 2027-13-01\nextra: 1\n`;
    const lines = (await loadDesired("f.yaml", { text, now: NOW })).diagnostics.map((d) => d.line);
    expect(lines).toEqual([1, 3, 4, 5, 6]);
  });

  it("throws an InputError naming the file when it does not exist", async () => {
    await expect(loadDesired("/nonexistent/blacklist.yaml")).rejects.toThrow(
      "cannot read /nonexistent/blacklist.yaml: no such file",
    );
  });
});

describe("loadDesired warns without failing", () => {
  it.each([
    [
      "an openid of an unusual shape",
      `version: 1\nusers:\n  - abc123\n`,
      'f.yaml:3:5: warning: openid "abc123" does not look like a WeChat openid (28 characters starting with o); check it was copied whole',
    ],
    [
      "an expired entry",
      `version: 1\nusers:\n  - openid: ${A}\n    expires: 2026-06-01\n`,
      "f.yaml:4:14: warning: expired on 2026-06-01 (no longer blocked from that day on); the entry can be removed",
    ],
  ])("%s", async (_name, text, expected) => {
    const result = await loadDesired("f.yaml", { text, now: NOW });
    expect(result.diagnostics.map((d) => formatDiagnostic(d, "en"))).toEqual([expected]);
    expect(result.state?.users).toHaveLength(1);
  });
});

describe("loadDesired reads valid files", () => {
  const full = [
    "# yaml-language-server: $schema=./schema/blacklist.schema.json",
    "version: 1",
    "appid: wx0123456789abcdef   # guard",
    "prune: false",
    "guard:",
    "  max_block: 10",
    "  max_unblock: 12.5%",
    "users:",
    `  - openid: ${A}`,
    "    reason: spam links in replies (#142)",
    "    expires: 2027-03-01     # unblocked from this date on",
    `  - ${B}   # bare form`,
    "",
  ].join("\n");
  const expected = {
    path: "f.yaml",
    version: 1,
    appid: "wx0123456789abcdef",
    prune: false,
    guard: {
      max_block: { kind: "count", value: 10 },
      max_unblock: { kind: "percent", value: 12.5 },
    },
    users: [
      {
        openid: A,
        reason: "spam links in replies (#142)",
        expires: "2027-03-01",
        line: 9,
        column: 5,
      },
      { openid: B, line: 12, column: 5 },
    ],
  };

  it.each([
    ["LF line ends", full],
    ["CRLF line ends", full.replaceAll("\n", "\r\n")],
    ["a UTF-8 BOM and CRLF", "\uFEFF" + full.replaceAll("\n", "\r\n")],
    [
      "flow style (the full parser)",
      full
        .replace(`  - ${B}   # bare form`, `  - [${B}][0]`)
        .replace(
          /users:[\s\S]*/,
          `users: [{openid: ${A}, reason: "spam links in replies (#142)", expires: 2027-03-01}, ${B}]\n`,
        ),
    ],
  ])("with %s", async (name, text) => {
    const result = await loadDesired("f.yaml", { text, now: NOW });
    expect(result.diagnostics).toEqual([]);
    const { sha256, ...state } = result.state ?? { sha256: "" };
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    if (name.startsWith("flow")) {
      expect(state).toMatchObject({
        ...expected,
        users: [
          { openid: A, line: 8 },
          { openid: B, line: 8 },
        ],
      });
    } else expect(state).toEqual(expected);
  });

  it("applies the defaults: prune true, guards 25%", async () => {
    const result = await loadDesired("f.yaml", { text: `version: 1\nusers:\n- ${A}\n`, now: NOW });
    expect(result.state).toMatchObject({
      prune: true,
      guard: {
        max_block: { kind: "percent", value: 25 },
        max_unblock: { kind: "percent", value: 25 },
      },
      users: [{ openid: A, line: 3, column: 3 }],
    });
  });

  it("reads an unquoted date as text, and quoted scalars with escapes", async () => {
    const text = `version: 1\nusers:\n  - openid: '${A}'\n    reason: "caf\\u00e9 \\"spam\\""\n    expires: 2027-03-01\n`;
    const result = await loadDesired("f.yaml", { text, now: NOW });
    expect(result.state?.users).toEqual([
      { openid: A, reason: 'café "spam"', expires: "2027-03-01", line: 3, column: 5 },
    ]);
  });
});

describe("the schema", () => {
  it("is the file on disk at schema/blacklist.schema.json: the loader rejects what it rejects", () => {
    const onDisk = fileURLToPath(new URL("../../../schema/blacklist.schema.json", import.meta.url));
    const schema = JSON.parse(readFileSync(onDisk, "utf8"));
    expect(schema.properties.version.const).toBe(1);
    const compiled = new Ajv({ allErrors: true }).compile(schema);
    for (const data of [
      { version: 1, users: [A] },
      { version: 2, users: [] },
      { version: 1, users: [{ openid: A, reson: "typo" }] },
      { version: 1, guard: { max_block: "ten" }, users: [] },
    ]) {
      compiled(data);
      expect(validateSchema(data)).toEqual(compiled.errors ?? []);
    }
  });
});

describe("loadDesired on junk", () => {
  it("never throws on random bytes or truncated files", async () => {
    const valid = Buffer.from(
      readFileSync(fileURLToPath(new URL("../../../blacklist.yaml", import.meta.url))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.nat(valid.length),
        async (junk, cut) => {
          for (const bytes of [junk, valid.subarray(0, cut)]) {
            const text = Buffer.from(bytes).toString("latin1");
            const result = await loadDesired("f.yaml", { text, now: NOW });
            expect(result.state === undefined).toBe(
              result.diagnostics.some((d) => d.severity === "error"),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("loadDesired of text in hand (an edit's result)", () => {
  const pieces = [
    "\uFEFF",
    "version: 1\n",
    "users:\n",
    "  - o7esq5OI1Uej6Xixw1lA2H7XDVbc\n",
    "  - openid: oDF3iY2zfpSsrPjyTmkPLuOLqUXY\n    reason: 广告 \ud83d\ude00\n",
    "  - o7esq5OI1Uej6Xixw1lA2H7XDVbc\n",
    "# comment\r\n",
    "\u0000",
    "\u0007",
    "\ud800",
    "prune: false\n",
  ];
  it("gives exactly what loading its UTF-8 bytes gives (BOM, control characters, lone surrogates)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), async (parts) => {
        const text = parts.join("");
        const now = new Date("2026-06-15T00:00:00Z");
        const fromText = await loadDesired("f.yaml", { text, now });
        const fromBytes = await loadDesired("f.yaml", { bytes: Buffer.from(text, "utf8"), now });
        expect(fromText).toEqual(fromBytes);
      }),
      { numRuns: 300 },
    );
  });
});
