import { existsSync } from "node:fs";
import { join } from "node:path";
import { ACCOUNTS_FILE } from "../accounts/account-config.js";
import type { SelectionPolicy } from "../accounts/select-accounts.js";
import { InputError } from "../errors.js";
import { msg } from "../i18n/message.js";
import type { AnyCommand, GlobalOptions } from "./command.js";
import type { AccountsCommand } from "./accounts/run-accounts.js";
import type { Io } from "./io.js";

export const DEFAULT_FILE = "blacklist.yaml";
/** Accounts worked on at once (SPEC 11 `--parallel`); each has its own --concurrency too. */
export const DEFAULT_PARALLEL = 4;
const MAX_PARALLEL = 64;

interface AccountsForm {
  policy: SelectionPolicy;
  load: () => Promise<AccountsCommand>;
}

/**
 * How each command works with a wxbl.yaml (SPEC 11). Each form is loaded only when it runs,
 * like the commands themselves; it builds on the one-account command's parts.
 */
const ACCOUNTS_FORMS: Readonly<Record<string, AccountsForm>> = {
  validate: {
    policy: "every",
    load: async () => (await import("./accounts/validate-accounts.js")).validateAccounts,
  },
  plan: {
    policy: "every",
    load: async () => (await import("./accounts/plan-accounts.js")).planAccounts,
  },
  apply: {
    policy: "named",
    load: async () => (await import("./accounts/apply-accounts.js")).applyAccounts,
  },
  diff: {
    policy: "every",
    load: async () => (await import("./accounts/diff-accounts.js")).diffAccounts,
  },
  fmt: {
    policy: "every",
    load: async () => (await import("./accounts/fmt-accounts.js")).fmtAccounts,
  },
  export: {
    policy: "every",
    load: async () => (await import("./accounts/export-accounts.js")).exportAccounts,
  },
};

/** Commands that edit one file: with a wxbl.yaml they need exactly one --account (SPEC 11). */
const ONE_ACCOUNT = new Set(["block", "unblock"]);

/**
 * Runs a command as SPEC 11 says: without a wxbl.yaml in the current directory, as it always
 * did (--account and --all are then exit 3); with one, its many-account form, or for a command
 * that edits one file, that command on the one account named. Other commands (sandbox, init)
 * do not read wxbl.yaml here.
 */
export async function runCommand(
  command: AnyCommand,
  args: GlobalOptions,
  io: Io,
): Promise<number> {
  const name = String([command.command].flat()[0]).split(" ")[0] ?? "";
  const form = ACCOUNTS_FORMS[name];
  if (form === undefined && !ONE_ACCOUNT.has(name)) return command.run(args as never, io);
  checkParallel(args.parallel);
  // Without a wxbl.yaml nothing of the accounts' machinery is loaded (start-up, SPEC 7).
  if (!existsSync(join(io.cwd, ACCOUNTS_FILE))) {
    if (args.account !== undefined)
      throw new InputError(msg("accounts.select.noConfig", { flag: "--account" }));
    if (args.all) throw new InputError(msg("accounts.select.noConfig", { flag: "--all" }));
    return command.run(args as never, io);
  }
  const [{ readAccountsConfig, requireValidConfig }, { selectAccounts }] = await Promise.all([
    import("../accounts/load-accounts-config.js"),
    import("../accounts/select-accounts.js"),
  ]);
  const check = await readAccountsConfig(io.cwd);
  if (check === undefined) return command.run(args as never, io); // gone since: one account
  if (args.fileGiven) throw new InputError(msg("accounts.select.fileWithConfig"));
  if (form === undefined) {
    const [account] = selectAccounts(requireValidConfig(check), args, "one", name);
    return command.run({ ...args, file: account?.file ?? args.file } as never, io);
  }
  return (await form.load())(args as never, io, { check, policy: form.policy });
}

function checkParallel(parallel: number): void {
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL) {
    throw new InputError(msg("accounts.select.parallel", { value: String(parallel) }));
  }
}
