import { describe, expect, it } from "vitest";
import {
  EXPIRY_NOTICE_DAYS,
  daysFrom,
  expiringSoon,
  noticeHorizon,
} from "../../../src/reconcile/expiry.js";
import { makePlan } from "../../../src/reconcile/plan.js";
import { planNotes } from "../../../src/reconcile/plan-notes.js";
import { desiredState } from "../../support/desired-fixture.js";

const entry = (openid: string, expires?: string) => ({ openid, expires, line: 5 });

describe("the 7-day expiry note (SPEC 10: expired from 00:00 UTC on the date)", () => {
  it("is 7 days", () => {
    expect(EXPIRY_NOTICE_DAYS).toBe(7);
  });

  it.each([
    ["2026-06-15", "2026-06-22"],
    ["2026-02-25", "2026-03-04"],
    ["2028-02-25", "2028-03-03"],
    ["2026-12-28", "2027-01-04"],
  ])("from %s it reaches %s", (today, horizon) => {
    expect(noticeHorizon(today)).toBe(horizon);
  });

  it.each([
    ["2026-06-15", "expired from 00:00 UTC today: not expiring, expired", false],
    ["2026-06-16", "tomorrow", true],
    ["2026-06-22", "00:00 UTC seven days on: within the next 7 days of any moment today", true],
    ["2026-06-23", "eight days on", false],
    ["2026-06-01", "long past", false],
  ])("an entry expiring %s (%s) is noted: %s", (expires, _why, noted) => {
    const soon = expiringSoon([entry("oA", expires)], "2026-06-15");
    expect(soon.length === 1).toBe(noted);
  });

  it("lists by date then openid, with line and reason, and skips entries without an expiry", () => {
    const soon = expiringSoon(
      [
        { openid: "oZ", expires: "2026-06-17", line: 9, reason: "cool-off" },
        entry("oB", "2026-06-20"),
        entry("oA", "2026-06-20"),
        entry("oN"),
      ],
      "2026-06-15",
    );
    expect(soon).toEqual([
      { openid: "oZ", expires: "2026-06-17", line: 9, reason: "cool-off" },
      { openid: "oA", expires: "2026-06-20", line: 5 },
      { openid: "oB", expires: "2026-06-20", line: 5 },
    ]);
  });

  it.each([
    ["2026-06-15", "2026-06-16", 1],
    ["2026-06-15", "2027-06-15", 365],
    ["2028-02-28", "2028-03-01", 2],
    ["2026-06-15", "2026-06-10", -5],
  ])("from %s to %s is %i days", (today, date, days) => {
    expect(daysFrom(today, date)).toBe(days);
  });
});

describe("planNotes", () => {
  it("takes the plan's day in UTC and the guard's reasons as messages, in the plan's order", () => {
    // 23:30 on the 14th in UTC is already the 15th in Beijing: the day is UTC's.
    const now = new Date("2026-06-14T23:30:00Z");
    const desired = desiredState(
      [
        { openid: "oA", expires: "2026-06-21" },
        { openid: "oB", expires: "2026-06-22" },
      ],
      { guard: { max_block: { kind: "count", value: 1 } } },
    );
    const plan = makePlan({ desired, live: [], now });
    const notes = planNotes(desired, plan, now);
    expect(notes.today).toBe("2026-06-14");
    expect(notes.expiring.map((e) => e.openid)).toEqual(["oA"]);
    expect(notes.guard.map((m) => m.key)).toEqual(["guard.overCount"]);
    expect(plan.guard.reasons).toHaveLength(1);
  });
});
