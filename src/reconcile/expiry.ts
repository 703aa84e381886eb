import { compareCodeUnits } from "../util/code-unit-order.js";
import { addDays, daysBetween, expiresWithin } from "../desired/utc-date.js";

/**
 * Temporary bans as the plan speaks of them (SPEC 10): an entry is expired from 00:00 UTC on
 * its `expires` date, and `plan` notes the entries that expire within the next 7 days. Dates
 * are `YYYY-MM-DD` strings in UTC, so string order is date order.
 */

/** SPEC 10: `plan` notes entries that expire within the next 7 days. */
export const EXPIRY_NOTICE_DAYS = 7;

/** A desired entry that expires soon: still blocked, lifted from 00:00 UTC on `expires`. */
export interface ExpiringEntry {
  openid: string;
  expires: string;
  line: number;
  reason?: string;
}

/** Whole days from `today` to `date` (both `YYYY-MM-DD`, UTC); negative when `date` is earlier. */
export function daysFrom(today: string, date: string): number {
  return daysBetween(today, date);
}

/**
 * The last `expires` date that falls within the notice window of a plan made on `today`:
 * 00:00 UTC on `today + 7` is at most 7 days after any moment of `today`.
 */
export function noticeHorizon(today: string): string {
  return addDays(today, EXPIRY_NOTICE_DAYS);
}

/**
 * The entries of `users` still desired on `today` that expire within the notice window, by
 * date then openid: one pass, and a sort of the few it finds.
 */
export function expiringSoon(
  users: readonly { openid: string; expires?: string; line: number; reason?: string }[],
  today: string,
): ExpiringEntry[] {
  const soon: ExpiringEntry[] = [];
  for (const { openid, expires, line, reason } of users) {
    if (expires === undefined || !expiresWithin(expires, today, EXPIRY_NOTICE_DAYS)) continue;
    soon.push(reason === undefined ? { openid, expires, line } : { openid, expires, line, reason });
  }
  return soon.sort(
    (a, b) => compareCodeUnits(a.expires, b.expires) || compareCodeUnits(a.openid, b.openid),
  );
}
