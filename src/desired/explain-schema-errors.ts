import type { ErrorObject } from "ajv";
import type { CharacterKind, ValueKind } from "../i18n/en/desired.js";
import { msg, type Message } from "../i18n/message.js";
import { didYouMean } from "./did-you-mean.js";
import type { NodePath, RawDocument } from "./raw-document.js";

/**
 * The second job of the file check (check-desired.ts decides what is wrong): ajv's schema
 * errors put into the sentences an operator needs ("unknown key \"reasn\" in this entry; did
 * you mean \"reason\"?", "openid 12345 is read by YAML as a number; quote it"), each at the
 * path it concerns.
 */

/** Keys allowed at each level (for "did you mean"). */
const TOP_KEYS = ["version", "appid", "prune", "guard", "users"];
export const GUARD_KEYS = ["max_block", "max_unblock"];
const USER_KEYS = ["openid", "reason", "expires"];

/** Reports one problem at a path (at its key with `key`). */
export type Report = (path: NodePath, text: Message, key?: boolean) => void;

/** Every schema error, explained and reported at its path (one instance path at a time). */
export function explainSchema(doc: RawDocument, errors: ErrorObject[], report: Report): void {
  for (const [path, group] of groupByPath(errors)) explainSchemaErrors(doc, path, group, report);
}

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

/** What a value turned out to be, for "..., found the number 2". */
export function describe(value: unknown): Message {
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
