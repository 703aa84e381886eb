import {
  addDays,
  addMonths,
  addYears,
  isExpired,
  parseDate,
  utcToday,
} from "../desired/utc-date.js";
import { msg, type Message } from "../i18n/message.js";

/** What `--expires WHEN` comes to: a date, no expiry at all ("never"), or why it is refused. */
export type Expiry =
  | { ok: true; date: string; today: string }
  | { ok: true; date: null; today: string }
  | { ok: false; problem: Message };

/** The latest date the file format can hold (YYYY: four digits). */
const LAST_DATE = "9999-12-31";

/**
 * Resolves `--expires` (SPEC section 10): a date (`2027-03-01`), a duration from today in UTC
 * (`30d`, `2w`, `3mo`, `1y`; months and years are calendar ones, clamped to the month's end), or
 * `never` (with --update: the ban no longer expires). An entry is expired from 00:00 UTC on its
 * date, so a date that is not after today would never block anyone: refused.
 */
export function resolveExpiry(when: string, now: Date): Expiry {
  const today = utcToday(now);
  const value = when.trim().toLowerCase();
  if (value === "never") return { ok: true, date: null, today };
  let date: string | undefined;
  const duration = /^(\d{1,6})(d|w|mo|y)$/.exec(value);
  if (duration !== null) {
    const n = Number(duration[1]);
    const unit = duration[2];
    date =
      unit === "d"
        ? addDays(today, n)
        : unit === "w"
          ? addDays(today, 7 * n)
          : unit === "mo"
            ? addMonths(today, n)
            : addYears(today, n);
  } else if (parseDate(value) !== undefined) {
    date = value;
  } else {
    return { ok: false, problem: msg("moderation.expiresInvalid", { when }) };
  }
  if (parseDate(date) === undefined || date > LAST_DATE) {
    return { ok: false, problem: msg("moderation.expiresTooFar", { when }) };
  }
  if (isExpired(date, today)) {
    return { ok: false, problem: msg("moderation.expiresNotAfterToday", { when, date, today }) };
  }
  return { ok: true, date, today };
}
