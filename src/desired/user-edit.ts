/**
 * Edits to the users of a desired-state file (SPEC section 10), as data. `editUsersText` makes
 * them in the file's text; `applyUserEdits` makes them in the parsed data, which is what the
 * text must read back as (the check after every edit, and the property tests).
 *
 * `index` is the entry's position in the file's users, as loaded. At most one edit per index.
 */
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
  if (sorted) adds.sort((a, b) => (a.openid < b.openid ? -1 : a.openid > b.openid ? 1 : 0));
  return adds;
}

/**
 * The users after `edits`, computed on the data: removes and updates in place, adds before the
 * first greater openid when the file is in fmt order, else at the end in the order given.
 */
export function applyUserEdits(
  users: readonly UserFields[],
  edits: readonly UserEdit[],
): UserFields[] {
  const sorted = inFmtOrder(users);
  const byIndex = new Map<number, UserEdit>();
  for (const edit of edits) if (edit.kind !== "add") byIndex.set(edit.index, edit);
  const before = new Map<number, UserFields[]>();
  const atEnd: UserFields[] = [];
  for (const add of addsInFileOrder(edits, sorted)) {
    const entry = fieldsOf(add);
    const index = sorted ? insertionIndex(users, add.openid) : users.length;
    if (index === users.length) atEnd.push(entry);
    else before.set(index, [...(before.get(index) ?? []), entry]);
  }
  const result: UserFields[] = [];
  users.forEach((user, index) => {
    for (const entry of before.get(index) ?? []) result.push(entry);
    const edit = byIndex.get(index);
    if (edit?.kind === "remove") return;
    const next = fieldsOf(user);
    if (edit?.kind === "update") {
      if (edit.reason === null) delete next.reason;
      else if (edit.reason !== undefined) next.reason = edit.reason;
      if (edit.expires === null) delete next.expires;
      else if (edit.expires !== undefined) next.expires = edit.expires;
    }
    result.push(next);
  });
  for (const entry of atEnd) result.push(entry);
  return result;
}

/** Just the openid, reason and expiry (no position), with absent fields left out. */
export function fieldsOf(user: UserFields): UserFields {
  const fields: UserFields = { openid: user.openid };
  if (user.reason !== undefined) fields.reason = user.reason;
  if (user.expires !== undefined) fields.expires = user.expires;
  return fields;
}
