import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox/index.js";
import {
  desiredFile,
  fastClock,
  openids,
  stableToken,
  tapProxy,
  tempDir,
  wxbl,
  writeText,
  type Run,
} from "./run-wxbl.js";

/**
 * SPEC section 2: a secret (app secret, access token) never appears in any output, log, error or
 * report. Every run goes through a proxy that records each access token the sandbox issues and
 * each token sent in a query; none of them, nor the app secret, may show up in stdout, stderr,
 * the --report file or the --out plan.
 */

const kept = openids("Kept", 5);
const stray = openids("Stray", 5);
const toBlock = openids("New", 30);
const strangers = openids("Unknown", 2);

let dir: string;
let remove: () => void;
let sandbox: Sandbox;
let proxy: { url: string; close: () => Promise<void> };
const seen = new Set<string>();

async function account(options: Partial<SandboxOptions> = {}) {
  sandbox = await startSandbox({
    seed: 21,
    pageSize: 4,
    state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
    ...options,
  });
  proxy = await tapProxy(
    sandbox.url,
    (_path, url) => {
      const token = new URL(url, "http://x").searchParams.get("access_token");
      if (token) seen.add(token);
    },
    (body) => {
      const token = /"access_token"\s*:\s*"([^"]+)"/.exec(body)?.[1];
      if (token) seen.add(token);
    },
  );
}

beforeEach(async () => {
  seen.clear();
  ({ dir, remove } = tempDir("wxbl-secrets-"));
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
});
afterEach(async () => {
  await proxy.close();
  await sandbox.close();
  remove();
});

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  WECHAT_API_BASE: proxy.url,
  WECHAT_APPID: sandbox.appid,
  WECHAT_APPSECRET: sandbox.secret,
  ...extra,
});

/** Everything a run left behind: its streams and every file it wrote in the work folder. */
function everything(run: Run): string {
  const files = readdirSync(dir)
    .filter((name) => name !== "blacklist.yaml")
    .map((name) => readFileSync(join(dir, name), "utf8"));
  return [run.stdout, run.stderr, ...files].join("\n");
}

function expectNoSecret(text: string, secrets: string[]) {
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe.each([
  [[] as string[]],
  [["--verbose"]],
  [["--lang", "zh-CN"]],
  [["--lang", "zh-CN", "--verbose"]],
])("no secret in any output (flags %j)", (flags) => {
  it.each<[string, string[], number]>([
    ["plan --out", ["plan", "--out", "plan.json"], 0],
    ["plan --format json", ["plan", "--format", "json", "--out", "plan.json"], 0],
    ["apply --report", ["apply", "--yes", "--concurrency", "1", "--report", "report.json"], 0],
    [
      "apply --format json --report",
      ["apply", "--yes", "--concurrency", "1", "--format", "json", "--report", "r.json"],
      0,
    ],
    ["export --out", ["export", "--out", "exported.yaml"], 0],
  ])("%s succeeding", async (_name, args, exitCode) => {
    // Several tokens issued in one run (one call at a time, so a retry never meets a second expiry).
    await account({ faults: { tokenExpiryEvery: 3 }, pageSize: 2 });
    const run = await wxbl([...args, ...flags], { cwd: dir, env: env() });
    expect(run.code).toBe(exitCode);
    expect(seen.size).toBeGreaterThan(1);
    expectNoSecret(everything(run), [sandbox.secret, ...seen]);
  });

  it("apply with non-followers (40003): failures listed, no secret", async () => {
    await account();
    writeText(
      dir,
      "blacklist.yaml",
      desiredFile({ users: [...kept, ...toBlock, ...strangers] }).text,
    );
    const run = await wxbl(["apply", "--yes", "--report", "report.json", ...flags], {
      cwd: dir,
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("40003");
    expectNoSecret(everything(run), [sandbox.secret, ...seen]);
  });

  it("apply stopped by the daily quota (45009): no secret", async () => {
    await account({ faults: { dailyWriteQuota: 1 }, now: fastClock(), tokenTtlSeconds: 10 ** 9 });
    const run = await wxbl(["apply", "--yes", "--report", "report.json", ...flags], {
      cwd: dir,
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("45009");
    expectNoSecret(everything(run), [sandbox.secret, ...seen]);
  });

  it.each([
    ["plan", ["plan", "--out", "plan.json"]],
    ["apply", ["apply", "--yes", "--report", "report.json"]],
    ["export", ["export", "--out", "exported.yaml"]],
  ])("%s with a rejected WECHAT_ACCESS_TOKEN: exit 1, the token never shown", async (_n, args) => {
    await account();
    const token = "REJECTEDtoken0123456789abcdefREJECTED";
    const run = await wxbl([...args, ...flags], {
      cwd: dir,
      env: { WECHAT_API_BASE: proxy.url, WECHAT_ACCESS_TOKEN: token },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/WECHAT_ACCESS_TOKEN/);
    expectNoSecret(everything(run), [token]);
    expect(existsSync(join(dir, "report.json"))).toBe(false);
  });

  it("plan with a good WECHAT_ACCESS_TOKEN: the token never shown", async () => {
    await account();
    const token = await stableToken(sandbox);
    const run = await wxbl(["plan", "--out", "plan.json", ...flags], {
      cwd: dir,
      env: { WECHAT_API_BASE: proxy.url, WECHAT_ACCESS_TOKEN: token },
    });
    expect(run.code).toBe(0);
    expectNoSecret(everything(run), [token]);
  });

  it.each([
    ["plan", ["plan"]],
    ["apply", ["apply", "--yes", "--report", "report.json"]],
    ["export", ["export"]],
  ])("%s with a rejected secret (40125): exit 1, the secret never shown", async (_n, args) => {
    await account();
    const secret = "0123456789abcdef0123456789abcdef";
    const run = await wxbl([...args, ...flags], {
      cwd: dir,
      env: env({ WECHAT_APPSECRET: secret }),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/40125/);
    expectNoSecret(everything(run), [secret, sandbox.secret]);
  });
});
