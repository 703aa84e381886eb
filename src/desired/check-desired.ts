import type { ErrorObject } from "ajv";
import type { CharacterKind, ValueKind } from "../i18n/en/desired.js";
import { msg, type Message } from "../i18n/message.js";
import { validateSchema } from "./blacklist-schema.js";
import { DEFAULT_GUARD } from "./desired-state.js";
import type { DesiredEntry, GuardConfig, GuardLimit } from "./desired-state.js";
import { didYouMean } from "./did-you-mean.js";
import { FirstSeen } from "./first-seen.js";
import type { NodePath, RawDocument, SourcePos } from "./raw-document.js";

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

/** Keys allowed at each level (for "did you mean"). */
const TOP_KEYS = ["version", "appid", "prune", "guard", "users"];
const GUARD_KEYS = ["max_block", "max_unblock"];
const USER_KEYS = ["openid", "reason", "expires"];
/** SPEC section 1: every real openid seen so far is 28 characters, starts with o, base64url. */
const OPENID_SHAPE = /^o[A-Za-z0-9_-]{27}$/;
const OPENID_HARD = /^[A-Za-z0-9_-]{1,128}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The schema (through ajv) and the rules a schema cannot say: duplicates naming both
 * lines, the openid shape, real dates and expiry, percentages up to 100, "quote it".
 * Every problem is collected; none stops the others.
 *
 * A million users are normal, so the per-user work is one pass with no allocation beyond
 * the entry: a hand check of the user shapes the schema allows stands in for ajv on the
 * users (ajv still checks the rest of the file, and the whole file when a user fails the
 * hand check, for its messages); duplicates compare neighbours while the users are sorted
 * (as fmt and export write them) and use a hash table (FirstSeen) from the first user out of
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
  const rules = checkUsers(doc, users, utcDate(now));

  // Schema errors come first among findings at the same position (the sort is stable).
  const findings: Finding[] = [];
  const error = (path: NodePath, text: Message, key = false) =>
    findings.push({ ...doc.locate(path, key), severity: "error", text });
  const schemaErrors = validateSchema(
    rules.usersPass && Array.isArray(data.users) ? { ...data, users: [] } : data,
  );
  for (const [path, errors] of groupByPath(schemaErrors)) {
    explainSchemaErrors(doc, path, errors, error);
  }
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
  const entries: DesiredEntry[] = [];
  let usersPass = true;
  const positions = doc.itemPositions?.("users");
  // Duplicates: while the openids come in ascending order, a duplicate is the previous
  // openid, first seen at runStart; from the first one out of order on, `seen` knows all.
  let seen: FirstSeen | undefined;
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
        } else if (expires <= today) {
          const text = msg("desired.expired", { date: expires });
          findings.push(finding(doc, ["users", index, "expires"], "warning", text));
        }
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
    entries.push(
      record === undefined ? { openid, line, column } : (record as unknown as DesiredEntry),
    );
  }
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
function seenBefore(users: unknown[], end: number): FirstSeen {
  const seen = new FirstSeen((index) => openidOf(users[index]) as string, users.length);
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

type Report = (path: NodePath, text: Message, key?: boolean) => void;

function groupByPath(errors: ErrorObject[]): Map<string, ErrorObject[]> {
  const groups = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = groups.get(e.instancePath);
    if (list) list.push(e);
    else groups.set(e.instancePath, [e]);
  }
  return groups;
}

/** One instance path's ajv errors, as the sentences an operator needs. */
function explainSchemaErrors(
  doc: RawDocument,
  pointer: string,
  errors: ErrorObject[],
  report: Report,
) {
  const path: (string | number)[] = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
  const value = valueAt(doc.data, path);
  const inUser = path[0] === "users" && path.length >= 2;
  for (const e of errors) {
    if (e.keyword === "additionalProperties") {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = path.length === 0 ? TOP_KEYS : path[0] === "guard" ? GUARD_KEYS : USER_KEYS;
      const near = didYouMean(key, allowed);
      const text = msg("desired.unknownKey", {
        key,
        inEntry: inUser,
        ...(path.length === 0 || inUser ? {} : { section: path.join(".") }),
        ...(near === undefined ? {} : { near }),
        allowed,
      });
      report([...path, key], text, true);
    } else if (e.keyword === "required") {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      report(path, msg("desired.missing", { key: missing }));
    }
  }
  const valueProblem = errors.some(
    (e) =>
      e.keyword !== "additionalProperties" && e.keyword !== "required" && e.keyword !== "anyOf",
  );
  if (!valueProblem) return;
  const last = path[path.length - 1];
  const source = doc.sourceText(path) ?? String(value);
  if (inUser && path.length === 2) {
    if (typeof value === "string") report(path, openidProblem(value));
    else if (!isRecord(value)) report(path, nonStringOpenid(value, source, "entry"));
    return;
  }
  if (inUser && last === "openid") {
    report(
      path,
      typeof value === "string" ? openidProblem(value) : nonStringOpenid(value, source, "openid"),
    );
  } else if (inUser && last === "expires") {
    report(
      path,
      typeof value === "string"
        ? msg("desired.expires.notDate", { value })
        : msg("desired.expires.notText", { found: describe(value) }),
    );
  } else if (inUser && last === "reason") {
    report(path, msg("desired.reason.notText", { found: describe(value) }));
  } else if (path.length === 1 && last === "version") {
    report(path, msg("desired.version", { found: describe(value) }));
  } else if (path.length === 1 && last === "appid") {
    report(
      path,
      typeof value === "string"
        ? msg("desired.appid.shape", { appid: value })
        : msg("desired.appid.notText", { found: describe(value) }),
    );
  } else if (path.length === 1 && last === "prune") {
    report(path, msg("desired.prune", { found: describe(value) }));
  } else if (path[0] === "guard" && path.length === 2) {
    report(path, msg("desired.guard.limit", { key: String(last), found: describe(value) }));
  } else if (path.length === 1 && last === "users") {
    report(path, msg("desired.users.notList", { found: describe(value) }));
  } else if (path.length === 1 && last === "guard") {
    report(path, msg("desired.guard.notMap", { found: describe(value) }));
  } else {
    const detail = errors[0]?.message;
    report(
      path,
      msg("desired.invalid", {
        ...(path.length === 0 ? {} : { path: path.join(".") }),
        ...(detail === undefined ? {} : { detail }),
      }),
    );
  }
}

/** Why a string fails the hard openid pattern, naming the offending character. */
export function openidProblem(openid: string): Message {
  if (openid.length === 0) return msg("desired.openid.empty");
  if (openid.length > 128) return msg("desired.openid.tooLong", { openid });
  const character = [...openid].find((c) => !/[A-Za-z0-9_-]/.test(c)) ?? "";
  const kind: CharacterKind =
    character === " "
      ? "space"
      : character === "\t"
        ? "tab"
        : character === "\r"
          ? "cr"
          : /\s/.test(character)
            ? "whitespace"
            : "other";
  return msg("desired.openid.badCharacter", { openid, kind, character });
}

function nonStringOpenid(value: unknown, source: string, what: "entry" | "openid"): Message {
  if (value === null && source.trim() === "") {
    return msg("desired.openid.blank", { entry: what === "entry" });
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) {
    const kind =
      typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "null";
    return msg("desired.openid.scalar", { source, kind });
  }
  return msg("desired.openid.notText", { entry: what === "entry", found: describe(value) });
}

/** undefined for a real calendar date, else why not. */
function dateProblem(date: string): Message | undefined {
  const [, y, m, d] = DATE.exec(date) ?? [];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return msg("desired.expires.noMonth", { date, month: m ?? "" });
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return msg("desired.expires.noDay", { date, year, month, days });
  return undefined;
}

function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** What a value turned out to be, for "..., found the number 2". */
function describe(value: unknown): Message {
  const found = (kind: ValueKind, shown = "") => msg("desired.found", { kind, shown });
  if (value === null) return found("null");
  if (Array.isArray(value)) return found("list");
  if (typeof value === "object") return found("map");
  if (typeof value === "string") return found("text", value);
  if (typeof value === "number") return found("number", String(value));
  if (typeof value === "boolean") return found("boolean", String(value));
  return found("other", typeof value);
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
