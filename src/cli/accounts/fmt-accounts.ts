import { combinedExitCode } from "../../accounts/run-per-account.js";
import { fmtCommand } from "../commands/fmt.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import {
  chooseAccounts,
  runAccounts,
  type AccountsCommand,
  type AccountsContext,
} from "./run-accounts.js";

/**
 * `wxbl fmt` with a wxbl.yaml (SPEC 11): the one-file command on each account's file (every
 * account unless --account narrows), its lines naming the account; `--check` exits 1 when any
 * file is not formatted, and the combined exit code otherwise.
 */
export const fmtAccounts = (async (
  args: GlobalOptions & { check: boolean },
  io: Io,
  context: AccountsContext,
) => {
  const accounts = chooseAccounts("fmt", args, io, context, { credentials: false });
  const outcomes = await runAccounts(accounts, args, io, async (account, accountIo) => ({
    exitCode: await fmtCommand.run({ ...args, file: account.file } as never, accountIo),
  }));
  return combinedExitCode(outcomes.map((o) => o.exitCode));
}) as AccountsCommand;
