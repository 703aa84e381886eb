import type { DesiredEntry } from "../desired/desired-state.js";
import { inFmtOrder, insertionIndex, type UserEdit } from "../desired/user-edit.js";
import { msg, type Message } from "../i18n/message.js";
import { clip } from "../render/plain-text.js";
import type { IdSource, RequestedId } from "./requested-ids.js";

/** What one requested openid comes to; `index` is the entry's position in the file as loaded. */
export type Outcome =
  | { kind: "added"; openid: string }
  | { kind: "updated"; openid: string; index: number; fields: ("reason" | "expires")[] }
  | { kind: "unchanged"; openid: string; index: number }
  | { kind: "removed"; openid: string; index: number }
  | { kind: "skipped"; openid: string };

export interface EditPlan {
  edits: UserEdit[];
  /** Any problem means nothing is written (all or nothing, SPEC section 10). */
  problems: Message[];
  warnings: Message[];
  /** One per distinct valid openid, in the order given. */
  outcomes: Outcome[];
}

export interface BlockRequest {
  ids: readonly RequestedId[];
  /** undefined: not given; "" or null: no reason (removes it with --update). */
  reason?: string | null;
  /** undefined: not given; null: `never` (removes the expiry with --update). */
  expires?: string | null;
  /** Change the reason and expiry of entries already in the file instead of refusing them. */
  update: boolean;
}

/** SPEC section 1: the file's entries are real WeChat openids; anything else is refused here. */
const OPENID_SHAPE = /^o[A-Za-z0-9_-]{27}$/;
/** SPEC section 1: a reason may hold tab and line feed; any other control character is an error. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const REASON_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Values quoted in messages are cut to about this many characters (SPEC section 2). */
const SHOWN = 80;

/** `wxbl block`: each id added, or with `update` its given fields changed; never both ways. */
export function planBlock(
  file: string,
  users: readonly DesiredEntry[],
  request: BlockRequest,
): EditPlan {
  const plan: EditPlan = { edits: [], problems: [], warnings: [], outcomes: [] };
  const reason = request.reason === "" ? null : request.reason;
  if (typeof reason === "string" && REASON_CONTROL.test(reason)) {
    plan.problems.push(msg("moderation.reasonControl", { code: controlCode(reason) }));
  }
  const indexOf = indexByOpenid(users);
  for (const { openid, source } of distinct(request.ids, plan)) {
    const index = indexOf.get(openid);
    if (!OPENID_SHAPE.test(openid)) {
      plan.problems.push(invalidId(openid, source));
    } else if (index === undefined) {
      plan.edits.push({
        kind: "add",
        openid,
        ...(typeof reason === "string" ? { reason } : {}),
        ...(typeof request.expires === "string" ? { expires: request.expires } : {}),
      });
      plan.outcomes.push({ kind: "added", openid });
    } else if (!request.update) {
      const line = (users[index] as DesiredEntry).line;
      plan.problems.push(msg("moderation.alreadyInFile", { openid, source, file, line }));
    } else {
      updateEntry(plan, users[index] as DesiredEntry, index, reason, request.expires);
    }
  }
  return plan;
}

/** `wxbl unblock`: each id's entry removed; an id not in the file is refused, or skipped. */
export function planUnblock(
  file: string,
  users: readonly DesiredEntry[],
  request: { ids: readonly RequestedId[]; missingOk: boolean },
): EditPlan {
  const plan: EditPlan = { edits: [], problems: [], warnings: [], outcomes: [] };
  const indexOf = indexByOpenid(users);
  for (const { openid, source } of distinct(request.ids, plan)) {
    const index = indexOf.get(openid);
    if (index !== undefined) {
      // An entry in the file can always be removed, whatever its shape.
      plan.edits.push({ kind: "remove", index });
      plan.outcomes.push({ kind: "removed", openid, index });
    } else if (!OPENID_SHAPE.test(openid)) {
      plan.problems.push(invalidId(openid, source));
    } else if (request.missingOk) {
      plan.outcomes.push({ kind: "skipped", openid });
    } else {
      plan.problems.push(msg("moderation.notInFile", { openid, source, file }));
    }
  }
  return plan;
}

function updateEntry(
  plan: EditPlan,
  entry: DesiredEntry,
  index: number,
  reason: string | null | undefined,
  expires: string | null | undefined,
): void {
  const edit: Extract<UserEdit, { kind: "update" }> = { kind: "update", index };
  const fields: ("reason" | "expires")[] = [];
  if (reason !== undefined && reason !== (entry.reason ?? null)) {
    edit.reason = reason;
    fields.push("reason");
  }
  if (expires !== undefined && expires !== (entry.expires ?? null)) {
    edit.expires = expires;
    fields.push("expires");
  }
  if (fields.length === 0) {
    plan.outcomes.push({ kind: "unchanged", openid: entry.openid, index });
    return;
  }
  plan.edits.push(edit);
  plan.outcomes.push({ kind: "updated", openid: entry.openid, index, fields });
}

/** The ids with repeats merged (the first kept), warning about each repeat. */
function distinct(ids: readonly RequestedId[], plan: EditPlan): RequestedId[] {
  const first = new Map<string, IdSource>();
  const result: RequestedId[] = [];
  for (const id of ids) {
    const seen = first.get(id.openid);
    if (seen === undefined) {
      first.set(id.openid, id.source);
      result.push(id);
    } else {
      plan.warnings.push(
        msg("moderation.repeatedId", { openid: shown(id.openid), first: seen, again: id.source }),
      );
    }
  }
  return result;
}

function invalidId(openid: string, source: IdSource): Message {
  return msg("moderation.invalidId", { openid: shown(openid), source, length: openid.length });
}

/**
 * Finds an openid's entry: by binary search in a file in fmt order (no table of 100k strings to
 * build), else through a Map.
 */
function indexByOpenid(users: readonly DesiredEntry[]): {
  get(openid: string): number | undefined;
} {
  if (inFmtOrder(users)) {
    return {
      get: (openid) => {
        const index = insertionIndex(users, openid) - 1;
        return index >= 0 && users[index]?.openid === openid ? index : undefined;
      },
    };
  }
  const indexOf = new Map<string, number>();
  users.forEach((user, index) => indexOf.set(user.openid, index));
  return indexOf;
}

/** An id as quoted in a message: JSON-escaped, cut to about 80 characters. */
function shown(openid: string): string {
  return clip(JSON.stringify(openid).slice(1, -1), SHOWN);
}

function controlCode(reason: string): string {
  const control = REASON_CONTROL.exec(reason)?.[0] ?? "";
  return (control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}
