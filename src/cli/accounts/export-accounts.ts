import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { AccountConfig } from "../../accounts/account-config.js";
import { accountConnection, accountVariable } from "../../accounts/account-connection.js";
import { combinedExitCode } from "../../accounts/run-per-account.js";
import { loadDesired } from "../../desired/load-desired.js";
import { ExitCode, InputError } from "../../errors.js";
import { formatCount } from "../../i18n/format-number.js";
import { t } from "../../i18n/index.js";
import { msg } from "../../i18n/message.js";
import { renderExport } from "../../desired/render-export.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { openClient, readLiveShown } from "../read-desired-and-live.js";
import { writeOutputFile } from "../write-output-file.js";
import {
  chooseAccounts,
  runAccounts,
  type AccountsCommand,
  type AccountsContext,
} from "./run-accounts.js";

/**
 * `wxbl export` with a wxbl.yaml (SPEC 11): each account's live list (every account unless
 * --account narrows) written in place, to the file wxbl.yaml names, with the account's appid.
 * 1. the appid: the file's (when it exists and is valid), else WECHAT_<ENV>_APPID; 2. the live
 * list through the account's own client; 3. the file, written atomically.
 */
export const exportAccounts = (async (
  args: GlobalOptions & { out?: string },
  io: Io,
  context: AccountsContext,
) => {
  if (args.out !== undefined) throw new InputError(msg("accounts.select.outWithConfig"));
  const accounts = chooseAccounts("export", args, io, context, { credentials: true });
  const now = io.now?.() ?? new Date();
  const outcomes = await runAccounts(accounts, args, io, async (account, accountIo) => {
    // 1. The appid.
    const appid = await appidOf(account, io, now);
    // 2. The live list.
    const client = openClient(accountConnection(io.env, account, appid), args, accountIo);
    let live;
    try {
      live = await readLiveShown(client, args, accountIo);
    } finally {
      await client.close();
    }
    // 3. The file.
    await mkdir(dirname(resolve(io.cwd, account.file)), { recursive: true }).catch(() => {});
    await writeOutputFile(
      io,
      account.file,
      renderExport({ openids: live.openids, appid, now }),
      "the exported file",
    );
    if (!args.quiet) {
      accountIo.stderr(
        `${t(args.lang, "accounts.export.done", { count: formatCount(live.openids.length), pages: live.pages, file: account.file })}\n`,
      );
    }
    return { exitCode: ExitCode.ok };
  });
  return combinedExitCode(outcomes.map((o) => o.exitCode));
}) as AccountsCommand;

/** The account's appid: its file's, else WECHAT_<ENV>_APPID; neither is exit 3. */
async function appidOf(account: AccountConfig, io: Io, now: Date): Promise<string> {
  const variable = io.env[accountVariable(account, "APPID")]?.trim();
  let fromFile: string | undefined;
  try {
    fromFile = (await loadDesired(account.file, { cwd: io.cwd, now })).state?.appid;
  } catch {
    fromFile = undefined; // no file yet: adopting the account
  }
  const appid = fromFile ?? variable;
  if (appid === undefined || appid === "") {
    throw new InputError(
      msg("accounts.export.noAppid", {
        account: account.name,
        file: account.file,
        variable: accountVariable(account, "APPID"),
      }),
    );
  }
  return appid;
}
