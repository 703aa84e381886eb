import { isMap, parseDocument } from "yaml";
import { publishedSchemaUrl } from "../desired/render-export.js";

/** An account as `wxbl init --account` adds it to wxbl.yaml (SPEC 11). */
export interface NewAccount {
  name: string;
  /** Its desired-state file, relative to the repository root. */
  file: string;
}

/** The wxbl.yaml `wxbl init --account` writes when there is none yet: one account. */
export function newAccountsConfig(account: NewAccount, version: string): string {
  return `# yaml-language-server: $schema=${publishedSchemaUrl(version, "wxbl.schema.json")}
# The Official Accounts this repository keeps, each with its desired-state file (which carries
# the account's appid). Add one with: npx wxbl@${version} init --account NAME --appid wx…
# An account's credentials are the secrets WECHAT_<ENV>_APPSECRET (or WECHAT_<ENV>_ACCESS_TOKEN),
# <ENV> being its name upper-cased with - as _, unless \`env:\` gives another.
accounts:
  ${account.name}:
    file: ${pathScalar(account.file)}
`;
}

/**
 * wxbl.yaml's text with one more account, at the end of `accounts:`: a splice, so every byte
 * of the other accounts, the comments and the order stay as they were. The text must be a
 * valid wxbl.yaml without that account (the caller checked it).
 */
export function addAccountToConfig(text: string, account: NewAccount): string {
  const doc = parseDocument(text);
  const accounts = doc.get("accounts", true);
  if (!isMap(accounts) || !accounts.range || accounts.items.length === 0) {
    throw new Error("wxbl.yaml has no accounts to add to"); // the caller validated it
  }
  const [, end] = accounts.range;
  if (accounts.flow) {
    // `accounts: {main: {file: a.yaml}}`: before the closing brace, in the same style.
    const close = text.lastIndexOf("}", end);
    const entry = `, ${account.name}: { file: ${pathScalar(account.file)} }`;
    return `${text.slice(0, close).trimEnd()}${entry}${text.slice(close)}`;
  }
  const first = accounts.items[0]!;
  const keyIndent = columnOf(text, first.key as { range?: [number, number, number] });
  const value = first.value;
  const fieldIndent =
    isMap(value) && !value.flow && value.items[0]
      ? columnOf(text, value.items[0].key as { range?: [number, number, number] })
      : keyIndent + 2;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const entry =
    `${" ".repeat(keyIndent)}${account.name}:${eol}` +
    `${" ".repeat(fieldIndent)}file: ${pathScalar(account.file)}${eol}`;
  const before = text.slice(0, end);
  return `${before}${before.endsWith("\n") ? "" : eol}${entry}${text.slice(end)}`;
}

/** The column (0-based) where a node starts. */
function columnOf(text: string, node: { range?: [number, number, number] }): number {
  const start = node.range?.[0] ?? 0;
  return start - (text.lastIndexOf("\n", start - 1) + 1);
}

/** A path as a YAML value: bare when YAML reads it back unchanged, else double-quoted. */
export function pathScalar(path: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(path) &&
    !/^(?:[0-9.+-]+|true|false|null)$/i.test(path)
    ? path
    : JSON.stringify(path);
}
