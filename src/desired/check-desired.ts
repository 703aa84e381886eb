import { msg, type Message } from "../i18n/message.js";
import { validateSchema } from "./blacklist-schema.js";
import { DEFAULT_GUARD } from "./desired-state.js";
import type { DesiredEntry, GuardConfig, GuardLimit } from "./desired-state.js";
import { describe, explainSchema, GUARD_KEYS, isRecord } from "./explain-schema-errors.js";
import { OpenidTable } from "../util/openid-table.js";
import type { NodePath, RawDocument, SourcePos } from "./raw-document.js";
import { daysInMonth, isExpired, utcToday } from "./utc-date.js";

/** A problem before it is tied to a file name; its sentence is said in the reader's language. */
export interface Finding extends SourcePos {
  severity: "error" | "warning";
  text: Message;
  rule?: "duplicate-openid";
}

export interface CheckResult {
  findings: Finding[];
  /** Present when there is no error. */
  checked?: {
    appid?: string;
    prune: boolean;
    guard: GuardConfig;
    users: DesiredEntry[];
  };
  userCount: number;
}

/** SPEC section 1: every real openid seen so far is 28 characters, starts with o, base64url. */
const OPENID_SHAPE = /^o[A-Za-z0-9_-]{27}$/;
const OPENID_HARD = /^[A-Za-z0-9_-]{1,128}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** SPEC section 1: a reason may hold tab and line feed; any other control character is an error. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const REASON_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * The schema (through ajv) and the rules a schema cannot say: duplicates naming both
 * lines, the openid shape, real dates and expiry, a reason's control characters,
 * percentages up to 100. Every problem is collected; none stops the others. What is wrong is
 * decided here; explain-schema-errors.ts says ajv's errors in an operator's words.
 *
 * A million users are normal, so the per-user work is one pass with no allocation beyond
 * the entry: a hand check of the user shapes the schema allows stands in for ajv on the
 * users (ajv still checks the rest of the file, and the whole file when a user fails the
 * hand check, for its messages); duplicates compare neighbours while the users are sorted
 * (as fmt and export write them) and use a hash table (OpenidTable) from the first user out of
 * order on.
 */
export function checkDesired(doc: RawDocument, now: Date): CheckResult {
  const data = doc.data;
  if (data === null || data === undefined) {
    const text = msg("desired.noContent");
    return { findings: [{ ...doc.locate([]), severity: "error", text }], userCount: 0 };
  }
  if (!isRecord(data)) {
    const text = msg("desired.notAMap", { found: describe(data) });
    return { findings: [{ ...doc.locate([]), severity: "error", text }], userCount: 0 };
  }
  const users = Array.isArray(data.users) ? (data.users as unknown[]) : [];

  // Rules beyond the schema, and the hand check of every user against the schema.
  const rules = checkUsers(doc, users, utcToday(now));

  // Schema errors come first among findings at the same position (the sort is stable).
  const findings: Finding[] = [];
  const error = (path: NodePath, text: Message, key = false) =>
    findings.push({ ...doc.locate(path, key), severity: "error", text });
  const schemaErrors = validateSchema(
    rules.usersPass && Array.isArray(data.users) ? { ...data, users: [] } : data,
  );
  explainSchema(doc, schemaErrors, error);
  for (const finding of rules.findings) findings.push(finding);

  const guard = isRecord(data.guard) ? data.guard : {};
  for (const key of GUARD_KEYS) {
    const value = guard[key];
    if (
      typeof value === "string" &&
      /^[0-9]+(\.[0-9]+)?%$/.test(value) &&
      parseFloat(value) > 100
    ) {
      error(["guard", key], msg("desired.guard.over100", { key, value }));
    }
  }

  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  const userCount = users.length;
  if (findings.some((f) => f.severity === "error")) return { findings, userCount };
  return {
    findings,
    userCount,
    checked: {
      ...(typeof data.appid === "string" ? { appid: data.appid } : {}),
      prune: data.prune !== false,
      guard: {
        max_block: toLimit(guard.max_block) ?? DEFAULT_GUARD.max_block,
        max_unblock: toLimit(guard.max_unblock) ?? DEFAULT_GUARD.max_unblock,
      },
      users: placeRecords(doc, rules.entries),
    },
  };
}

interface UserRules {
  findings: Finding[];
  /** The users with a well-formed openid, as entries. */
  entries: DesiredEntry[];
  /** True when every user has a shape the schema allows (so ajv need not see them). */
  usersPass: boolean;
}

/** The per-user rules (dates, expiry, openid shape, duplicates) in one pass. */
function checkUsers(doc: RawDocument, users: unknown[], today: string): UserRules {
  const findings: Finding[] = [];
  // Sized up front: growing a million-slot array by pushes copies it again and again.
  const entries = new Array<DesiredEntry>(users.length);
  let entryCount = 0;
  let usersPass = true;
  const positions = doc.itemPositions?.("users");
  // Duplicates: while the openids come in ascending order, a duplicate is the previous
  // openid, first seen at runStart; from the first one out of order on, `seen` knows all.
  let seen: OpenidTable | undefined;
  let previous = "";
  let runStart = -1;
  for (let index = 0; index < users.length; index++) {
    const item = users[index];
    const record = isRecord(item) ? item : undefined;
    const openid = record ? record.openid : item;
    if (record !== undefined) {
      const expires = record.expires;
      if (typeof expires === "string" && DATE.test(expires)) {
        const problem = dateProblem(expires);
        if (problem !== undefined) {
          findings.push(finding(doc, ["users", index, "expires"], "error", problem));
        } else if (isExpired(expires, today)) {
          const text = msg("desired.expired", { date: expires });
          findings.push(finding(doc, ["users", index, "expires"], "warning", text));
        }
      }
      const reason = record.reason;
      if (typeof reason === "string" && REASON_CONTROL.test(reason)) {
        findings.push(finding(doc, ["users", index, "reason"], "error", reasonProblem(reason)));
      }
      if (usersPass && !recordPasses(record)) usersPass = false;
    }
    // A malformed openid is the schema's to report.
    if (typeof openid !== "string") {
      usersPass = false;
      continue;
    }
    const shaped = OPENID_SHAPE.test(openid);
    if (!shaped && !OPENID_HARD.test(openid)) {
      usersPass = false;
      continue;
    }
    if (!shaped) {
      const text = msg("desired.openid.shape", { openid });
      findings.push(finding(doc, openidPath(record, index), "warning", text));
    }
    let line: number;
    let column: number;
    if (positions !== undefined) {
      line = positions.lines[index] ?? 0;
      column = positions.columns[index] ?? 0;
    } else {
      ({ line, column } = doc.locate(["users", index]));
    }

    let first = -1;
    if (seen === undefined) {
      if (openid > previous || runStart < 0) {
        previous = openid;
        runStart = index;
      } else if (openid === previous) {
        first = runStart;
      } else {
        seen = seenBefore(users, index);
      }
    }
    if (seen !== undefined) first = seen.firstIndex(openid, index);
    if (first >= 0) {
      const firstLine = doc.locate(["users", first]).line;
      findings.push({
        ...doc.locate(openidPath(record, index)),
        severity: "error",
        text: msg("desired.duplicate", { openid, first: firstLine, second: line }),
        rule: "duplicate-openid",
      });
    }

    // A map item becomes the entry itself once the file is known to be valid (placeRecords).
    entries[entryCount++] =
      record === undefined ? { openid, line, column } : (record as unknown as DesiredEntry);
  }
  entries.length = entryCount;
  return { findings, entries, usersPass };
}

/**
 * Gives the map items among the entries their line and column: the item becomes the entry
 * (no copy: a million entries are normal). Only for a file without error, where the entries
 * are the users one for one and the schema guarantees openid, reason and expires only.
 */
function placeRecords(doc: RawDocument, entries: DesiredEntry[]): DesiredEntry[] {
  const positions = doc.itemPositions?.("users");
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as DesiredEntry;
    if (entry.line !== undefined) continue;
    if (positions !== undefined) {
      entry.line = positions.lines[index] ?? 0;
      entry.column = positions.columns[index] ?? 0;
    } else {
      const { line, column } = doc.locate(["users", index]);
      entry.line = line;
      entry.column = column;
    }
  }
  return entries;
}

/**
 * The hand check of one user: true when schema/blacklist.schema.json's `users.items` accepts
 * it. checkUsers makes the same decision inline (the openid's pattern, then recordPasses); a
 * property test over random users holds both to ajv, so a rule added to the schema for a user
 * fails that test until it is added here too.
 */
export function userPasses(item: unknown): boolean {
  const record = isRecord(item) ? item : undefined;
  const openid = record ? record.openid : item;
  if (typeof openid !== "string" || !OPENID_HARD.test(openid)) return false;
  return record === undefined || recordPasses(record);
}

/** True when a map user is one the schema accepts (openid is checked by the caller). */
function recordPasses(record: Record<string, unknown>): boolean {
  for (const key in record) {
    if (key === "openid") continue;
    const value = record[key];
    if (key === "reason") {
      if (typeof value !== "string") return false;
    } else if (key !== "expires" || typeof value !== "string" || !DATE.test(value)) {
      return false;
    }
  }
  return true;
}

/** Where each well-formed openid among users[0, end) was first seen. */
function seenBefore(users: unknown[], end: number): OpenidTable {
  const seen = new OpenidTable((index) => openidOf(users[index]) as string, users.length);
  for (let index = 0; index < end; index++) {
    const openid = openidOf(users[index]);
    if (typeof openid !== "string") continue;
    if (OPENID_SHAPE.test(openid) || OPENID_HARD.test(openid)) seen.firstIndex(openid, index);
  }
  return seen;
}

function openidOf(item: unknown): unknown {
  return isRecord(item) ? item.openid : item;
}

function openidPath(record: Record<string, unknown> | undefined, index: number): NodePath {
  return record ? ["users", index, "openid"] : ["users", index];
}

function finding(
  doc: RawDocument,
  path: NodePath,
  severity: Finding["severity"],
  text: Message,
): Finding {
  return { ...doc.locate(path), severity, text };
}

function toLimit(value: unknown): GuardLimit | undefined {
  if (typeof value === "number") return { kind: "count", value };
  if (typeof value === "string") return { kind: "percent", value: parseFloat(value) };
  return undefined;
}

/** Why a reason with a control character other than tab and line feed is refused. */
function reasonProblem(reason: string): Message {
  const control = REASON_CONTROL.exec(reason)?.[0] ?? "";
  const code = (control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return msg("rules.reasonControlCharacter", { code });
}

/** undefined for a real calendar date, else why not. */
function dateProblem(date: string): Message | undefined {
  const [, y, m, d] = DATE.exec(date) ?? [];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return msg("desired.expires.noMonth", { date, month: m ?? "" });
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return msg("desired.expires.noDay", { date, year, month, days });
  return undefined;
}
