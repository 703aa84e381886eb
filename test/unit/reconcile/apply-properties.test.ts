import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, type ApplyResult } from "../../../src/reconcile/apply-changes.js";
import type { Change } from "../../../src/reconcile/change.js";
import { verifyLive } from "../../../src/reconcile/verify.js";
import type { WechatError } from "../../../src/wechat/wechat-error.js";
import { FakeBlacklistApi, wechatError, type FakeFault } from "../../support/fake-blacklist-api.js";

/** Every openid a scenario may use; the entry of POOL[i] sits on line i + 2 of the file. */
const POOL = Array.from({ length: 90 }, (_, i) => `o${String(i).padStart(3, "0")}`);
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The diff, as plain set arithmetic: what apply is handed. */
function changesFor(desired: readonly string[], live: readonly string[]): Change[] {
  const want = new Set(desired);
  const have = new Set(live);
  return [
    ...[...want]
      .filter((id) => !have.has(id))
      .sort()
      .map((openid): Change => ({ action: "block", openid, line: POOL.indexOf(openid) + 2 })),
    ...[...have]
      .filter((id) => !want.has(id))
      .sort()
      .map((openid): Change => ({ action: "unblock", openid, why: "not in file" })),
  ];
}

const faultErrors: fc.Arbitrary<() => WechatError> = fc.constantFrom(
  () => wechatError(undefined), // network after retries
  () => wechatError(45011), // rate-limited after the client's waits
  () => wechatError(40032), // fatal
  () => wechatError(-1, "batchblacklist", "retryable"), // busy after retries
);

const scenario = fc.record({
  desired: fc.subarray(POOL),
  live: fc.subarray(POOL),
  nonFollowers: fc.subarray(POOL, { maxLength: 6 }),
  invalidOpenid: fc.constantFrom("reject-batch" as const, "apply-valid" as const),
  quotaAfter: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  stopAt: fc.option(
    fc.record({ call: fc.integer({ min: 1, max: 12 }), errcode: fc.constantFrom(48001, 42001) }),
    { nil: undefined },
  ),
  fatal: fc.dictionary(
    fc.integer({ min: 1, max: 15 }).map(String),
    fc.record({ error: faultErrors, applied: fc.boolean() }),
    { maxKeys: 3 },
  ),
  concurrency: fc.integer({ min: 1, max: 5 }),
  slowEvery: fc.integer({ min: 1, max: 4 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

async function run(s: Scenario) {
  // Blacklisted ids are followers; a non-follower can only be among the ids to block.
  const live = s.live.filter((id) => !s.nonFollowers.includes(id));
  const api = new FakeBlacklistApi({
    blacklist: live,
    followers: POOL.filter((id) => !s.nonFollowers.includes(id)),
    invalidOpenid: s.invalidOpenid,
    quotaAfter: s.quotaAfter,
    faults: (call): FakeFault | undefined => {
      if (s.stopAt && call.writeSeq === s.stopAt.call) {
        return { error: wechatError(s.stopAt.errcode) };
      }
      const fault = s.fatal[String(call.writeSeq)];
      return fault && { error: fault.error(), applied: fault.applied };
    },
    delay: (call) => (call.writeSeq % s.slowEvery === 0 ? tick() : Promise.resolve()),
  });
  const changes = changesFor(s.desired, live);
  const result = await applyChanges(api, changes, { concurrency: s.concurrency });
  return { api, live, changes, result };
}

const idsOf = (changes: readonly Change[], action: Change["action"]): string[] =>
  changes.filter((change) => change.action === action).map((change) => change.openid);

function accountFor(changes: readonly Change[], result: ApplyResult): void {
  for (const action of ["block", "unblock"] as const) {
    const wanted = idsOf(changes, action);
    const done = action === "block" ? result.blocked : result.unblocked;
    const failed = result.failed.filter((f) => f.action === action).map((f) => f.openid);
    // Every change exactly once: done, failed, or counted in remaining.
    expect(done.length + failed.length + result.remaining[action]).toBe(wanted.length);
    expect(new Set([...done, ...failed]).size).toBe(done.length + failed.length);
    expect([...done, ...failed].every((id) => wanted.includes(id))).toBe(true);
  }
}

const PROPERTY_RUNS = { numRuns: 70 };

describe("applyChanges, for random desired/live sets and fault schedules", () => {
  it("accounts for every change exactly once and never sends 0 or more than 20 ids", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { api, changes, result } = await run(s);
        accountFor(changes, result);
        for (const call of api.writeCalls()) {
          expect(call.ids.length).toBeGreaterThanOrEqual(1);
          expect(call.ids.length).toBeLessThanOrEqual(20);
        }
        expect(api.maxInFlight).toBeLessThanOrEqual(s.concurrency);
        expect(result.calls.block + result.calls.unblock).toBe(api.writeCalls().length);
      }),
      PROPERTY_RUNS,
    );
  });

  it("leaves the live list as reported: verification passes, non-followers are never blocked", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { api, live, result } = await run(s);
        expect(verifyLive(live, result, api.live())).toMatchObject({ ok: true });
        expect(result.blocked.filter((id) => s.nonFollowers.includes(id))).toEqual([]);
        // Ids that did not fail in a call of their own only fail with a scripted fault.
        for (const failure of result.failed) {
          if (failure.errcode === 40003) expect(s.nonFollowers).toContain(failure.openid);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it("converges, or reports exactly which changes failed or remain", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { api, live, changes, result } = await run(s);
        const after = new Set(api.live());
        const settled = new Set([
          ...result.blocked,
          ...result.unblocked,
          ...result.failed.map((f) => f.openid),
        ]);
        const unsettled = changes.filter((change) => !settled.has(change.openid));
        // What is neither done nor failed is exactly what `remaining` counts...
        expect(idsOf(unsettled, "block").length).toBe(result.remaining.block);
        expect(idsOf(unsettled, "unblock").length).toBe(result.remaining.unblock);
        // ...and every id that is not failed or remaining is where the file wants it.
        const open = new Set([
          ...result.failed.map((f) => f.openid),
          ...unsettled.map((c) => c.openid),
        ]);
        for (const id of POOL.filter((id) => !open.has(id))) {
          expect(after.has(id), id).toBe(s.desired.includes(id));
        }
        // Remaining ids never sent are untouched.
        const unsent = unsettled.filter((c) => !(result.unconfirmed ?? []).includes(c.openid));
        for (const { openid } of unsent) expect(after.has(openid)).toBe(live.includes(openid));
        if (open.size === 0) expect([...after].sort()).toEqual([...s.desired].sort());
      }),
      PROPERTY_RUNS,
    );
  });

  it("starts at most the calls already in flight once the quota is reached", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        fc.pre(s.quotaAfter !== undefined && s.stopAt === undefined);
        const { api, result } = await run(s);
        const late = api.writeCalls().filter((call) => call.writeSeq > (s.quotaAfter ?? 0));
        expect(late.length).toBeLessThanOrEqual(s.concurrency);
        if (late.length > 0) expect(result.stopped?.reason).toBe("quota");
      }),
      PROPERTY_RUNS,
    );
  });

  it("makes exactly ceil(B/20) + ceil(U/20) calls on a fault-free account", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(POOL),
        fc.subarray(POOL),
        fc.integer({ min: 1, max: 6 }),
        async (desired, live, concurrency) => {
          const api = new FakeBlacklistApi({ blacklist: live, delay: tick });
          const changes = changesFor(desired, live);
          const result = await applyChanges(api, changes, { concurrency });
          expect(result.calls).toEqual({
            block: Math.ceil(idsOf(changes, "block").length / 20),
            unblock: Math.ceil(idsOf(changes, "unblock").length / 20),
          });
          expect(api.live()).toEqual([...desired].sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it("finishes the job on a second run once the faults are gone (except non-followers)", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { api } = await run(s);
        const again = new FakeBlacklistApi({
          blacklist: api.live(),
          followers: POOL.filter((id) => !s.nonFollowers.includes(id)),
        });
        const second = await applyChanges(again, changesFor(s.desired, again.live()), {
          concurrency: s.concurrency,
        });
        expect(second.stopped).toBeNull();
        expect(second.failed.every((f) => s.nonFollowers.includes(f.openid))).toBe(true);
        expect(again.live()).toEqual(s.desired.filter((id) => !s.nonFollowers.includes(id)).sort());
      }),
      PROPERTY_RUNS,
    );
  });
});
