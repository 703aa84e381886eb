import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox/index.js";
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
  blockByHand,
  fastClock,
  PATH,
  type FileUser,
  type RunOptions,
} from "./run-wxbl.js";
import { fakeClock } from "../support/fake-clock.js";

const validateReport = schemaValidator("report.schema.json");

// Live: 30 blocked, 10 of them not in the file (unblock); the file adds 45 followers (block).
const kept = openids("Kept", 20);
const stray = openids("Stray", 10);
const toBlock = openids("New", 45);
const desiredUsers = [...kept, ...toBlock];
const B = toBlock.length;
const U = stray.length;

interface Report {
  blocked: string[];
  unblocked: string[];
  failed: { openid: string; action: string; errcode: number | null; line: number | null }[];
  remaining: { block: number; unblock: number };
  calls: { block: number; unblock: number; total: number };
  verified: boolean;
  stopped: null | { reason: string; message: string };
  verification: null | { ok: boolean };
}

let dir: string;
let remove: () => void;
let sandbox: Sandbox;
let open: Sandbox | undefined;

async function account(options: Partial<SandboxOptions> = {}, extraFollowers: string[] = []) {
  await open?.close();
  open = sandbox = await startSandbox({
    seed: 11,
    pageSize: 10,
    state: {
      followers: [...kept, ...stray, ...toBlock, ...extraFollowers],
      blacklist: [...kept, ...stray],
    },
    ...options,
  });
}

function file(users: (string | FileUser)[] = desiredUsers, extra = {}) {
  const made = desiredFile({ users, ...extra });
  writeText(dir, "blacklist.yaml", made.text);
  return made.lineOf;
}

const run = (args: string[], extra: Partial<RunOptions> = {}) =>
  wxbl(args, { cwd: dir, ...extra, env: { ...envFor(sandbox), ...extra.env } });

const report = (name = "report.json") => JSON.parse(readText(dir, name)) as Report;
const sorted = (ids: string[]) => [...ids].sort();

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-apply-"));
  await account();
  file();
});
afterEach(async () => {
  await open?.close();
  open = undefined;
  remove();
});

describe("wxbl apply on a fault-free account", () => {
  it("makes the live list match with exactly ceil(B/20) + ceil(U/20) write calls, verifies, exit 0", async () => {
    const { code, stdout, stderr } = await run(["apply", "--yes", "--report", "report.json"]);
    expect(stderr).not.toMatch(/wxbl:/);
    expect(code).toBe(0);
    expect(sorted(sandbox.state().blacklist)).toEqual(sorted(desiredUsers));
    expect(callCounts(sandbox)).toMatchObject({
      block: Math.ceil(B / 20),
      unblock: Math.ceil(U / 20),
      token: 0,
    });
    // Read before (30 ids) and after (65 ids) at 10 a page: the minimum plus at most one terminal page each.
    const pages = callCounts(sandbox).getblacklist;
    expect(pages).toBeGreaterThanOrEqual(3 + 7);
    expect(pages).toBeLessThanOrEqual(4 + 8);
    expect(stdout).toContain(`Plan: ${B} to block, ${U} to unblock, 20 unchanged.`);
    expect(stdout).toContain(`Applied: ${B} blocked, ${U} unblocked.`);
    expect(stdout).toContain("Verified: the live list shows every change.");
    const written = report();
    expect(validateReport(written)).toEqual([]);
    expect(written).toMatchObject({
      blocked: sorted(toBlock),
      unblocked: sorted(stray),
      failed: [],
      remaining: { block: 0, unblock: 0 },
      calls: { block: 3, unblock: 1, total: 4 },
      verified: true,
      stopped: null,
    });
    const again = await run(["plan", "--detailed-exitcode"]);
    expect(again.code).toBe(0);
  });

  it("--format json prints only the report on stdout, the same as --report; the plan goes to stderr", async () => {
    const { code, stdout, stderr } = await run([
      "apply",
      "--yes",
      "--format",
      "json",
      "--report",
      "report.json",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(readText(dir, "report.json"));
    expect(validateReport(JSON.parse(stdout))).toEqual([]);
    expect(stderr).toContain(`Plan: ${B} to block`);
    expect(stderr).toContain("Applied:");
  });

  it("--no-verify reads the live list once and says so; the report is not verified", async () => {
    const { code, stdout } = await run(["apply", "--yes", "--no-verify", "--report", "r.json"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Not verified (--no-verify).");
    expect(callCounts(sandbox).getblacklist).toBeLessThanOrEqual(4); // 30 ids at 10 a page
    expect(report("r.json")).toMatchObject({ verified: false, verification: null });
  });

  it("with nothing to change: exit 0, no write call, and a verified empty report", async () => {
    file([...kept, ...stray]);
    const { code, stderr } = await run(["apply", "--yes", "--report", "report.json"]);
    expect(code).toBe(0);
    expect(stderr).toContain("No changes.");
    expect(callCounts(sandbox)).toMatchObject({ block: 0, unblock: 0 });
    expect(report()).toMatchObject({ blocked: [], unblocked: [], verified: true });
  });
});

describe("wxbl apply: asking first", () => {
  it("not on a terminal and without --yes: exit 3, nothing called", async () => {
    const { code, stderr } = await run(["apply"]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/needs --yes/);
    expect(callCounts(sandbox)).toMatchObject({ block: 0, unblock: 0 });
  });

  it.each([
    [false, 1, 0],
    [true, 0, Math.ceil(B / 20)],
  ])("on a terminal, answering %s: exit %i, %i block calls", async (answer, exitCode, blocks) => {
    const questions: string[] = [];
    const { code } = await run(["apply"], {
      interactive: true,
      confirm: async (question) => (questions.push(question), answer),
    });
    expect(questions).toEqual([`Block ${B} and unblock ${U} on the live account?`]);
    expect(code).toBe(exitCode);
    expect(callCounts(sandbox).block).toBe(blocks);
  });
});

describe("wxbl apply: refusals (exit 4) call nothing", () => {
  it("a tripped guard: the message is the plan's guard reasons, nothing is called", async () => {
    file(kept, { guard: { max_unblock: 5, max_block: 3 } });
    const plan = await run(["plan", "--format", "json"]);
    const reasons = (JSON.parse(plan.stdout) as { guard: { reasons: string[] } }).guard.reasons;
    expect(reasons).toHaveLength(1);
    const { code, stdout, stderr } = await run(["apply", "--yes", "--report", "report.json"]);
    expect(code).toBe(4);
    expect(stdout).toBe("");
    expect(stderr).toBe(`wxbl: apply refused, nothing was changed: ${reasons[0]}\n`);
    expect(stderr).toMatch(/10 of 30 live entries \(33\.3%\) .* over the guard of 5 .*--force/);
    expect(callCounts(sandbox)).toMatchObject({ block: 0, unblock: 0 });
    expect(existsSync(join(dir, "report.json"))).toBe(false);
  });

  it("--force goes past the guard", async () => {
    file(kept, { guard: { max_unblock: 5 } });
    const { code } = await run(["apply", "--yes", "--force"]);
    expect(code).toBe(0);
    expect(sorted(sandbox.state().blacklist)).toEqual(sorted(kept));
  });

  it("an appid in the file that is not WECHAT_APPID", async () => {
    file(desiredUsers, { appid: "wx0000000000000000" });
    const { code, stderr } = await run(["apply", "--yes"]);
    expect(code).toBe(4);
    expect(stderr).toMatch(/file is for account wx0000000000000000 but the credentials are for/);
    expect(callCounts(sandbox)).toMatchObject({ block: 0, unblock: 0 });
  });
});

describe("wxbl apply PLANFILE", () => {
  it("applies a saved plan when neither the file nor the live list changed", async () => {
    expect((await run(["plan", "--out", "plan.json"])).code).toBe(0);
    const { code } = await run(["apply", "plan.json", "--yes"]);
    expect(code).toBe(0);
    expect(sorted(sandbox.state().blacklist)).toEqual(sorted(desiredUsers));
  });

  it("a saved plan edited to say its guard passed is still refused: the guard is recomputed", async () => {
    file(kept, { guard: { max_unblock: 5 } });
    expect((await run(["plan", "--out", "plan.json"])).code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")) as {
      guard: { tripped: boolean; reasons: string[] };
    };
    expect(saved.guard.tripped).toBe(true);
    writeText(
      dir,
      "plan.json",
      JSON.stringify({ ...saved, guard: { tripped: false, reasons: [] } }),
    );
    const { code, stderr } = await run(["apply", "plan.json", "--yes"]);
    expect(code).toBe(4);
    expect(stderr).toMatch(/apply refused, nothing was changed: 10 of 30 live entries/);
    expect(callCounts(sandbox)).toMatchObject({ block: 0, unblock: 0 });
  });

  it.each([
    ["the file changed", () => file([...desiredUsers, stray[0]!]), "the file changed"],
    [
      "the live list changed (a block by hand)",
      () => blockByHand(sandbox, [toBlock[0]!]),
      "the live blacklist changed",
    ],
  ])("refuses it when %s: exit 4, nothing written", async (_name, change, what) => {
    expect((await run(["plan", "--out", "plan.json"])).code).toBe(0);
    await change();
    const before = callCounts(sandbox);
    const { code, stdout, stderr } = await run(["apply", "plan.json", "--yes"]);
    expect(code).toBe(4);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `wxbl: the saved plan plan.json is stale, nothing was changed: ${what}. Run wxbl plan --out plan.json again, review it, then apply it\n`,
    );
    expect(callCounts(sandbox)).toMatchObject({ block: before.block, unblock: before.unblock });
  });

  it.each([
    ["missing", null, /cannot read the saved plan plan\.json: ENOENT/],
    ["not JSON", "plan: yes\n", /plan\.json is not a saved plan: it is not JSON/],
    ["JSON but not a plan", '{"format":"wxbl-plan/2"}', /plan\.json is not a wxbl-plan\/1 plan/],
  ])("a plan file that is %s is exit 3 before any call", async (_name, text, message) => {
    if (text !== null) writeText(dir, "plan.json", text);
    const { code, stderr } = await run(["apply", "plan.json", "--yes"]);
    expect(code).toBe(3);
    expect(stderr).toMatch(message);
    expect(sandbox.state().calls).toEqual([]);
  });
});

describe("wxbl apply against a WeChat that misbehaves", () => {
  it("non-followers in the file: each reported with its file line, the good ids of the batch applied, exit 1", async () => {
    const strangers = openids("Unknown", 3);
    const lineOf = file([
      ...kept,
      ...toBlock.slice(0, 10),
      strangers[0]!,
      ...toBlock.slice(10),
      { openid: strangers[1]!, reason: "not a follower" },
      strangers[2]!,
    ]);
    const { code, stdout, stderr } = await run(["apply", "--yes", "--report", "report.json"]);
    expect(code).toBe(1);
    const written = report();
    expect(validateReport(written)).toEqual([]);
    expect(written.blocked).toEqual(sorted(toBlock));
    expect(written.unblocked).toEqual(sorted(stray));
    expect(written.failed).toEqual(
      strangers.map((openid) =>
        expect.objectContaining({
          openid,
          action: "block",
          errcode: 40003,
          line: lineOf.get(openid),
        }),
      ),
    );
    expect(written.remaining).toEqual({ block: 0, unblock: 0 });
    expect(written.verified).toBe(true);
    for (const id of strangers)
      expect(stdout).toContain(`! block ${id} (blacklist.yaml:${lineOf.get(id)})`);
    expect(stderr).toMatch(/apply did not finish cleanly: 3 failed/);
    expect(sorted(sandbox.state().blacklist)).toEqual(sorted(desiredUsers));
  });

  it("a daily quota that runs out: exit 1, the report says exactly what remains; a second run finishes", async () => {
    await account({ faults: { dailyWriteQuota: 2 }, now: fastClock(), tokenTtlSeconds: 10 ** 9 });
    const first = await run(["apply", "--yes", "--concurrency", "1", "--report", "report.json"]);
    expect(first.code).toBe(1);
    const written = report();
    expect(validateReport(written)).toEqual([]);
    expect(written.stopped?.reason).toBe("quota");
    expect(written.blocked).toHaveLength(40);
    expect(written.remaining).toEqual({ block: B - 40, unblock: U });
    expect(written.verified).toBe(false);
    expect(first.stdout).toContain(`Not done: ${B - 40} to block, ${U} to unblock.`);
    expect(first.stdout).toMatch(/Stopped: .*45009/);
    // The next plan shows exactly what the report says remains.
    const plan = JSON.parse((await run(["plan", "--format", "json"])).stdout) as {
      summary: { block: number; unblock: number };
    };
    expect(plan.summary).toMatchObject(written.remaining);
    // The quota is raised (a new day): the second run does the rest.
    sandbox.setFaults({});
    const second = await run(["apply", "--yes", "--report", "second.json"]);
    expect(second.code).toBe(0);
    expect(report("second.json")).toMatchObject({
      remaining: { block: 0, unblock: 0 },
      verified: true,
      calls: { block: 1, unblock: 1 },
    });
    expect(sorted(sandbox.state().blacklist)).toEqual(sorted(desiredUsers));
  });

  it("per-minute limits (45011): every worker pauses --rate-limit-wait, then it converges", async () => {
    // The sandbox and the CLI's WeChat client share one fake clock: it stands still while the
    // writes go out (2 of the 4 fit the minute, whatever the machine's speed or the real
    // clock's minute) and moves only when the client pauses, so the minute passes then and
    // only then. No real time is waited.
    const clock = fakeClock(Date.parse("2026-06-01T10:00:00+08:00"));
    await account({ faults: { perMinuteLimit: 2 }, now: clock.now });
    const { code, stderr } = await run(["apply", "--yes", "--rate-limit-wait", "90", "--verbose"], {
      wechatClock: clock,
    });
    expect(code).toBe(0);
    const limited = sandbox.state().errcodes["45011"] ?? 0;
    expect(limited).toBeGreaterThan(0);
    // Every 45011 answer paused every call for the wait given, and only that long.
    expect(stderr.match(/every call pauses for 90 s/g)).toHaveLength(limited);
    expect(clock.sleeps).toContain(90_000);
    expect(Math.max(...clock.sleeps)).toBe(90_000);
    // --verbose counts every HTTP request, retries included (the report counts write calls only).
    expect(stderr).toMatch(
      /HTTP requests: batchblacklist \d+, batchunblacklist \d+, getblacklist \d+, stable_token 1\n/,
    );
    expect(sorted(sandbox.state().blacklist)).toEqual(sorted(desiredUsers));
  });

  it("token expiry mid-run: the token is fetched again (never GET /cgi-bin/token, never force_refresh)", async () => {
    await account({ faults: { tokenExpiryEvery: 3 } });
    const { code } = await run(["apply", "--yes", "--concurrency", "1"]);
    expect(code).toBe(0);
    const state = sandbox.state();
    expect(state.errcodes["42001"]).toBeGreaterThan(0);
    expect(state.forceRefreshes).toBe(0);
    expect(callCounts(sandbox).token).toBe(0);
    expect(sorted(state.blacklist)).toEqual(sorted(desiredUsers));
  });

  it("Ctrl-C as the first write goes out: no new batch, the report is written, exit 1", async () => {
    const controller = new AbortController();
    const proxy = await tapProxy(sandbox.url, (path) => {
      if (path === PATH.block) controller.abort();
    });
    try {
      const { code, stdout } = await run(
        ["apply", "--yes", "--concurrency", "1", "--report", "report.json"],
        { signal: controller.signal, env: { WECHAT_API_BASE: proxy.url } },
      );
      expect(code).toBe(1);
      const written = report();
      expect(validateReport(written)).toEqual([]);
      expect(written.stopped?.reason).toBe("interrupted");
      expect(written.calls).toEqual({ block: 1, unblock: 0, total: 1 });
      expect(written.blocked).toHaveLength(20);
      expect(written.remaining).toEqual({ block: B - 20, unblock: U });
      expect(callCounts(sandbox)).toMatchObject({ block: 1, unblock: 0 });
      expect(stdout).toContain(`Not done: ${B - 20} to block, ${U} to unblock.`);
    } finally {
      await proxy.close();
    }
  });

  it("a saved plan whose entry expired since is stale (its changes differ), exit 4", async () => {
    file([...kept, ...stray.slice(0, 9), { openid: stray[9]!, expires: "2026-06-02" }, ...toBlock]);
    expect((await run(["plan", "--out", "plan.json"])).code).toBe(0);
    const { code, stderr } = await run(["apply", "plan.json", "--yes"], {
      now: new Date("2026-06-03T00:00:00Z"),
    });
    expect(code).toBe(4);
    expect(stderr).toMatch(/stale.*an entry expired since/);
    expect(callCounts(sandbox)).toMatchObject({ block: 0, unblock: 0 });
  });
});

describe("node bin/wxbl.js as a child process (dist built by npm test)", () => {
  it("plan --format json | JSON.parse, then apply --yes: exit codes and streams as in-process", async () => {
    // Asynchronous: the sandbox answers from this process's event loop.
    const { execFile } = await import("node:child_process");
    const bin = new URL("../../bin/wxbl.js", import.meta.url).pathname;
    const env = { PATH: process.env.PATH, ...envFor(sandbox) };
    const wxblChild = (args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          [bin, ...args],
          { cwd: dir, env },
          (_e, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
        );
      });
    const plan = await wxblChild(["plan", "--format", "json", "--detailed-exitcode"]);
    expect(plan.status).toBe(2);
    expect(JSON.parse(plan.stdout)).toMatchObject({ summary: { block: B, unblock: U } });
    const apply = await wxblChild(["apply", "--yes", "--format", "json"]);
    expect(apply.stderr).toContain("Verified");
    expect(apply.status).toBe(0);
    expect(JSON.parse(apply.stdout)).toMatchObject({ verified: true });
    expect((await wxblChild(["plan", "--detailed-exitcode"])).status).toBe(0);
  });
});
