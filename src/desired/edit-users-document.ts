import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap } from "yaml";
import {
  addsInFileOrder,
  inFmtOrder,
  insertionIndex,
  type UserEdit,
  type UserFields,
} from "./user-edit.js";

/**
 * The fallback for files whose users list cannot be edited line by line (a flow list with
 * entries, an entry that shares its line, a multi-line value to replace): makes the edits with
 * `yaml`'s Document API, which keeps comments but re-serialises the file, so spacing and
 * indentation elsewhere may change (the caller says so). Undefined when the file has no users
 * list to edit. Same rules as `spliceUsers`: sorted insert in a file in fmt order, a removed
 * entry's comments go with it, a BOM and CRLF line ends are kept.
 */
export function editUsersWithDocument(
  text: string,
  users: readonly { openid: string }[],
  edits: readonly UserEdit[],
  bareStyle: boolean,
): string | undefined {
  const crlf = text.includes("\r\n");
  const doc = parseDocument(crlf ? text.replaceAll("\r\n", "\n") : text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const seq = doc.contents.get("users", true);
  if (!isSeq(seq) || seq.items.length !== users.length) return undefined;

  const items: unknown[] = seq.items.slice();
  const removed = new Set<number>();
  for (const edit of edits) {
    if (edit.kind === "remove") removed.add(edit.index);
    else if (edit.kind === "update") items[edit.index] = updated(items[edit.index], edit);
  }
  const sorted = inFmtOrder(users);
  const before = new Map<number, unknown[]>();
  for (const add of addsInFileOrder(edits, sorted)) {
    const index = sorted ? insertionIndex(users, add.openid) : users.length;
    before.set(index, [...(before.get(index) ?? []), newEntry(add, bareStyle)]);
  }
  const result: unknown[] = [];
  for (let index = 0; index <= items.length; index++) {
    for (const entry of before.get(index) ?? []) result.push(entry);
    if (index < items.length && !removed.has(index)) result.push(items[index]);
  }
  // A comment between `users:` and its first entry is that entry's (as in fmt): it goes when
  // the entry goes, and stays with it when a new entry comes first.
  const first = seq.items[0] as Scalar | undefined;
  if (seq.commentBefore && first !== undefined && result[0] !== first) {
    if (!removed.has(0))
      first.commentBefore = [seq.commentBefore, first.commentBefore].filter(Boolean).join("\n");
    seq.commentBefore = undefined;
  }
  seq.items = result as typeof seq.items;
  if (result.length === 0) seq.flow = true;
  const output = doc.toString({ lineWidth: 0 });
  return crlf ? output.replaceAll("\n", "\r\n") : output;
}

function updated(item: unknown, edit: Extract<UserEdit, { kind: "update" }>): unknown {
  let map: YAMLMap;
  if (isScalar(item)) {
    if (typeof edit.reason !== "string" && typeof edit.expires !== "string") return item;
    map = new YAMLMap();
    map.set(new Scalar("openid"), item);
    map.commentBefore = item.commentBefore;
    item.commentBefore = undefined;
  } else if (isMap(item)) {
    map = item;
  } else {
    return item;
  }
  for (const key of ["reason", "expires"] as const) {
    const value = edit[key];
    if (value === null) map.delete(key);
    else if (value !== undefined) map.set(key, new Scalar(value));
  }
  return map;
}

function newEntry(user: UserFields, bareStyle: boolean): unknown {
  if (user.reason === undefined && user.expires === undefined && bareStyle) {
    return new Scalar(user.openid);
  }
  const map = new YAMLMap();
  map.set("openid", new Scalar(user.openid));
  if (user.reason !== undefined) map.set("reason", new Scalar(user.reason));
  if (user.expires !== undefined) map.set("expires", new Scalar(user.expires));
  return map;
}
