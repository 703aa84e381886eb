import type { AccountsConfig } from "../accounts/account-config.js";
import { InputError } from "../errors.js";
import { msg, say, t, type Lang } from "../i18n/index.js";
import type { AccountChoice } from "./accounts-for-event.js";

/** GitHub runs at most 256 jobs from one matrix. */
export const MATRIX_LIMIT = 256;

/** The `account` input of the accounts command: names separated by spaces or commas. */
export function accountNames(input: string | undefined): string[] {
  return (input ?? "").split(/[\s,]+/).filter(Boolean);
}

/**
 * The outputs of the Action's `accounts` command (SPEC 11): `matrix`, for
 * `strategy.matrix: ${{ fromJSON(…) }}` (an entry per account: its name, the ENV of its
 * secrets, its file), and `accounts`, the names as a JSON array (`[]`: the jobs after it are
 * skipped). More accounts than a matrix runs is exit 3, before any job starts.
 */
export function accountMatrix(choice: AccountChoice): { matrix: string; accounts: string } {
  if (choice.accounts.length > MATRIX_LIMIT) {
    throw new InputError(
      msg("actionAccounts.tooMany", { count: choice.accounts.length, limit: MATRIX_LIMIT }),
    );
  }
  const include = choice.accounts.map((a) => ({ account: a.name, env: a.env, file: a.file }));
  return {
    matrix: JSON.stringify({ include }),
    accounts: JSON.stringify(choice.accounts.map((a) => a.name)),
  };
}

/** The choice in words: which accounts and why, for the run summary and the log. */
export function describeChoice(lang: Lang, choice: AccountChoice, config: AccountsConfig): string {
  const count = choice.accounts.length;
  const total = config.accounts.length;
  const list = choice.accounts.map((a) => `\`${a.name}\``);
  switch (choice.kind) {
    case "named":
      return t(lang, "actionAccounts.named", { count, list });
    case "every":
      return t(lang, "actionAccounts.every", { count, list });
    case "unknown":
      return t(lang, "actionAccounts.unknown", { why: say(lang, choice.why), count, list });
    case "changed":
      return count === 0
        ? t(lang, "actionAccounts.noneChanged", { total })
        : t(lang, "actionAccounts.changed", { count, total, list });
  }
}
