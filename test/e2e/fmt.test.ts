import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { wxbl as runWxbl } from "./run-wxbl.js";

const A = "oAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const Z = "oZZZ9WKs7Jx-4vHq2pZc0aNtLm00";
const unsorted = `# header\nversion: 1\nusers:\n  - ${Z} # z\n  - openid: ${A}\n    reason: spam\n  - ${Z} # z\n`;
const sorted = `# header\nversion: 1\nusers:\n  - openid: ${A}\n    reason: spam\n  - ${Z} # z\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wxbl-fmt-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const wxbl = (args: string[]) =>
  runWxbl(args, { cwd: dir, env: {}, now: new Date("2026-06-01T00:00:00Z") });

const file = (text: string) => {
  writeFileSync(join(dir, "blacklist.yaml"), text);
  return () => readFileSync(join(dir, "blacklist.yaml"), "utf8");
};

describe("wxbl fmt", () => {
  it("rewrites the file sorted and merged, saying what it merged, and leaves no temp file", async () => {
    const read = file(unsorted);
    expect(await wxbl(["fmt"])).toEqual({
      code: 0,
      stdout: "",
      stderr:
        `blacklist.yaml: merged the identical entries of ${Z} on lines 4 and 7\n` +
        "blacklist.yaml: formatted\n",
    });
    expect(read()).toBe(sorted);
    expect(readdirSync(dir)).toEqual(["blacklist.yaml"]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const read = file(sorted);
    expect(await wxbl(["fmt"])).toEqual({
      code: 0,
      stdout: "",
      stderr: "blacklist.yaml: already formatted\n",
    });
    expect(read()).toBe(sorted);
  });

  it.each([
    [
      "an unformatted file",
      unsorted,
      1,
      "blacklist.yaml is not formatted; run: wxbl fmt --file blacklist.yaml\n",
    ],
    ["a formatted file", sorted, 0, ""],
  ])("--check on %s exits %i and writes nothing", async (_name, text, code, stderr) => {
    const read = file(text);
    expect(await wxbl(["fmt", "--check"])).toEqual({ code, stdout: "", stderr });
    expect(read()).toBe(text);
  });

  it("refuses a file with errors, listing them, and leaves it alone", async () => {
    const text = `version: 1\nusers:\n  - 123\n`;
    const read = file(text);
    expect(await wxbl(["fmt"])).toEqual({
      code: 3,
      stdout: "",
      stderr:
        'blacklist.yaml:3:5: error: openid 123 is read by YAML as a number; quote it: "123"\n' +
        "wxbl: blacklist.yaml has 1 error; fix them (wxbl validate lists them), then run wxbl fmt again\n",
    });
    expect(read()).toBe(text);
  });

  it("refuses the same openid with two different reasons, naming both lines", async () => {
    const text = `version: 1\nusers:\n  - openid: ${A}\n    reason: one\n  - openid: ${A}\n    reason: two\n`;
    const read = file(text);
    const result = await wxbl(["fmt"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `${A} is listed twice with a different reason or expiry, on lines 3 and 5`,
    );
    expect(read()).toBe(text);
  });
});

describe("wxbl fmt --drop-expired (SPEC 10)", () => {
  // The clock is 2026-06-01T00:00Z: an entry expiring that day has expired.
  const expiring = `\uFEFF# header\r\nversion: 1\r\nusers:\r\n  # a week off\r\n  - openid: ${Z}\r\n    expires: 2026-06-01\r\n  - openid: ${A}\r\n    reason: spam\r\n    expires: 2026-06-02 # tomorrow\r\n  # gone already\r\n  - openid: oBBB9WKs7Jx-4vHq2pZc0aNtLm00\r\n    expires: 2026-01-01\r\n`;
  const kept = `\uFEFF# header\r\nversion: 1\r\nusers:\r\n  - openid: ${A}\r\n    reason: spam\r\n    expires: 2026-06-02 # tomorrow\r\n`;

  it("sorts, then removes the expired entries with their comments (BOM and CRLF kept)", async () => {
    const read = file(expiring);
    const result = await wxbl(["fmt", "--drop-expired"]);
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr:
        "blacklist.yaml: dropped oBBB9WKs7Jx-4vHq2pZc0aNtLm00, expired 2026-01-01\n" +
        `blacklist.yaml: dropped ${Z}, expired 2026-06-01\n` +
        "blacklist.yaml: formatted\n",
    });
    expect(read()).toBe(kept);
  });

  it("--check exits 1 while expired entries remain, and writes nothing", async () => {
    const read = file(kept.replace("2026-06-02", "2026-05-31"));
    const result = await wxbl(["fmt", "--check", "--drop-expired"]);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "blacklist.yaml has 1 expired entry to drop; run: wxbl fmt --drop-expired --file blacklist.yaml\n",
    });
    expect(read()).toBe(kept.replace("2026-06-02", "2026-05-31"));
    expect(await wxbl(["fmt", "--check", "--drop-expired"]).then((r) => r.code)).toBe(1);
  });

  it("without --drop-expired, expired entries stay", async () => {
    const read = file(kept.replace("2026-06-02", "2026-05-31"));
    expect((await wxbl(["fmt"])).code).toBe(0);
    expect(read()).toBe(kept.replace("2026-06-02", "2026-05-31"));
  });
});
