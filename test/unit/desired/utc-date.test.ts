import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  daysInMonth,
  expiresWithin,
  isExpired,
  parseDate,
  utcToday,
} from "../../../src/desired/utc-date.js";

describe("utcToday: today's date in UTC, whatever the offset the clock is given in", () => {
  it.each([
    ["2026-06-15T00:00:00Z", "2026-06-15"],
    ["2026-06-14T23:59:59.999Z", "2026-06-14"],
    ["2026-06-15T07:00:00+08:00", "2026-06-14"],
    ["2026-06-15T08:00:00+08:00", "2026-06-15"],
  ])("%s is %s", (iso, date) => {
    expect(utcToday(new Date(iso))).toBe(date);
  });
});

describe("isExpired: expired from 00:00 UTC on the date (SPEC 1)", () => {
  it.each([
    { expires: "2026-06-14", today: "2026-06-15", expired: true },
    { expires: "2026-06-15", today: "2026-06-15", expired: true },
    { expires: "2026-06-16", today: "2026-06-15", expired: false },
    { expires: "2027-01-01", today: "2026-12-31", expired: false },
  ])("$expires on $today: $expired", ({ expires, today, expired }) => {
    expect(isExpired(expires, today)).toBe(expired);
  });

  it("one millisecond before midnight UTC the entry is still desired; at midnight it is not", () => {
    expect(isExpired("2026-06-15", utcToday(new Date("2026-06-14T23:59:59.999Z")))).toBe(false);
    expect(isExpired("2026-06-15", utcToday(new Date("2026-06-15T00:00:00.000Z")))).toBe(true);
  });
});

describe("expiresWithin: the 7-day note counts tomorrow to today + 7, not what has expired", () => {
  it.each([
    { expires: "2026-06-15", within: false },
    { expires: "2026-06-16", within: true },
    { expires: "2026-06-22", within: true },
    { expires: "2026-06-23", within: false },
  ])("$expires from 2026-06-15: $within", ({ expires, within }) => {
    expect(expiresWithin(expires, "2026-06-15", 7)).toBe(within);
  });
});

describe("date arithmetic", () => {
  it.each([
    ["2026-06-15", 30, "2026-07-15"],
    ["2026-12-25", 14, "2027-01-08"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-02-28", 1, "2027-03-01"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("addDays(%s, %i) is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-08-31", 1, "2026-09-30"],
    ["2026-11-15", 3, "2027-02-15"],
    ["2026-06-15", 12, "2027-06-15"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("addMonths(%s, %i) is %s: calendar months, clamped to the month's end", (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  it.each([
    ["2028-02-29", 1, "2029-02-28"],
    ["2028-02-29", 4, "2032-02-29"],
    ["2026-06-15", 1, "2027-06-15"],
  ])("addYears(%s, %i) is %s", (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it("refuses a date that is not a real calendar date", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addMonths("2026-13-01", 1)).toThrow(RangeError);
  });

  it("knows leap years", () => {
    expect([2024, 2025, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29]);
  });

  it.each([
    ["2026-02-28", true],
    ["2026-02-29", false],
    ["2026-04-31", false],
    ["2026-00-10", false],
    ["2026-6-1", false],
  ])("parseDate(%s) is a real date: %s", (date, real) => {
    expect(parseDate(date) !== undefined).toBe(real);
  });

  it("agrees with Date for every day count over many years (property)", () => {
    const start = Date.UTC(1990, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -400, max: 400 }),
        (a, n) => {
          const from = new Date(start + a * 86_400_000).toISOString().slice(0, 10);
          const to = new Date(start + (a + n) * 86_400_000).toISOString().slice(0, 10);
          expect(addDays(from, n)).toBe(to);
        },
      ),
    );
  });

  it("a month later is never before, and at most one month's days after (property)", () => {
    const start = Date.UTC(1990, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 60 }), (a, n) => {
        const from = new Date(start + a * 86_400_000).toISOString().slice(0, 10);
        const to = addMonths(from, n);
        expect(parseDate(to)).toBeDefined();
        expect(to > from).toBe(true);
        expect(Number(to.slice(8))).toBeLessThanOrEqual(Number(from.slice(8)));
      }),
    );
  });
});
