import { t } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import { say, type Message } from "../i18n/message.js";
import { NOT_IN_FILE } from "../reconcile/change.js";
import { daysFrom } from "../reconcile/expiry.js";
import type { GuardResult } from "../reconcile/plan.js";
import type { PlanNotes } from "../reconcile/plan-notes.js";

/**
 * The words the plan renderers share, in the reader's language: the JSON plan keeps its
 * English `why` and `guard.reasons`; these put them into words for text and markdown.
 */

const EXPIRED_WHY = /^expired (\d{4}-\d{2}-\d{2})$/;

/** An unblock's `why`: "not in file" or "expired YYYY-MM-DD" (the vocabulary of schema/plan.schema.json). */
export function whyText(lang: Lang, why: string): string {
  if (why === NOT_IN_FILE) return t(lang, "plan.why.notInFile");
  const expired = EXPIRED_WHY.exec(why);
  return expired ? t(lang, "plan.why.expired", { date: expired[1] as string }) : why;
}

/**
 * The guard's reasons in `lang`, from the plan's notes; a plan without them (read back from a
 * file) has only its English reasons.
 */
export function guardReasons(lang: Lang, guard: GuardResult, notes?: PlanNotes): string[] {
  const messages = notes?.guard;
  if (messages === undefined || messages.length !== guard.reasons.length) return guard.reasons;
  return messages.map((message) => say(lang, message));
}

/**
 * The guard's reasons as messages for a sentence that quotes them (apply's refusal), put into
 * words in the reader's language; the English ones when the plan has no notes.
 */
export function guardReasonMessages(guard: GuardResult, notes?: PlanNotes): (string | Message)[] {
  const messages = notes?.guard;
  return messages === undefined || messages.length !== guard.reasons.length
    ? guard.reasons
    : messages;
}

/**
 * "expires 2027-03-01 (in 273 days)" (or "2027-03-01 (in 273 days)" for a table cell), counted
 * from the plan's day when it is known.
 */
export function expiresText(
  lang: Lang,
  date: string,
  today: string | undefined,
  form: "phrase" | "cell" = "phrase",
): string {
  const params = today === undefined ? { date } : { date, days: daysFrom(today, date) };
  return t(lang, form === "cell" ? "plan.expiresCell" : "plan.expires", params);
}
