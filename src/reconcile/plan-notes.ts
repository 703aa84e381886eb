import type { DesiredState } from "../desired/desired-state.js";
import { usersWithExpiry } from "../desired/packed-users.js";
import type { Message } from "../i18n/message.js";
import { utcToday } from "../desired/utc-date.js";
import { expiringSoon, type ExpiringEntry } from "./expiry.js";
import { guardMessages } from "./guard.js";
import type { Plan } from "./plan.js";

/**
 * What the text and markdown renderers say beyond the JSON plan: the guard's reasons as
 * messages for the reader's language, and the temporary bans (SPEC 10). Kept apart from the
 * Plan, which is exactly its JSON and holds no time; a plan read back from a file has none.
 */
export interface PlanNotes {
  /** The plan's guard reasons, one message each, in the same order. */
  guard: Message[];
  /** The day the plan was made (UTC): "expires 2027-03-01 (in 273 days)" counts from it. */
  today: string;
  /** Desired entries that expire within the next 7 days, by date then openid. */
  expiring: ExpiringEntry[];
}

/** Pure: the notes for `plan`, made from the same desired state and clock. */
export function planNotes(desired: DesiredState, plan: Plan, now: Date): PlanNotes {
  const today = utcToday(now);
  return {
    guard: guardMessages(desired, plan.summary),
    today,
    expiring: expiringSoon(usersWithExpiry(desired), today),
  };
}
