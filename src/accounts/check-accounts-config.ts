import { createHash } from "node:crypto";
import type { ErrorObject, ValidateFunction } from "ajv";
import { decodeText } from "../desired/decode-text.js";
import { didYouMean } from "../desired/did-you-mean.js";
import { fullScan } from "../desired/full-scan.js";
import type { NodePath, RawDocument, SourcePos } from "../desired/raw-document.js";
import { msg, type Message } from "../i18n/message.js";
import {
  defaultEnvName,
  isOutsideRepository,
  normalFile,
  suggestAccountName,
  type AccountConfig,
  type AccountsConfig,
} from "./account-config.js";
import { validate as validateAll } from "./wxbl-all-errors.generated.js";

/** A problem in wxbl.yaml, 1-based, in words not yet chosen (the edge picks the language). */
export interface ConfigFinding extends SourcePos {
  message: Message;
}

export type ConfigCheck =
  { ok: true; config: AccountsConfig } | { ok: false; findings: ConfigFinding[] };

const TOP_KEYS = ["accounts"];
const ACCOUNT_KEYS = ["file", "env"];

/**
 * schema/wxbl.schema.json, compiled ahead of time (scripts/build-validators.js; a unit test
 * fails while it differs from the schema): every error at once.
 */
const validate = validateAll as unknown as ValidateFunction;

/**
 * Checks the bytes of wxbl.yaml (SPEC 11) with the machinery of the desired-state files: the
 * same decoding, the same YAML reader with positions, the same "did you mean"; then the schema
 * (schema/wxbl.schema.json, every error at once) and the rules a schema cannot say: two accounts
 * never share a file or a set of variables, and a file is a path inside the repository.
 */
export function checkAccountsConfig(bytes: Uint8Array): ConfigCheck {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { line, column, text } = decoded.problem;
    return fail([{ line, column, message: text }]);
  }
  if (!/\S/.test(decoded.text))
    return fail([{ line: 1, column: 1, message: msg("accounts.config.empty") }]);
  const scanned = fullScan(decoded.text);
  if (!scanned.ok) {
    return fail(scanned.problems.map((p) => ({ line: p.line, column: p.column, message: p.text })));
  }
  const doc = scanned.document;
  const findings: ConfigFinding[] = [];
  const report = (path: NodePath, message: Message, key = false) =>
    findings.push({ ...doc.locate(path, key), message });

  if (!validate(doc.data)) {
    for (const error of validate.errors ?? []) explain(doc, error, report);
  }
  if (findings.length === 0) checkRules(doc, report);
  if (findings.length > 0) {
    findings.sort((a, b) => a.line - b.line || a.column - b.column);
    return fail(dedupe(findings));
  }
  const data = doc.data as { accounts: Record<string, { file: string; env?: string }> };
  const accounts: AccountConfig[] = Object.entries(data.accounts).map(([name, account]) => ({
    name,
    file: account.file,
    env: account.env ?? defaultEnvName(name),
    ...doc.locate(["accounts", name], true),
  }));
  return {
    ok: true,
    config: { accounts, sha256: createHash("sha256").update(bytes).digest("hex") },
  };
}

function fail(findings: ConfigFinding[]): ConfigCheck {
  return { ok: false, findings };
}

type Report = (path: NodePath, message: Message, key?: boolean) => void;

/** One ajv error as the sentence an operator needs, at the node it is about. */
function explain(doc: RawDocument, error: ErrorObject, report: Report): void {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  const value = valueAt(doc.data, path);
  const [top, name, field] = path;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = path.length === 0 ? TOP_KEYS : ACCOUNT_KEYS;
      const near = didYouMean(key, allowed);
      const where = path.length === 0 ? "" : (name ?? "");
      report(
        [...path, key],
        near
          ? msg("accounts.config.unknownKeyNear", { key, account: where, near })
          : msg("accounts.config.unknownKey", { key, account: where, allowed: allowed.join(", ") }),
        true,
      );
      return;
    }
    case "required": {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      // At the account's name: the map it is missing from may be anywhere below it.
      report(
        path,
        missing === "accounts"
          ? msg("accounts.config.noAccountsKey")
          : msg("accounts.config.noFile", { account: name ?? "" }),
        path.length > 0,
      );
      return;
    }
    case "propertyNames": {
      const bad = String((error.params as { propertyName: string }).propertyName);
      const suggestion = suggestAccountName(bad);
      report([...path, bad], msg("accounts.config.badName", { name: bad, suggestion }), true);
      return;
    }
    case "minProperties":
      report(path, msg("accounts.config.noAccounts"));
      return;
    case "pattern":
    case "maxLength":
      if (path.length === 1 || error.propertyName !== undefined) return; // propertyNames says it
      if (field === "env") {
        report(path, msg("accounts.config.badEnv", { account: name ?? "", value: String(value) }));
      }
      return;
    case "minLength":
      report(path, msg("accounts.config.emptyFile", { account: name ?? "" }));
      return;
    case "type":
      if (top === "accounts" && path.length === 1) {
        report(path, msg("accounts.config.accountsNotMap", { found: describe(value) }));
      } else if (path.length === 2) {
        report(
          path,
          msg("accounts.config.accountNotMap", { account: name ?? "", found: describe(value) }),
        );
      } else if (path.length === 3) {
        report(
          path,
          msg("accounts.config.notText", {
            account: name ?? "",
            key: field ?? "",
            found: describe(value),
          }),
        );
      } else {
        report(path, msg("accounts.config.notMap", { found: describe(value) }));
      }
      return;
    default:
      report(
        path,
        msg("accounts.config.invalid", {
          where: path.join(".") || ".",
          problem: error.message ?? "",
        }),
      );
  }
}

/** Rules beyond the schema: files and variables are an account's own; files stay inside. */
function checkRules(doc: RawDocument, report: Report): void {
  const accounts = (doc.data as { accounts: Record<string, { file: string; env?: string }> })
    .accounts;
  const fileOwner = new Map<string, string>();
  const envOwner = new Map<string, string>();
  for (const [name, account] of Object.entries(accounts)) {
    const file = account.file;
    if (isOutsideRepository(file)) {
      report(
        ["accounts", name, "file"],
        msg("accounts.config.fileOutside", { account: name, file }),
      );
    } else {
      const key = normalFile(file);
      const owner = fileOwner.get(key);
      if (owner !== undefined) {
        report(
          ["accounts", name, "file"],
          msg("accounts.config.sharedFile", {
            account: name,
            other: owner,
            line: doc.locate(["accounts", owner, "file"]).line,
            file,
          }),
        );
      } else fileOwner.set(key, name);
    }
    const env = account.env ?? defaultEnvName(name);
    const owner = envOwner.get(env);
    if (owner !== undefined) {
      report(
        account.env === undefined ? ["accounts", name] : ["accounts", name, "env"],
        msg("accounts.config.sharedEnv", {
          account: name,
          other: owner,
          line: doc.locate(["accounts", owner], true).line,
          env,
        }),
        account.env === undefined,
      );
    } else envOwner.set(env, name);
  }
}

/** ajv reports a bad property name twice (pattern, then propertyNames): keep one per place. */
function dedupe(findings: ConfigFinding[]): ConfigFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.line}:${f.column}:${f.message.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "[…]";
  if (typeof value === "object") return "{…}";
  if (typeof value === "string")
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return String(value);
}
