import { didYouMean } from "../desired/did-you-mean.js";
import { InputError } from "../errors.js";
import { msg } from "../i18n/message.js";
import type { AccountConfig, AccountsConfig } from "./account-config.js";

/** The selection flags every command takes with a wxbl.yaml (SPEC 11). */
export interface SelectionFlags {
  /** --account NAME, repeatable: a string once, an array when repeated. */
  account?: string | readonly string[] | undefined;
  all?: boolean | undefined;
}

/**
 * Which accounts a command may work on without being told (SPEC 11):
 * - every: all of them unless --account narrows (validate, plan, diff, fmt, export);
 * - named: only those named, or --all; nothing named is refused (apply changes live accounts);
 * - one: exactly one --account (block/unblock edit one file).
 */
export type SelectionPolicy = "every" | "named" | "one";

/** The --account values, each once, as given. */
export function accountFlags(flags: SelectionFlags): string[] {
  const given = flags.account === undefined ? [] : [flags.account].flat();
  return [...new Set(given.map((name) => String(name)))];
}

/**
 * The accounts to work on, in wxbl.yaml's order whatever the order of the flags. An unknown
 * name, --all with --account, or a selection the policy does not allow is exit 3.
 */
export function selectAccounts(
  config: AccountsConfig,
  flags: SelectionFlags,
  policy: SelectionPolicy,
  command: string,
): AccountConfig[] {
  const names = accountFlags(flags);
  const known = config.accounts.map((a) => a.name);
  if (flags.all && names.length > 0) throw new InputError(msg("accounts.select.allAndAccount"));
  for (const name of names) {
    if (known.includes(name)) continue;
    const near = didYouMean(name, known);
    throw new InputError(
      near === undefined
        ? msg("accounts.select.unknown", { name, known: known.join(", ") })
        : msg("accounts.select.unknownNear", { name, near, known: known.join(", ") }),
    );
  }
  if (policy === "one") {
    if (flags.all || names.length !== 1) {
      throw new InputError(msg("accounts.select.exactlyOne", { command, known: known.join(", ") }));
    }
  } else if (policy === "named" && !flags.all && names.length === 0) {
    throw new InputError(msg("accounts.select.nameThem", { command, known: known.join(", ") }));
  }
  if (flags.all || names.length === 0) return [...config.accounts];
  return config.accounts.filter((account) => names.includes(account.name));
}
