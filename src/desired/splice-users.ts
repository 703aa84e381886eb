import { scalarSource } from "./scalar-source.js";
import {
  addsInFileOrder,
  inFmtOrder,
  insertionIndex,
  type UserEdit,
  type UserFields,
} from "./user-edit.js";
import { eolOf, type EntryLayout, type EntryStyle, type UsersLayout } from "./users-layout.js";

/** One splice: the text in [start, end) becomes `text`. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Makes `edits` in the text of a desired-state file by splicing at the layout's offsets: every
 * byte outside the edited entries stays as it was (comments, quoting, blank lines, key order,
 * line endings). A removed entry takes its own comment lines with it (SPEC section 1); a new
 * entry goes before the first entry with a greater openid when the file is in fmt order, else
 * at the end, written in the file's style. Undefined when an edit needs a change the layout
 * cannot make in place (a multi-line value to replace, say): the caller re-serialises instead.
 *
 * The output is built in one pass over the sorted splices, so 10,000 edits of a 100k-entry
 * file cost one copy of the text, not 10,000.
 */
export function spliceUsers(
  text: string,
  users: readonly { openid: string }[],
  layout: UsersLayout,
  edits: readonly UserEdit[],
): string | undefined {
  const splices: Splice[] = [];
  const inserts = new Map<number, string[]>();
  const insert = (at: number, lines: string) => {
    const list = inserts.get(at);
    if (list === undefined) inserts.set(at, [lines]);
    else list.push(lines);
  };
  const { style } = layout;
  let removed = 0;
  for (const edit of edits) {
    if (edit.kind === "add") continue;
    const entry = layout.entry(edit.index);
    if (entry === undefined) return undefined;
    if (edit.kind === "remove") {
      removed++;
      splices.push({ start: entry.ownStart, end: entry.end, text: "" });
    } else if (!updateEntry(text, entry, edit, splices, insert)) {
      return undefined;
    }
  }

  // New entries.
  const sorted = inFmtOrder(users);
  const adds = addsInFileOrder(edits, sorted);
  if (adds.length > 0 && layout.emptyList !== undefined) {
    splices.push({ ...layout.emptyList.drop, text: "" });
  } else if (adds.length > 0 && layout.count === 0) {
    return undefined;
  }
  const write = entryWriter(style);
  for (const add of adds) {
    const index = sorted ? insertionIndex(users, add.openid) : layout.count;
    const at = index < layout.count ? layout.ownStart(index) : layout.listEnd;
    if (at === undefined) return undefined;
    insert(at, write(add));
  }
  // Every entry removed and none added: `users:` would be null, which is not a list.
  if (removed > 0 && removed === layout.count && adds.length === 0) {
    insert(layout.keyColonEnd, " []");
  }

  for (const [at, pieces] of inserts) {
    let joined = pieces.join("");
    // At the end of a file without a final line break, the new lines start with one instead.
    const eol = /\r?\n$/.exec(joined)?.[0];
    if (at === text.length && at > 0 && !text.endsWith("\n") && eol !== undefined) {
      joined = eol + joined.slice(0, -eol.length);
    }
    splices.push({ start: at, end: at, text: joined });
  }
  return applySplices(text, splices);
}

/** Reason and expiry set, replaced or removed in place; false when that cannot be done here. */
function updateEntry(
  text: string,
  entry: EntryLayout,
  edit: Extract<UserEdit, { kind: "update" }>,
  splices: Splice[],
  insert: (at: number, lines: string) => void,
): boolean {
  // New keys line up with the entry's own first key, and end their lines as the entry does.
  let content = text.indexOf("-", entry.start) + 1;
  while (text.charCodeAt(content) === 32) content++;
  const keyIndent = " ".repeat(content - entry.start);
  const eol = eolOf(text, entry.start);
  const line = (key: string, value: string) => `${keyIndent}${key}: ${value}${eol}`;
  if (entry.bare !== undefined) {
    const lines =
      (typeof edit.reason === "string" ? line("reason", scalarSource(edit.reason)) : "") +
      (typeof edit.expires === "string" ? line("expires", edit.expires) : "");
    if (lines === "") return true;
    const openid = text.slice(entry.bare.start, entry.bare.end);
    splices.push({ ...entry.bare, text: `openid: ${openid}` });
    insert(entry.end, lines);
    return true;
  }
  const fields = entry.fields as NonNullable<EntryLayout["fields"]>;
  for (const key of ["reason", "expires"] as const) {
    const value = edit[key];
    if (value === undefined) continue;
    const field = fields.get(key);
    if (value === null) {
      if (field === undefined) continue;
      if (!field.inline) return false;
      if (!field.onItemLine) {
        splices.push({ start: field.lineStart, end: field.lineEnd, text: "" });
        continue;
      }
      // The key shares the "- " line: the next key of the entry moves up to take its place
      // (its line goes; the "- " line keeps its own comment).
      const next = [...fields.values()]
        .filter((other) => other.lineStart > field.lineStart)
        .sort((a, b) => a.lineStart - b.lineStart)[0];
      if (next === undefined || !next.inline) return false;
      splices.push({
        start: field.keyStart,
        end: field.value.end,
        text: text.slice(next.keyStart, next.value.end),
      });
      splices.push({ start: next.lineStart, end: next.lineEnd, text: "" });
      continue;
    }
    const source = key === "reason" ? scalarSource(value) : value;
    if (field !== undefined) {
      if (!field.inline) return false;
      splices.push({ ...field.value, text: source });
      continue;
    }
    // A new key: a reason goes before an expiry on its own line (the order fmt and the
    // examples use), anything else after the entry's last line.
    const expires = fields.get("expires");
    const at =
      key === "reason" && expires !== undefined && !expires.onItemLine
        ? expires.lineStart
        : entry.end;
    insert(at, line(key, source));
  }
  return true;
}

/** A new entry in the file's style: bare when the file has bare entries and there is no metadata. */
export function entryText(user: UserFields, style: EntryStyle): string {
  return entryWriter(style)(user);
}

/**
 * Writes new entries in the file's style; a bulk block gives thousands the same reason, so the
 * last reason's quoting is remembered.
 */
function entryWriter(style: EntryStyle): (user: UserFields) => string {
  const lead = `${style.indent}-${style.gap}`;
  const keyIndent = " ".repeat(style.indent.length + 1 + style.gap.length);
  let lastReason: string | undefined;
  let lastSource = "";
  return (user) => {
    const openid = OPENID_SHAPE.test(user.openid) ? user.openid : scalarSource(user.openid);
    if (user.reason === undefined && user.expires === undefined && style.bare) {
      return `${lead}${openid}${style.eol}`;
    }
    let text = `${lead}openid: ${openid}${style.eol}`;
    if (user.reason !== undefined) {
      if (user.reason !== lastReason) {
        lastReason = user.reason;
        lastSource = scalarSource(user.reason);
      }
      text += `${keyIndent}reason: ${lastSource}${style.eol}`;
    }
    if (user.expires !== undefined) text += `${keyIndent}expires: ${user.expires}${style.eol}`;
    return text;
  };
}

/** A real openid's shape: always a plain scalar that YAML reads as that string. */
const OPENID_SHAPE = /^o[A-Za-z0-9_-]{27}$/;

/** The text with every splice made, in one pass; splices must not overlap. */
function applySplices(text: string, splices: Splice[]): string | undefined {
  // By start; at one offset an insertion goes before a removal that starts there.
  splices.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const parts: string[] = [];
  let at = 0;
  for (const splice of splices) {
    if (splice.start < at) return undefined; // overlapping: leave it to the re-serialiser
    parts.push(text.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
