import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxState } from "../../src/sandbox/index.js";
import {
  NOW,
  PATH,
  desiredFile,
  envFor,
  readText,
  schemaValidator,
  tempDir,
  wxbl,
  writeText,
  type FileUser,
} from "./run-wxbl.js";

/**
 * `wxbl apply --only-expired` (SPEC 10) against the sandbox: temporary bans lift on their day,
 * and nothing else changes. What changed is read from the sandbox's state endpoint. NOW is
 * 2026-06-01T08:30Z, so an entry expiring 2026-06-01 has expired (from 00:00 UTC that day).
 */

const validateReport = schemaValidator("report.schema.json");
// One account's openids share their first six characters (SPEC 7).
const ids = (tag: string, n: number) =>
  Array.from({ length: n }, (_, i) => `o7esq5${tag}${String(i).padStart(22 - tag.length, "0")}`);

const kept = ids("Kept", 20);
const expiredLive = ids("Lapsed", 23);
const expiredGone = ids("Gone", 2);
const soon = ids("Soon", 3);
const stray = ids("Stray", 4);
const toBlock = ids("New", 5);

const users: FileUser[] = [
  ...kept.map((openid) => ({ openid })),
  ...expiredLive.map((openid, i) => ({
    openid,
    reason: "one-week timeout",
    expires: i % 2 ? "2026-06-01" : "2026-05-20",
  })),
  ...expiredGone.map((openid) => ({ openid, expires: "2026-01-01" })),
  ...soon.map((openid) => ({ openid, reason: "cooling off", expires: "2026-06-02" })),
  ...toBlock.map((openid) => ({ openid })),
];
const liveBefore = [...kept, ...expiredLive, ...soon, ...stray];

let dir: string;
let remove: () => void;
let sandbox: Sandbox;

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-expire-"));
  sandbox = await startSandbox({
    seed: 5,
    pageSize: 10,
    state: { followers: [...liveBefore, ...toBlock, ...expiredGone], blacklist: liveBefore },
  });
  writeText(dir, "blacklist.yaml", desiredFile({ users }).text);
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

const run = (args: string[]) => wxbl(args, { cwd: dir, env: envFor(sandbox) });

/** The sandbox's state, as its HTTP endpoint serves it. */
async function state(): Promise<SandboxState> {
  const answer = await fetch(`${sandbox.url}/__sandbox/state`);
  return (await answer.json()) as SandboxState;
}
const sorted = (list: string[]) => [...list].sort();

describe("wxbl apply --only-expired", () => {
  it("unblocks exactly the expired entries still blocked live, and changes nothing else", async () => {
    const result = await run(["apply", "--only-expired", "--yes", "--report", "report.json"]);
    expect(result.stderr).not.toMatch(/wxbl:/);
    expect(result.code).toBe(0);
    const after = await state();
    expect(sorted(after.blacklist)).toEqual(sorted([...kept, ...soon, ...stray]));
    // 23 unblocks in batches of at most 20, no block at all.
    expect(after.counts[PATH.unblock]).toBe(2);
    expect(after.counts[PATH.block]).toBeUndefined();
    expect(result.stderr).toContain(
      "\n--only-expired: lifting 23 expired bans; 5 to block and 4 other to unblock are left for a full apply.\n",
    );
    expect(result.stdout).toContain("Plan: 0 to block, 23 to unblock, 27 unchanged.");
    expect(result.stdout).toContain("Applied: 0 blocked, 23 unblocked.");
    expect(result.stdout).toContain("Verified: the live list shows every change.");
    const report = JSON.parse(readText(dir, "report.json"));
    expect(validateReport(report)).toEqual([]);
    expect(report).toMatchObject({
      blocked: [],
      unblocked: sorted(expiredLive),
      failed: [],
      verified: true,
    });
  });

  it("--format json prints the report alone on stdout", async () => {
    const result = await run(["apply", "--only-expired", "--yes", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ unblocked: sorted(expiredLive) });
  });

  it("a second run finds nothing to do and calls no write", async () => {
    expect((await run(["apply", "--only-expired", "--yes"])).code).toBe(0);
    const again = await run(["apply", "--only-expired", "--yes", "--lang", "zh-CN"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      "\n--only-expired：公众号黑名单上没有已到期却仍被拉黑的用户，无需操作。\n",
    );
    expect((await state()).counts[PATH.unblock]).toBe(2);
  });

  it("the guards still apply: over max_unblock it is refused (exit 4), nothing called", async () => {
    writeText(dir, "blacklist.yaml", desiredFile({ users, guard: { max_unblock: 10 } }).text);
    const result = await run(["apply", "--only-expired", "--yes"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(
      "apply refused, nothing was changed: 23 of 50 live entries (46%) would be unblocked, over the guard of 10 (max_unblock)",
    );
    const after = await state();
    expect(sorted(after.blacklist)).toEqual(sorted(liveBefore));
    expect(after.counts[PATH.unblock]).toBeUndefined();
  });

  it("refuses a saved plan (exit 3): it plans afresh", async () => {
    expect((await run(["plan", "--out", "plan.json"])).code).toBe(0);
    const result = await run(["apply", "plan.json", "--only-expired", "--yes"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("--only-expired plans afresh and cannot apply a saved plan");
    const after = await state();
    expect(sorted(after.blacklist)).toEqual(sorted(liveBefore));
    expect(after.counts[PATH.unblock]).toBeUndefined();
  });

  it("then a full apply does the rest", async () => {
    expect((await run(["apply", "--only-expired", "--yes"])).code).toBe(0);
    const result = await run(["apply", "--yes"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Applied: 5 blocked, 4 unblocked.");
    expect(sorted((await state()).blacklist)).toEqual(sorted([...kept, ...soon, ...toBlock]));
    expect(NOW.toISOString()).toBe("2026-06-01T08:30:00.000Z");
  });
});
