import { resolve } from "node:path";
import type { DesiredState } from "../desired/desired-state.js";
import { formatDiagnostic } from "../desired/diagnostic.js";
import { loadDesiredOffThread } from "../desired/load-desired-off-thread.js";
import { InputError, RefusedError } from "../errors.js";
import { t } from "../i18n/catalog.js";
import { msg, say, type Message } from "../i18n/message.js";
import { prepareLive, type PreparedLive } from "../reconcile/prepare-live.js";
import {
  credentialsFromEnv,
  SINGLE_ACCOUNT_VARIABLES,
  type CredentialVariables,
  type Credentials,
} from "../wechat/credentials.js";
import { readLive, type LiveList } from "../wechat/read-live.js";
import {
  createWechatClient,
  DEFAULT_RATE_LIMIT_WAIT_MS,
  type WechatClient,
} from "../wechat/wechat-client.js";
import type { GlobalOptions } from "./command.js";
import type { Io } from "./io.js";
import { startProgress } from "./progress.js";

export interface LiveContext {
  desired: DesiredState;
  live: LiveList;
  /** The live list sorted and hashed for the plan (`prepareLive`). */
  prepared: PreparedLive;
  client: WechatClient;
  /** The account's appid when the credentials tell it (not with a bare access token). */
  appid: string | null;
}

/**
 * Reads the desired-state file and prints its warnings; an invalid file is exit 3 with every
 * diagnostic listed. With `account` (a wxbl.yaml, SPEC 11) the way to list them all names the
 * account, since --file is refused there.
 */
export async function readDesired(
  args: Pick<GlobalOptions, "file" | "quiet" | "lang"> & { account?: string },
  io: Io,
  now: Date,
): Promise<DesiredState> {
  const { state, diagnostics } = await loadDesiredOffThread(args.file, { now, cwd: io.cwd });
  // Errors first, then at most MAX_DIAGNOSTICS_SHOWN: `wxbl validate` lists them all.
  const ordered = [...diagnostics].sort(
    (a, b) => Number(b.severity === "error") - Number(a.severity === "error"),
  );
  const shown = ordered
    .slice(0, MAX_DIAGNOSTICS_SHOWN)
    .map((d) => formatDiagnostic({ ...d, file: args.file }, args.lang));
  const rest = diagnostics.length - shown.length;
  if (rest > 0) {
    const more =
      args.account === undefined
        ? msg("cmd.file.more", { rest, file: args.file })
        : msg("accounts.file.more", { rest, account: args.account });
    shown.push(say(args.lang, more));
  }
  if (!state) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const listing = shown.join("\n");
    throw new InputError(
      args.account === undefined
        ? msg("cmd.file.invalid", { file: args.file, errors, listing })
        : msg("accounts.file.invalid", { file: args.file, account: args.account, errors, listing }),
    );
  }
  if (!args.quiet) for (const line of shown) io.stderr(`${line}\n`);
  return state;
}

/** Problems listed by plan and apply before the rest are counted (a file can have 1M warnings). */
const MAX_DIAGNOSTICS_SHOWN = 50;

/**
 * Steps 1 and 2 of plan and apply: read the desired state and the live list. Paging starts
 * first, so the file is read while the first page is on its way, and the live list is
 * prepared for the plan as soon as its last page is in, while a large file may still be
 * loading on the worker thread.
 */
export async function readDesiredAndLive(
  args: Pick<GlobalOptions, "file" | "quiet" | "verbose" | "lang"> & { rateLimitWait?: number },
  io: Io,
  now: Date,
): Promise<LiveContext> {
  const client = openClient({ credentials: credentialsFromEnv(io.env) }, args, io);
  try {
    const warn = warnTo(args, io);
    const livePromise = readLiveShown(client, args, io).then((live) => ({
      live,
      prepared: prepareLive(live.openids),
    }));
    livePromise.catch(() => {}); // awaited below; avoid an unhandled rejection if the file fails first
    const desired = await readDesired(args, io, now);
    const appid = checkAppid(desired, client.appid, warn);
    const { live, prepared } = await livePromise;
    return { desired, live, prepared, client, appid };
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** A WeChat client with the command's flags (--rate-limit-wait, --verbose). */
export function openClient(
  connection: {
    credentials: Credentials;
    baseUrl?: string | undefined;
    variables?: CredentialVariables | undefined;
  },
  args: Pick<GlobalOptions, "verbose"> & { rateLimitWait?: number },
  io: Io,
): WechatClient {
  return createWechatClient({
    credentials: connection.credentials,
    ...(connection.variables === undefined ? {} : { variables: connection.variables }),
    ...(connection.baseUrl === undefined ? {} : { baseUrl: connection.baseUrl }),
    env: io.env,
    ...(io.wechatClock === undefined
      ? {}
      : { now: io.wechatClock.now, sleep: io.wechatClock.sleep }),
    rateLimitWaitMs:
      args.rateLimitWait === undefined ? DEFAULT_RATE_LIMIT_WAIT_MS : args.rateLimitWait * 1000,
    log: args.verbose ? (line) => io.stderr(`${line}\n`) : undefined,
  });
}

/** Warnings on stderr in the reader's language, unless --quiet. */
export function warnTo(
  args: Pick<GlobalOptions, "quiet" | "lang">,
  io: Io,
): (message: Message) => void {
  return (message) => {
    if (!args.quiet) io.stderr(`${say(args.lang, msg("cmd.warning", { message }))}\n`);
  };
}

/** Reads the live list with progress on stderr and warnings unless --quiet; Ctrl-C stops it. */
export function readLiveShown(
  client: WechatClient,
  args: Pick<GlobalOptions, "quiet" | "lang">,
  io: Io,
): Promise<LiveList> {
  const warn = warnTo(args, io);
  const progress = startProgress(io, t(args.lang, "progress.readingLive"), args);
  return readLive(client, {
    warn,
    signal: io.signal,
    onPage: (done, total) => progress.update(done, total),
  }).finally(() => progress.stop());
}

/**
 * The appid the plan records: the credentials' when the file names one it must match (exit 4
 * otherwise); none with a token alone, which says so naming `tokenVariable`, the variable the
 * token came from (with wxbl.yaml the account's WECHAT_<ENV>_ACCESS_TOKEN).
 */
export function checkAppid(
  desired: DesiredState,
  clientAppid: string | undefined,
  warn: (message: Message) => void,
  tokenVariable = SINGLE_ACCOUNT_VARIABLES.token,
): string | null {
  if (!clientAppid) {
    if (desired.appid) {
      warn(msg("cmd.appid.unchecked", { appid: desired.appid, variable: tokenVariable }));
    }
    return null; // unchecked: the plan must not claim an account it did not verify
  }
  if (desired.appid && desired.appid !== clientAppid) {
    throw new RefusedError(
      msg("cmd.appid.mismatch", { file: desired.appid, credentials: clientAppid }),
    );
  }
  return clientAppid;
}

export function resolvePath(io: Io, path: string): string {
  return resolve(io.cwd, path);
}
