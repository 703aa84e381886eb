import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import {
  callCounts,
  desiredFile,
  envFor,
  openids,
  readText,
  schemaValidator,
  tapProxy,
  tempDir,
  wxbl,
  writeText,
  PATH,
  type RunOptions,
} from "./run-wxbl.js";

// apply's output edge: the --report file and the verification read (SPEC 4).
const validateReport = schemaValidator("report.schema.json");
const kept = openids("Kept", 5);
const stray = openids("Stray", 5);
const toBlock = openids("New", 25);

let dir: string;
let remove: () => void;
let sandbox: Sandbox;

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-apply-output-"));
  sandbox = await startSandbox({
    seed: 5,
    pageSize: 10,
    state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
  });
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

const run = (args: string[], extra: Partial<RunOptions> = {}) =>
  wxbl(args, { cwd: dir, ...extra, env: { ...envFor(sandbox), ...extra.env } });

describe("wxbl apply --report PATH that cannot be written", () => {
  it.each([
    ["in a folder that does not exist", "no-such-folder/report.json", "ENOENT"],
    ["that is a folder", "a-folder", "EISDIR"],
  ])("%s: exit 3 before any call, nothing changed", async (_name, path, code) => {
    mkdirSync(join(dir, "a-folder"));
    const before = sandbox.state().blacklist;
    const { code: exit, stdout, stderr } = await run(["apply", "--yes", "--report", path]);
    expect(exit).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `wxbl: cannot write the report to ${path} (${code}); nothing was changed. Name a writable --report path, then run wxbl apply again\n`,
    );
    expect(callCounts(sandbox)).toEqual({ block: 0, unblock: 0, getblacklist: 0, token: 0 });
    expect(sandbox.state().blacklist).toEqual(before);
  });

  it("in Chinese with --lang zh-CN (the same exit code)", async () => {
    const { code, stderr } = await run(["apply", "--yes", "--lang", "zh-CN", "--report", "x/r"]);
    expect(code).toBe(3);
    expect(stderr).toContain("无法把报告写入 x/r（ENOENT），因此没有做任何改动");
  });
});

describe("wxbl apply when the report cannot be written after the changes were made", () => {
  it("exit 1, and what was applied is still printed (stdout, and the JSON with --format json)", async () => {
    mkdirSync(join(dir, "out"));
    // The folder goes away while the first write call is on its way.
    const proxy = await tapProxy(sandbox.url, (path) => {
      if (path === PATH.block) rmSync(join(dir, "out"), { recursive: true, force: true });
    });
    try {
      for (const format of ["text", "json"]) {
        if (format === "json") {
          // A second run with something to do: two more entries in the file.
          writeText(
            dir,
            "blacklist.yaml",
            desiredFile({ users: [...kept, ...toBlock, ...stray.slice(0, 2)] }).text,
          );
          mkdirSync(join(dir, "out"));
        }
        const { code, stdout, stderr } = await run(
          ["apply", "--yes", "--format", format, "--report", "out/report.json"],
          { env: { WECHAT_API_BASE: proxy.url } },
        );
        expect(code).toBe(1);
        expect(existsSync(join(dir, "out"))).toBe(false);
        const notWritten =
          "wxbl: the changes above were made, but the report could not be written to out/report.json (ENOENT); wxbl plan shows the live state\n";
        expect(stderr.endsWith(notWritten)).toBe(true);
        if (format === "text") {
          expect(stdout).toContain("Applied: 25 blocked, 5 unblocked.");
          expect(stdout).toContain("Verified: the live list shows every change.");
        } else {
          const report = JSON.parse(stdout) as { blocked: string[]; verified: boolean };
          expect(validateReport(report)).toEqual([]);
          expect(report).toMatchObject({ blocked: stray.slice(0, 2).sort(), verified: true });
          expect(stderr).toContain("Applied: 2 blocked, 0 unblocked.");
        }
      }
      expect(sandbox.state().blacklist.sort()).toEqual(
        [...kept, ...toBlock, ...stray.slice(0, 2)].sort(),
      );
    } finally {
      await proxy.close();
    }
  });
});

describe("wxbl apply when the live list cannot be read again to verify", () => {
  it("says the read failed (not '0 moved'), exit 1, and the report carries the read error", async () => {
    let writes = 0;
    const proxy = await tapProxy(sandbox.url, (path) => {
      if (path === PATH.block || path === PATH.unblock) writes++;
      if (path === PATH.getblacklist && writes > 0) {
        return JSON.stringify({ errcode: 48001, errmsg: "api unauthorized rid: 1" });
      }
      return undefined;
    });
    try {
      const { code, stdout, stderr } = await run(["apply", "--yes", "--report", "report.json"], {
        env: { WECHAT_API_BASE: proxy.url },
      });
      expect(code).toBe(1);
      expect(stdout).toContain("Applied: 25 blocked, 5 unblocked.");
      expect(stdout).toMatch(
        /Verification failed: the live list could not be read again \(.*48001.*\)\. The changes above were made; run wxbl plan to see the live state\./,
      );
      expect(stdout).not.toMatch(/others moved/);
      expect(stderr).toMatch(/the live list did not verify/);
      const report = JSON.parse(readText(dir, "report.json")) as {
        verified: boolean;
        verification: { ok: boolean; read_error: string | null };
      };
      expect(validateReport(report)).toEqual([]);
      expect(report.verified).toBe(false);
      expect(report.verification.ok).toBe(false);
      expect(report.verification.read_error).toMatch(/48001/);
    } finally {
      await proxy.close();
    }
  });
});
