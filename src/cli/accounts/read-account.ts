import type { AccountConfig } from "../../accounts/account-config.js";
import { accountConnection } from "../../accounts/account-connection.js";
import type { DesiredState } from "../../desired/desired-state.js";
import { InputError } from "../../errors.js";
import { msg } from "../../i18n/message.js";
import { prepareLive } from "../../reconcile/prepare-live.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import {
  checkAppid,
  openClient,
  readDesired,
  readLiveShown,
  warnTo,
  type LiveContext,
} from "../read-desired-and-live.js";

/** An account's desired state; its file must name the account (SPEC 11: `appid:`, else exit 3). */
export async function readAccountDesired(
  account: AccountConfig,
  args: Pick<GlobalOptions, "quiet" | "lang">,
  io: Io,
  now: Date,
): Promise<DesiredState & { appid: string }> {
  const desired = await readDesired(
    { file: account.file, account: account.name, quiet: args.quiet, lang: args.lang },
    io,
    now,
  );
  if (desired.appid === undefined) {
    throw new InputError(
      msg("accounts.file.noAppid", { account: account.name, file: account.file }),
    );
  }
  return desired as DesiredState & { appid: string };
}

/**
 * Steps 1 and 2 of plan and apply for one account: its file (which names the appid its
 * credentials go with), then its live list through a client of its own: its own token,
 * rate-limit pause and quota stop, from its own variables only.
 */
export async function readAccountDesiredAndLive(
  account: AccountConfig,
  args: Pick<GlobalOptions, "quiet" | "verbose" | "lang"> & { rateLimitWait?: number },
  io: Io,
  now: Date,
): Promise<LiveContext> {
  const desired = await readAccountDesired(account, args, io, now);
  const connection = accountConnection(io.env, account, desired.appid);
  const client = openClient(connection, args, io);
  try {
    const appid = checkAppid(desired, client.appid, warnTo(args, io), connection.variables.token);
    const live = await readLiveShown(client, args, io);
    return { desired, live, prepared: prepareLive(live.openids), client, appid };
  } catch (error) {
    await client.close();
    throw error;
  }
}
