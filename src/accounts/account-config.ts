/**
 * The accounts of a config repository (SPEC 11), as read from `wxbl.yaml`. The types every
 * file of src/accounts/ shares; this module imports nothing from its siblings.
 */

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
