/**
 * Edits to the users of a desired-state file (SPEC section 10), as data. `editUsersText` makes
 * them in the file's text; `applyUserEdits` makes them in the parsed data, which is what the
 * text must read back as (the check after every edit, and the property tests).
 *
 * `index` is the entry's position in the file's users, as loaded. At most one edit per index.
 */

import { compareCodeUnits } from "../util/code-unit-order.js";
export type UserEdit =
  | { kind: "add"; openid: string; reason?: string; expires?: string }
  /** `undefined` leaves a field as it is; `null` removes it; a string sets it. */
  | { kind: "update"; index: number; reason?: string | null; expires?: string | null }
  | { kind: "remove"; index: number };

/** An entry's content, without its position. */
export interface UserFields {
  openid: string;
  reason?: string;
  expires?: string;
}

/**
 * True when the openids strictly ascend in code-unit order: the file is in fmt order (SPEC 1),
 * so new entries go where `wxbl fmt` would put them.
 */
export function inFmtOrder(users: readonly { openid: string }[]): boolean {
  for (let i = 1; i < users.length; i++) {
    if (!((users[i - 1] as { openid: string }).openid < (users[i] as { openid: string }).openid))
      return false;
  }
  return true;
}

/**
 * Index of the first user whose openid is greater than `openid`, in a file in fmt order (binary
 * search): a new entry goes just before it, or at the end when there is none (users.length).
 */
export function insertionIndex(users: readonly { openid: string }[], openid: string): number {
  let low = 0;
  let high = users.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((users[middle] as { openid: string }).openid <= openid) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The adds of `edits` in the order they go into the file: by openid in a sorted file. */
export function addsInFileOrder(
  edits: readonly UserEdit[],
  sorted: boolean,
): Extract<UserEdit, { kind: "add" }>[] {
  const adds = edits.filter((edit) => edit.kind === "add");
  if (sorted) adds.sort((a, b) => compareCodeUnits(a.openid, b.openid));
  return adds;
}

/**
 * The users after `edits`, computed on the data: removes and updates in place, adds before the
 * first greater openid when the file is in fmt order, else at the end in the order given.
 * Entries no edit touches are returned as they are (not copied: a million are normal).
 */
export function applyUserEdits(
  users: readonly UserFields[],
  edits: readonly UserEdit[],
): UserFields[] {
  const sorted = inFmtOrder(users);
  const editAt = new Map<number, UserEdit>();
  for (const edit of edits) if (edit.kind !== "add") editAt.set(edit.index, edit);
  const adds = addsInFileOrder(edits, sorted);
  const addAt = adds.map((add) => (sorted ? insertionIndex(users, add.openid) : users.length));
  const result: UserFields[] = [];
  let next = 0;
  for (let index = 0; index <= users.length; index++) {
    while (next < adds.length && addAt[next] === index) result.push(fieldsOf(adds[next++]!));
    if (index === users.length) break;
    const user = users[index] as UserFields;
    const edit = editAt.get(index);
    if (edit === undefined) result.push(user);
    else if (edit.kind === "update") result.push(updatedFields(user, edit));
  }
  return result;
}

function updatedFields(user: UserFields, edit: Extract<UserEdit, { kind: "update" }>): UserFields {
  const next = fieldsOf(user);
  if (edit.reason === null) delete next.reason;
  else if (edit.reason !== undefined) next.reason = edit.reason;
  if (edit.expires === null) delete next.expires;
  else if (edit.expires !== undefined) next.expires = edit.expires;
  return next;
}

/** Just the openid, reason and expiry (no position), with absent fields left out. */
export function fieldsOf(user: UserFields): UserFields {
  const fields: UserFields = { openid: user.openid };
  if (user.reason !== undefined) fields.reason = user.reason;
  if (user.expires !== undefined) fields.expires = user.expires;
  return fields;
}
