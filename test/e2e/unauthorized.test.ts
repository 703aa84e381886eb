import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxFaults } from "../../src/sandbox/index.js";
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

// 48001 (API not authorized: an unverified account) end to end against the sandbox (SPEC 4:
// stop with that explanation).
const validateReport = schemaValidator("report.schema.json");
const kept = openids("Kept", 5);
const stray = openids("Stray", 5);
const toBlock = openids("New", 45);

let dir: string;
let remove: () => void;
let sandbox: Sandbox;

async function account(faults: SandboxFaults = {}) {
  sandbox = await startSandbox({
    seed: 8,
    faults,
    state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
  });
}

beforeEach(() => {
  ({ dir, remove } = tempDir("wxbl-48001-"));
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

const run = (args: string[], extra: Partial<RunOptions> = {}) =>
  wxbl(args, { cwd: dir, ...extra, env: { ...envFor(sandbox), ...extra.env } });
const explanation = /not authorized.*48001.*verified \(认证\) Official Accounts/s;

describe("an account that may not call the blacklist API (48001)", () => {
  it("plan stops at the first page with the explanation, exit 1", async () => {
    await account({ unauthorized: true });
    const { code, stdout, stderr } = await run(["plan"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(explanation);
    expect(callCounts(sandbox)).toMatchObject({ getblacklist: 1, block: 0, unblock: 0 });
  });

  it("apply: the first write answered 48001 stops the run, no new call, the report says so, exit 1", async () => {
    await account();
    const proxy = await tapProxy(sandbox.url, (path) => {
      if (path === PATH.block) sandbox.setFaults({ unauthorized: true });
    });
    try {
      const { code, stdout, stderr } = await run(
        ["apply", "--yes", "--concurrency", "1", "--report", "report.json"],
        { env: { WECHAT_API_BASE: proxy.url } },
      );
      expect(code).toBe(1);
      expect(stdout).toMatch(/Stopped: .*48001/);
      expect(stdout).toMatch(explanation);
      expect(stdout).toContain(`Not done: ${toBlock.length} to block, ${stray.length} to unblock.`);
      expect(stderr).toMatch(/apply did not finish cleanly: stopped \(unauthorized\)/);
      expect(callCounts(sandbox)).toMatchObject({ block: 1, unblock: 0 });
      expect([...sandbox.state().blacklist].sort()).toEqual([...kept, ...stray].sort());
      const report = JSON.parse(readText(dir, "report.json")) as Record<string, unknown>;
      expect(validateReport(report)).toEqual([]);
      expect(report).toMatchObject({
        blocked: [],
        unblocked: [],
        failed: [],
        remaining: { block: toBlock.length, unblock: stray.length },
        calls: { block: 1, unblock: 0, total: 1 },
        stopped: { reason: "unauthorized" },
      });
    } finally {
      await proxy.close();
    }
  });
});
