import { afterEach, describe, expect, it } from "vitest";
import type { DesiredEntry, DesiredState } from "../../../src/desired/desired-state.js";
import { DEFAULT_GUARD } from "../../../src/desired/desired-state.js";
import { applyChanges, type ApplyResult } from "../../../src/reconcile/apply-changes.js";
import { makePlan, type Plan } from "../../../src/reconcile/plan.js";
import { verifyLive } from "../../../src/reconcile/verify.js";
import { startSandbox, type Sandbox, type SandboxFaults } from "../../../src/sandbox/index.js";
import { readLive } from "../../../src/wechat/read-live.js";
import { createWechatClient, type WechatClient } from "../../../src/wechat/wechat-client.js";
import { fakeClock } from "../../support/fake-clock.js";

/**
 * The "Done when" of issue 4 through the library path (read live, plan, apply, verify) against
 * the sandbox. The sandbox and the client share one fake clock: it stands still while calls go
 * out and moves only when the client sleeps (backoff, the 45011 pause), so every fault kind
 * runs fast and the per-minute limit meets the same minutes whatever the machine's speed or
 * the real clock's minute.
 */

const NOW = new Date("2026-06-01T08:30:00.000Z");
const PAGE_SIZE = 1000;
const WRITE_PATHS = new Set([
  "/cgi-bin/tags/members/batchblacklist",
  "/cgi-bin/tags/members/batchunblacklist",
]);
const GETBLACKLIST = "/cgi-bin/tags/members/getblacklist";

const ids = (tag: string, n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `o${tag}${String(from + i).padStart(27 - tag.length, "0")}`);

// The account: 4,000 followers, 2,345 blocked (pages of 1,000, 1,000, 345, then the empty end).
const followers = ids("F", 4000);
const live0 = followers.slice(0, 2345);
const keep = live0.slice(0, 2045); // 300 to unblock: live0[2045..2344]
const newBlocks = followers.slice(2345, 2745); // 400 to block
const strangers = ids("Stranger", 3); // in the file, not followers: 40003
const B = newBlocks.length;
const U = live0.length - keep.length;

/** The desired state as the loader would give it: one entry per line, strangers among the blocks. */
function desiredState(): DesiredState {
  const openidsInFileOrder = [
    ...keep,
    ...newBlocks.slice(0, 100),
    strangers[0]!,
    ...newBlocks.slice(100, 250),
    strangers[1]!,
    ...newBlocks.slice(250),
    strangers[2]!,
  ];
  const users: DesiredEntry[] = openidsInFileOrder.map((openid, i) => ({
    openid,
    line: 10 + i,
    column: 5,
  }));
  return {
    path: "blacklist.yaml",
    sha256: "0".repeat(64),
    version: 1,
    prune: true,
    guard: DEFAULT_GUARD,
    users,
  };
}
const lineOf = new Map(desiredState().users.map((u) => [u.openid, u.line]));

/** WeChat's real pause: the fake clock makes it cost no real time. */
const RATE_LIMIT_WAIT_MS = 60_000;

let sandbox: Sandbox | undefined;
/** The test's clock, shared by its sandbox and its clients; from a fixed Beijing morning. */
let clock = fakeClock(Date.parse("2026-06-01T10:00:00+08:00"));
const clients: WechatClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  await sandbox?.close();
  sandbox = undefined;
});

async function account(faults: SandboxFaults = {}, seed = 3): Promise<Sandbox> {
  clock = fakeClock(Date.parse("2026-06-01T10:00:00+08:00"));
  sandbox = await startSandbox({
    seed,
    pageSize: PAGE_SIZE,
    state: { followers, blacklist: live0 },
    faults,
    now: clock.now,
    tokenTtlSeconds: 10 ** 9,
  });
  return sandbox;
}

/** A client as the CLI makes one, on the sandbox's clock; counts the waits it asks for. */
function client(box: Sandbox) {
  const slept = { longest: 0 };
  const made = createWechatClient({
    baseUrl: box.url,
    credentials: { kind: "appsecret", appid: box.appid, secret: box.secret },
    retry: { baseDelayMs: 2, maxDelayMs: 10 },
    rateLimitWaitMs: RATE_LIMIT_WAIT_MS,
    now: clock.now,
    sleep: (ms) => {
      slept.longest = Math.max(slept.longest, ms);
      return clock.sleep(ms);
    },
  });
  clients.push(made);
  return { api: made, slept };
}

/** One `wxbl apply --yes`: read live, plan, apply, read again and verify. */
async function applyOnce(box: Sandbox) {
  const { api, slept } = client(box);
  const before = await readLive(api);
  const plan = makePlan({
    desired: desiredState(),
    live: before.openids,
    now: NOW,
    appid: box.appid,
  });
  const result = await applyChanges(api, plan.changes, { concurrency: 4 });
  const after = await readLive(api);
  return {
    plan,
    result,
    before,
    after,
    verification: verifyLive(before.openids, result, after.openids),
    slept,
  };
}

async function planNow(box: Sandbox): Promise<Plan> {
  const { api } = client(box);
  const live = await readLive(api);
  return makePlan({ desired: desiredState(), live: live.openids, now: NOW, appid: box.appid });
}

/**
 * Ids per write call that reached WeChat's body check (faults, token errors, 45011 and 45009
 * are answered before the body is read, so the sandbox logs no size for them).
 */
function batchSizes(box: Sandbox): number[] {
  return box
    .state()
    .calls.filter(
      (call) =>
        WRITE_PATHS.has(call.path) &&
        call.fault === undefined &&
        (call.errcode === 0 || call.errcode === 40003),
    )
    .map((call) => call.ids ?? -1);
}
const outsideOneToTwenty = (sizes: number[]) =>
  sizes.length === 0 ? ["no write call"] : sizes.filter((n) => n < 1 || n > 20);

function failedBlocks(result: ApplyResult) {
  return result.failed.filter((f) => f.action === "block");
}

describe("apply against a sandbox that behaves like WeChat", () => {
  it("fault-free: exactly ceil(B/20) + ceil(U/20) write calls and the minimum page reads", async () => {
    const box = await account();
    // Without strangers first: the pure minimum.
    const { api } = client(box);
    const live = await readLive(api);
    expect(live.openids).toHaveLength(2345);
    expect(box.state().counts[GETBLACKLIST]).toBeLessThanOrEqual(Math.ceil(2345 / PAGE_SIZE) + 1);
    const desired = desiredState();
    desired.users = desired.users.filter((u) => !strangers.includes(u.openid));
    const plan = makePlan({ desired, live: live.openids, now: NOW, appid: box.appid });
    expect(plan.summary).toMatchObject({ block: B, unblock: U });
    const result = await applyChanges(api, plan.changes, { concurrency: 4 });
    const counts = box.state().counts;
    expect(counts["/cgi-bin/tags/members/batchblacklist"]).toBe(Math.ceil(B / 20));
    expect(counts["/cgi-bin/tags/members/batchunblacklist"]).toBe(Math.ceil(U / 20));
    expect(result.calls).toEqual({ block: Math.ceil(B / 20), unblock: Math.ceil(U / 20) });
    expect(result.failed).toEqual([]);
    expect(outsideOneToTwenty(batchSizes(box))).toEqual([]);
  });

  it("non-followers: each isolated and reported with its file line, every good id applied", async () => {
    const box = await account();
    const { result, verification } = await applyOnce(box);
    expect(result.failed.map((f) => [f.openid, f.errcode, f.line])).toEqual(
      [...strangers].sort().map((id) => [id, 40003, lineOf.get(id)]),
    );
    expect(result.blocked).toHaveLength(B);
    expect(result.unblocked).toHaveLength(U);
    expect(verification).toMatchObject({ ok: true });
    expect((await planNow(box)).changes.map((c) => c.openid)).toEqual([...strangers].sort());
  });

  it.each<[string, SandboxFaults, string]>([
    ["busy answers (-1)", { busyRate: 0.15 }, "busy"],
    ["HTTP 500s", { http500Rate: 0.15 }, "http500"],
    ["dropped connections", { dropRate: 0.1 }, "drop"],
    ["token expiry mid-run", { tokenExpiryEvery: 25 }, "token-expiry"],
  ])("%s: retried with small backoff, converges, verifies", async (_name, faults, kind) => {
    const box = await account(faults);
    const { result, verification } = await applyOnce(box);
    expect(box.state().calls.filter((c) => c.fault === kind).length).toBeGreaterThan(0);
    expect(result.stopped).toBeNull();
    expect(result.failed.map((f) => f.openid).sort()).toEqual([...strangers].sort());
    expect(verification).toMatchObject({ ok: true });
    expect(outsideOneToTwenty(batchSizes(box))).toEqual([]);
    expect(box.state().forceRefreshes).toBe(0);
  });

  it("per-minute limits (45011): the gate pauses every worker, then it converges; waits are the wait given", async () => {
    const box = await account({ perMinuteLimit: 8 });
    const { result, verification, slept } = await applyOnce(box);
    expect(box.state().errcodes["45011"]).toBeGreaterThan(0);
    expect(result.stopped).toBeNull();
    expect(result.blocked).toHaveLength(B);
    expect(verification).toMatchObject({ ok: true });
    // The pause is the wait given, and no pause is longer (the fake clock makes it cost no
    // real time: nothing sits for WeChat's real minute).
    expect(slept.longest).toBe(RATE_LIMIT_WAIT_MS);
  });

  it("Done when: page size 1,000, busy, 500s, drops, token expiry, per-minute limit, strangers, a daily quota that runs out; a second run finishes", async () => {
    const faults: SandboxFaults = {
      busyRate: 0.05,
      http500Rate: 0.03,
      dropRate: 0.02,
      tokenExpiryEvery: 25,
      perMinuteLimit: 8,
    };
    const box = await account({ ...faults, dailyWriteQuota: 15 });
    // Run 1: the quota runs out.
    const first = await applyOnce(box);
    expect(first.result.stopped?.reason).toBe("quota");
    expect(first.verification).toMatchObject({ ok: true });
    // What remains is exactly what the next plan shows (failed ids are the strangers reached so far).
    const between = await planNow(box);
    for (const f of first.result.failed) {
      expect(f).toMatchObject({ action: "block", errcode: 40003, line: lineOf.get(f.openid) });
    }
    expect(between.summary.block).toBe(
      first.result.remaining.block + failedBlocks(first.result).length,
    );
    expect(between.summary.unblock).toBe(first.result.remaining.unblock);
    expect(first.result.remaining.block + first.result.remaining.unblock).toBeGreaterThan(0);
    // Run 2: a new day (the quota raised), the same misbehaviour otherwise.
    box.setFaults(faults);
    const second = await applyOnce(box);
    expect(second.result.stopped).toBeNull();
    expect(second.result.remaining).toEqual({ block: 0, unblock: 0 });
    expect(second.result.failed.map((f) => [f.openid, f.line])).toEqual(
      [...strangers].sort().map((id) => [id, lineOf.get(id)]),
    );
    expect(second.verification.ok).toBe(true);
    const last = await planNow(box);
    expect(last.changes.map((c) => c.openid)).toEqual([...strangers].sort());
    expect(outsideOneToTwenty(batchSizes(box))).toEqual([]);
    expect(box.state().counts["/cgi-bin/token"] ?? 0).toBe(0);
    // The per-minute limit was met (the clock stands still while the writes go out), and
    // ridden out by the pauses.
    expect(box.state().errcodes["45011"]).toBeGreaterThan(0);
  });
});
