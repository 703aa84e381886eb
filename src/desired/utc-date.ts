/**
 * Calendar dates as the desired-state file writes them (`YYYY-MM-DD`), always in UTC: the one
 * copy of today's date, of "expired" (SPEC section 1: an entry is expired from 00:00 UTC on its
 * `expires` date), of date arithmetic and of formatting. The loader, the diff, the plan's notes,
 * `block --expires` and `fmt --drop-expired` all use these, so they never disagree about a day.
 *
 * `YYYY-MM-DD` strings compare in date order, so comparisons are plain string comparisons.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of `date` in UTC. */
export function formatUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in UTC: the day from which an entry with that `expires` is no longer desired. */
export function utcToday(now: Date): string {
  return formatUtcDate(now);
}

/** True from 00:00 UTC on `expires` on (SPEC section 1); `today` as from utcToday. */
export function isExpired(expires: string, today: string): boolean {
  return expires <= today;
}

/** True when the entry is not expired today but is within the next `days` days (SPEC 10's note). */
export function expiresWithin(expires: string, today: string, days: number): boolean {
  return !isExpired(expires, today) && expires <= addDays(today, days);
}

/** Days in `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year, month (1-12) and day of a `YYYY-MM-DD` that is a real calendar date, else undefined. */
export function parseDate(date: string): { year: number; month: number; day: number } | undefined {
  const match = DATE.exec(date);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** `date` plus `days` (may be negative). `date` must be a real `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = realDate(date);
  return formatUtcDate(new Date(Date.UTC(year, month - 1, day) + days * DAY_MS));
}

/**
 * `date` plus `months` calendar months, clamped to the month's end: 2027-01-31 plus one month
 * is 2027-02-28, and 2028-02-29 plus twelve months is 2029-02-28.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = realDate(date);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  const toDay = Math.min(day, daysInMonth(toYear, toMonth));
  return `${pad(toYear, 4)}-${pad(toMonth, 2)}-${pad(toDay, 2)}`;
}

/** `date` plus `years` calendar years (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

function realDate(date: string): { year: number; month: number; day: number } {
  const parsed = parseDate(date);
  if (parsed === undefined) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return parsed;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
