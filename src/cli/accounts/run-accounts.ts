import type { AccountConfig } from "../../accounts/account-config.js";
import type { ConfigCheck } from "../../accounts/check-accounts-config.js";
import { requireValidConfig } from "../../accounts/load-accounts-config.js";
import { plainVariablesSet } from "../../accounts/account-connection.js";
import { runPerAccount, type AccountOutcome } from "../../accounts/run-per-account.js";
import { selectAccounts, type SelectionPolicy } from "../../accounts/select-accounts.js";
import { msg, say } from "../../i18n/index.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { accountIo, showAccountError } from "./account-output.js";

export interface AccountsContext {
  check: ConfigCheck;
  policy: SelectionPolicy;
}

/** A command's many-account form: what it does for the accounts of a wxbl.yaml (SPEC 11). */
export type AccountsCommand = (args: never, io: Io, context: AccountsContext) => Promise<number>;

/**
 * The accounts a command works on: wxbl.yaml must be valid (exit 3 listing its problems), the
 * selection flags must fit the command (SPEC 11). A command that talks to WeChat warns once
 * that the plain credential variables are ignored.
 */
export function chooseAccounts(
  command: string,
  args: GlobalOptions,
  io: Io,
  context: AccountsContext,
  options: { credentials: boolean },
): AccountConfig[] {
  const config = requireValidConfig(context.check);
  const accounts = selectAccounts(config, args, context.policy, command);
  const plain = options.credentials ? plainVariablesSet(io.env) : [];
  if (plain.length > 0 && !args.quiet) {
    io.stderr(
      `${say(args.lang, msg("cmd.warning", { message: msg("accounts.connection.plainIgnored", { variables: plain.join(", ") }) }))}\n`,
    );
  }
  return accounts;
}

/**
 * `work` for each account, `--parallel` at a time, each with its own Io (its stderr lines name
 * it); an account's error is shown as it happens, on stderr, naming the account.
 */
export function runAccounts<T extends { exitCode: number }>(
  accounts: readonly AccountConfig[],
  args: Pick<GlobalOptions, "parallel" | "lang" | "verbose">,
  io: Io,
  work: (account: AccountConfig, io: Io) => Promise<T>,
): Promise<AccountOutcome<T>[]> {
  return runPerAccount(
    accounts,
    {
      parallel: args.parallel,
      signal: io.signal,
      onError: (account, error) => showAccountError(io, args, account, error),
    },
    (account) => work(account, accountIo(io, account)),
  );
}
