import { describe, expect, it } from "vitest";
import { makePlan, makeScopedPlan } from "../../../src/reconcile/plan.js";
import { NOW, desiredState } from "../../support/desired-fixture.js";

// NOW is 2026-06-15: an entry expiring that day has expired.
const file = (options: Parameters<typeof desiredState>[1] = {}) =>
  desiredState(
    [
      "oKeep",
      "oNew",
      { openid: "oGone", reason: "timeout", expires: "2026-06-15" },
      { openid: "oGoneEarlier", expires: "2026-06-01" },
      { openid: "oNotLive", expires: "2026-06-01" },
      { openid: "oSoon", expires: "2026-06-16" },
    ],
    options,
  );
const live = ["oKeep", "oGone", "oGoneEarlier", "oSoon", "oStray"];

describe("a plan scoped to expired entries (apply --only-expired)", () => {
  it("keeps exactly the unblocks of expired live entries, and says what it leaves", () => {
    const { plan, left } = makeScopedPlan({ desired: file(), live, now: NOW, only: "expired" });
    expect(plan.changes).toEqual([
      { action: "unblock", openid: "oGone", why: "expired 2026-06-15", line: 7, reason: "timeout" },
      { action: "unblock", openid: "oGoneEarlier", why: "expired 2026-06-01", line: 8 },
    ]);
    expect(plan.summary).toEqual({
      block: 0,
      unblock: 2,
      unchanged: 3,
      unmanaged: 0,
      live: 5,
      desired: 3,
    });
    expect(left).toEqual({ block: 1, unblock: 1 });
  });

  it("counts unmanaged entries apart with prune: false", () => {
    const { plan, left } = makeScopedPlan({
      desired: file({ prune: false }),
      live,
      now: NOW,
      only: "expired",
    });
    expect(plan.summary).toMatchObject({ unblock: 2, unchanged: 2, unmanaged: 1 });
    expect(left).toEqual({ block: 1, unblock: 0 });
  });

  it("the guards judge the scoped plan: the pending block does not count", () => {
    const desired = file({ guard: { max_block: { kind: "count", value: 0 } } });
    expect(makePlan({ desired, live, now: NOW }).guard.tripped).toBe(true);
    const scoped = makeScopedPlan({ desired, live, now: NOW, only: "expired" }).plan;
    expect(scoped.guard).toEqual({ tripped: false, reasons: [] });
    const strict = file({ guard: { max_unblock: { kind: "count", value: 1 } } });
    expect(
      makeScopedPlan({ desired: strict, live, now: NOW, only: "expired" }).plan.guard.tripped,
    ).toBe(true);
  });

  it("has the same fingerprint as the full plan (same file, same live list)", () => {
    const full = makePlan({ desired: file(), live, now: NOW });
    const scoped = makeScopedPlan({ desired: file(), live, now: NOW, only: "expired" }).plan;
    expect(scoped.fingerprint).toEqual(full.fingerprint);
  });
});
