import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InputError, RuntimeFailure } from "../../errors.js";
import { formatCount } from "../../i18n/format-number.js";
import { t } from "../../i18n/index.js";
import { msg, say as sayIn, type Message } from "../../i18n/message.js";
import {
  startSandbox,
  type Sandbox,
  type SandboxFaults,
  type SandboxOptions,
} from "../../sandbox/index.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import type { Io } from "../io.js";

interface SandboxArgs {
  port: number;
  host: string;
  followers: number;
  blocked: number;
  "page-size": number;
  appid?: string;
  secret?: string;
  seed: number;
  state?: string;
  "busy-rate"?: number;
  "http500-rate"?: number;
  "drop-rate"?: number;
  latency?: number;
  "token-expiry-every"?: number;
  "per-minute-limit"?: number;
  "daily-quota"?: number;
  unauthorized?: boolean;
  accounts?: number;
}

/**
 * `wxbl sandbox`: the local WeChat API emulator (SPEC 6). 1. build the options, 2. start the
 * server, 3. print the credentials to paste, 4. serve until Ctrl-C or SIGTERM, 5. close.
 */
export const sandboxCommand = defineCommand<SandboxArgs>({
  command: "sandbox",
  describe:
    "Run a local WeChat API emulator (fake account, credentials, faults) for trying wxbl out",
  builder: (yargs) =>
    yargs
      .option("port", {
        type: "number",
        default: 0,
        describe: "Port to listen on (0: any free port)",
      })
      .option("host", {
        type: "string",
        default: "127.0.0.1",
        describe:
          "Interface to listen on; anything but loopback exposes the fake account to the network",
      })
      .option("followers", { type: "number", default: 0, describe: "Followers to generate" })
      .option("blocked", {
        type: "number",
        default: 0,
        describe: "Of the generated followers, how many are blocked (the first ones generated)",
      })
      .option("page-size", {
        type: "number",
        default: 10_000,
        describe: "Ids per getblacklist page (WeChat's docs say 10,000 or 1,000)",
      })
      .option("appid", {
        type: "string",
        describe: "The appid it accepts (default: generated from --seed)",
      })
      .option("secret", {
        type: "string",
        describe: "The app secret it accepts (default: generated from --seed)",
      })
      .option("accounts", {
        type: "number",
        describe:
          "Serve this many Official Accounts (account-1, account-2, ...), each with its own appid, secret, followers, blacklist, quotas and faults (the flags above are each one's); prints each account's WECHAT_<ENV>_ variables",
      })
      .option("seed", {
        type: "number",
        default: 1,
        describe: "Seed for everything random: ids, credentials, tokens, faults",
      })
      .option("state", {
        type: "string",
        describe:
          'JSON file {"followers": [...], "blacklist": [...]} loaded after the generated ones',
      })
      .option("busy-rate", {
        type: "number",
        describe: "Share (0..1) of blacklist calls answered errcode -1",
      })
      .option("http500-rate", {
        type: "number",
        describe: "Share (0..1) of blacklist calls answered HTTP 500",
      })
      .option("drop-rate", {
        type: "number",
        describe: "Share (0..1) of blacklist calls whose connection is closed without an answer",
      })
      .option("latency", { type: "number", describe: "Milliseconds added before every answer" })
      .option("token-expiry-every", {
        type: "number",
        describe:
          "Every N-th authenticated call finds its token expired (42001); the token is rotated",
      })
      .option("per-minute-limit", {
        type: "number",
        describe: "Write calls allowed per minute; more get 45011",
      })
      .option("daily-quota", {
        type: "number",
        describe: "Write calls allowed per day (Beijing time); more get 45009",
      })
      .option("unauthorized", {
        type: "boolean",
        describe:
          "Answer every blacklist call with 48001, as WeChat does for an unverified account",
      })
      .epilog(
        "Prints WECHAT_API_BASE, WECHAT_APPID and WECHAT_APPSECRET for the fake account on its first lines " +
          "(the output can be sourced by a shell), then serves until Ctrl-C. With --accounts N: " +
          "WECHAT_API_BASE, then WECHAT_<ENV>_APPID and WECHAT_<ENV>_APPSECRET for each account, and a " +
          "wxbl.yaml for them as comments. " +
          "State, call log and faults: GET /__sandbox/state, POST /__sandbox/faults, POST /__sandbox/reset-log " +
          "(?account=NAME for one of several; GET /__sandbox/accounts lists them).",
      ),
  run: async (args, io) => {
    // 1. options
    if (args.blocked > args.followers) {
      throw new InputError(
        msg("cmd.sandbox.blockedOverFollowers", {
          blocked: args.blocked,
          followers: args.followers,
        }),
      );
    }
    const several = args.accounts !== undefined;
    if (
      several &&
      (args.appid !== undefined || args.secret !== undefined || args.state !== undefined)
    ) {
      throw new InputError(msg("accounts.sandbox.oneAccountFlags"));
    }
    const options: SandboxOptions = {
      host: args.host,
      port: args.port,
      followers: args.followers,
      blocked: args.blocked,
      pageSize: args["page-size"],
      seed: args.seed,
      faults: faultsFrom(args),
      ...(args.appid === undefined ? {} : { appid: args.appid }),
      ...(args.secret === undefined ? {} : { secret: args.secret }),
      ...(args.state === undefined ? {} : { state: await readState(resolve(io.cwd, args.state)) }),
      ...(several ? { accounts: args.accounts } : {}),
    };
    // 2. start
    const started = Date.now();
    let sandbox;
    try {
      sandbox = await startSandbox(options);
    } catch (error) {
      throw startFailure(error, args);
    }
    // Listen for Ctrl-C and SIGTERM before anything is printed: whoever reads the lines below may
    // stop the sandbox as soon as they arrive, and a SIGTERM before the listener would kill the
    // process without closing the server or saying it stopped.
    const stopped = untilStopped(io);
    // 3. credentials. These three lines are the one place wxbl prints a secret (SPEC 2): the
    // fake credentials the sandbox invented, for the user to paste. They go to the process's
    // stdout directly because main.ts passes io.stdout through `redact`, which would mask the
    // secret whenever the same value is in the environment (a re-run with the same --seed).
    // stdout holds exactly the format asked for: the variables as lines, a JSON object, or a
    // markdown code block; the summary line is on stdout (a shell comment) only as text.
    const variables: Record<string, string> = several
      ? accountVariables(sandbox)
      : {
          WECHAT_API_BASE: sandbox.url,
          WECHAT_APPID: sandbox.appid,
          WECHAT_APPSECRET: sandbox.secret,
        };
    const lines = Object.entries(variables).map(([name, value]) => `${name}=${value}\n`);
    process.stdout.write(
      args.format === "json"
        ? `${JSON.stringify(variables)}\n`
        : args.format === "markdown"
          ? `\`\`\`sh\n${lines.join("")}\`\`\`\n`
          : lines.join(""),
    );
    const say = (text: Message) => sayIn(args.lang, text);
    const summary = several
      ? accountsSummary(sandbox, args, Date.now() - started)
      : say(
          msg("cmd.sandbox.ready", {
            followers: sandbox.state().followers,
            blocked: sandbox.state().blocked,
            pageSize: options.pageSize ?? 0,
            ms: Date.now() - started,
          }),
        );
    // The summary is a shell comment on stdout as text; with json or markdown, on stderr.
    if (args.format === "text") io.stdout(`${summary}\n`);
    else if (!args.quiet) io.stderr(`${summary}\n`);
    if (!["127.0.0.1", "localhost", "::1"].includes(args.host) && !args.quiet) {
      const exposed = msg("cmd.sandbox.exposed", { host: args.host });
      io.stderr(`${say(msg("cmd.warning", { message: exposed }))}\n`);
    }
    // 4. serve until interrupted
    await stopped;
    // 5. close
    await sandbox.close();
    if (!args.quiet) io.stderr(`${say(msg("cmd.sandbox.stopped"))}\n`);
    return 0;
  },
});

/**
 * A sandbox of several accounts (SPEC 11): the API base once, then each account's variables
 * (the fake credentials to paste: the one place a secret is printed, as for one account).
 */
function accountVariables(sandbox: Sandbox): Record<string, string> {
  const variables: Record<string, string> = { WECHAT_API_BASE: sandbox.url };
  for (const account of sandbox.accounts) {
    variables[`WECHAT_${account.env}_APPID`] = account.appid;
    variables[`WECHAT_${account.env}_APPSECRET`] = account.secret;
  }
  return variables;
}

/** What a sandbox of several accounts serves, and a wxbl.yaml for it, as shell comments. */
function accountsSummary(
  sandbox: Sandbox,
  args: SandboxArgs & Pick<GlobalOptions, "lang">,
  readyMs: number,
): string {
  const state = sandbox.accounts[0]?.state();
  const yaml = sandbox.accounts.flatMap((a) => [
    `#   ${a.name}:`,
    `#     file: accounts/${a.name}/blacklist.yaml   # appid: ${a.appid}`,
  ]);
  return [
    t(args.lang, "accounts.sandbox.ready", {
      accounts: sandbox.accounts.length,
      followers: formatCount(state?.followers ?? 0),
      blocked: formatCount(state?.blocked ?? 0),
      pageSize: formatCount(args["page-size"]),
      ms: readyMs,
    }),
    "# wxbl.yaml:",
    "# accounts:",
    ...yaml,
  ].join("\n");
}

function faultsFrom(args: SandboxArgs): SandboxFaults {
  const faults: SandboxFaults = {
    busyRate: args["busy-rate"],
    http500Rate: args["http500-rate"],
    dropRate: args["drop-rate"],
    latencyMs: args.latency,
    tokenExpiryEvery: args["token-expiry-every"],
    perMinuteLimit: args["per-minute-limit"],
    dailyWriteQuota: args["daily-quota"],
    unauthorized: args.unauthorized,
  };
  return Object.fromEntries(Object.entries(faults).filter(([, value]) => value !== undefined));
}

async function readState(path: string): Promise<{ followers: string[]; blacklist: string[] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? msg("cmd.sandbox.stateMissing", { path })
        : msg("cmd.sandbox.stateUnreadable", { path, reason: String(error) }),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      msg("cmd.sandbox.stateNotJson", { path, error: (error as Error).message }),
    );
  }
  const state = value as { followers?: unknown; blacklist?: unknown };
  const isIds = (ids: unknown) => Array.isArray(ids) && ids.every((id) => typeof id === "string");
  if (!isIds(state.followers ?? []) || !isIds(state.blacklist ?? [])) {
    throw new InputError(msg("cmd.sandbox.stateShape", { path }));
  }
  return {
    followers: (state.followers ?? []) as string[],
    blacklist: (state.blacklist ?? []) as string[],
  };
}

function startFailure(error: unknown, args: SandboxArgs): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") {
    return new RuntimeFailure(msg("cmd.sandbox.portInUse", { port: args.port, host: args.host }));
  }
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") {
    return new InputError(msg("cmd.sandbox.noInterface", { host: args.host }));
  }
  return new InputError(msg("cmd.sandbox.cannotStart", { error: (error as Error).message }));
}

/** Resolves on Ctrl-C (io.signal) or SIGTERM. */
function untilStopped(io: Io): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = () => {
      process.off("SIGTERM", stop);
      io.signal.removeEventListener("abort", stop);
      resolveStop();
    };
    if (io.signal.aborted) return stop();
    process.on("SIGTERM", stop);
    io.signal.addEventListener("abort", stop);
  });
}
