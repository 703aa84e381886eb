/**
 * The accounts of a config repository (SPEC 11), as read from `wxbl.yaml`. The types every
 * file of src/accounts/ shares; this module imports nothing from its siblings.
 */

import { isAbsolute, posix } from "node:path";

/** The file that lists the accounts, read from the current directory. */
export const ACCOUNTS_FILE = "wxbl.yaml";

export interface AccountConfig {
  /** Lowercase letters, digits and -: what --account takes. */
  name: string;
  /** The account's desired-state file, relative to wxbl.yaml, as written there. */
  file: string;
  /** The middle of its variables: WECHAT_<ENV>_APPSECRET and the rest. */
  env: string;
  /** Where the account's name is in wxbl.yaml (1-based). */
  line: number;
  column: number;
}

export interface AccountsConfig {
  /** The accounts in the order wxbl.yaml lists them: every output follows this order. */
  accounts: AccountConfig[];
  /** sha256 (hex) of wxbl.yaml's bytes. */
  sha256: string;
}

/** The default `env:` of an account: its name upper-cased, - as _ (SPEC 11). */
export function defaultEnvName(name: string): string {
  return name.toUpperCase().replaceAll("-", "_");
}

/** What an account's name may be (schema/wxbl.schema.json). */
export const ACCOUNT_NAME = /^[a-z0-9-]{1,64}$/;

/** A name ACCOUNT_NAME allows, close to `name`: lower case, other characters as -. */
export function suggestAccountName(name: string): string {
  const suggestion = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
  return suggestion || "shop";
}

/** An account's file in one form, to compare two: / as the separator, normalised. */
export function normalFile(file: string): string {
  return posix.normalize(file.replaceAll("\\", "/"));
}

/** True when `file` is not a file inside the repository: absolute, on a drive, ., .. or a folder. */
export function isOutsideRepository(file: string): boolean {
  const normal = normalFile(file);
  return (
    isAbsolute(file) ||
    normal.startsWith("/") ||
    /^[A-Za-z]:[\\/]/.test(file) ||
    normal === "." ||
    normal === ".." ||
    normal.startsWith("../") ||
    normal.endsWith("/")
  );
}
