import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { dirname, join } from "node:path";
import {
  startSandbox,
  type Sandbox,
  type SandboxAccountOptions,
  type SandboxState,
} from "../../src/sandbox/index.js";
import { listenOnLoopback } from "../support/loopback.js";
import { desiredFile, tempDir, wxbl, PATH, type Run, type RunOptions } from "./run-wxbl.js";

/**
 * Shared by the many-account end-to-end tests (SPEC 11): a sandbox of several accounts, a
 * config repository with a wxbl.yaml and each account's file, and each account's variables.
 */

/**
 * `n` openids of one account: they share their first 6 characters ("o" and the account's
 * 5-character prefix), then 22 base64url characters (SPEC 7), told apart by `kind`.
 */
export function accountIds(prefix: string, kind: string, n: number): string[] {
  if (prefix.length !== 5) throw new Error("an account prefix is 5 characters");
  return Array.from(
    { length: n },
    (_, i) => `o${prefix}${kind}${String(i).padStart(22 - kind.length, "0")}`,
  );
}

/** One account of the fixture: live 'kept' + 'stray' blocked; the file keeps 'kept' and adds 'toBlock'. */
export interface AccountShape {
  name: string;
  prefix: string;
  kept?: number;
  stray?: number;
  toBlock?: number;
  /** Write the file without `appid:` (exit 3 with wxbl.yaml). */
  noAppid?: boolean;
  sandbox?: Omit<SandboxAccountOptions, "name" | "state">;
}

export interface AccountIds {
  kept: string[];
  stray: string[];
  toBlock: string[];
}

export interface Fixture {
  dir: string;
  sandbox: Sandbox;
  ids: Record<string, AccountIds>;
  /** Each account's variables (WECHAT_<ENV>_APPSECRET) and the shared API base. */
  env: NodeJS.ProcessEnv;
  run: (args: string[], extra?: Partial<RunOptions>) => Promise<Run>;
  state: (name: string) => SandboxState;
  close: () => Promise<void>;
}

export async function accountsFixture(
  shapes: readonly AccountShape[],
  options: { pageSize?: number; seed?: number } = {},
): Promise<Fixture> {
  const ids: Record<string, AccountIds> = {};
  for (const shape of shapes) {
    ids[shape.name] = {
      kept: accountIds(shape.prefix, "K", shape.kept ?? 6),
      stray: accountIds(shape.prefix, "S", shape.stray ?? 2),
      toBlock: accountIds(shape.prefix, "N", shape.toBlock ?? 3),
    };
  }
  const sandbox = await startSandbox({
    seed: options.seed ?? 7,
    pageSize: options.pageSize ?? 5,
    tokenTtlSeconds: 1_000_000,
    accounts: shapes.map((shape) => {
      const { kept, stray, toBlock } = ids[shape.name] as AccountIds;
      return {
        name: shape.name,
        ...shape.sandbox,
        state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
      };
    }),
  });
  const { dir, remove } = tempDir("wxbl-accounts-");
  const yaml = ["accounts:"];
  const env: NodeJS.ProcessEnv = { WECHAT_API_BASE: sandbox.url };
  for (const shape of shapes) {
    const file = `accounts/${shape.name}/blacklist.yaml`;
    yaml.push(`  ${shape.name}:`, `    file: ${file}`);
    const account = sandbox.account(shape.name);
    const { kept, toBlock } = ids[shape.name] as AccountIds;
    const text = desiredFile({
      users: [...kept, ...toBlock],
      ...(shape.noAppid ? {} : { appid: account.appid }),
    }).text;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    env[`WECHAT_${account.env}_APPSECRET`] = account.secret;
  }
  writeFileSync(join(dir, "wxbl.yaml"), `${yaml.join("\n")}\n`);
  return {
    dir,
    sandbox,
    ids,
    env,
    run: (args, extra = {}) => wxbl(args, { cwd: dir, ...extra, env: { ...env, ...extra.env } }),
    state: (name) => sandbox.account(name).state(),
    close: async () => {
      await sandbox.close();
      remove();
    },
  };
}

/** Write calls and page reads one account of the sandbox served. */
export function accountCalls(state: SandboxState) {
  return {
    block: state.counts[PATH.block] ?? 0,
    unblock: state.counts[PATH.unblock] ?? 0,
    getblacklist: state.counts[PATH.getblacklist] ?? 0,
    token: state.counts[PATH.stableToken] ?? 0,
  };
}

/** Every call an account of the sandbox served (the call log's counters, all paths). */
export function anyCalls(state: SandboxState): number {
  return Object.values(state.counts).reduce((sum, n) => sum + n, 0);
}

/** Lines of `text` that do not start with the account's prefix `[name] `. */
export function linesNotNaming(text: string): string[] {
  return text.split("\n").filter((line) => line !== "" && !/^\[[a-z0-9-]+\]( |$)/.test(line));
}

/**
 * A loopback proxy in front of a sandbox of several accounts that tells which account each
 * call is for (token calls by appid, the others by the token the account was given) and
 * records when each account's first call arrives and its last answer leaves, in order. With
 * `holdUntil`, the first page read of each account waits until that many accounts are
 * waiting, so a run that works on fewer accounts at once never gets past it.
 */
export async function accountTrafficProxy(
  sandbox: Sandbox,
  options: { holdUntil?: number } = {},
): Promise<{
  url: string;
  events: { account: string; at: "start" | "end" }[];
  maxAtOnce: () => number;
  close: () => Promise<void>;
}> {
  const byAppid = new Map(sandbox.accounts.map((a) => [a.appid, a.name]));
  const byToken = new Map<string, string>();
  const events: { account: string; at: "start" | "end" }[] = [];
  const waiting: (() => void)[] = [];
  const held = new Set<string>();
  let released = options.holdUntil === undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://proxy");
      const account =
        url.pathname === PATH.stableToken
          ? (byAppid.get((JSON.parse(body) as { appid: string }).appid) ?? "?")
          : (byToken.get(url.searchParams.get("access_token") ?? "") ?? "?");
      events.push({ account, at: "start" });
      const forward = () => {
        const upstream = request(
          `${sandbox.url}${req.url ?? ""}`,
          { method: req.method, headers: req.headers },
          (answer) => {
            const parts: Buffer[] = [];
            answer.on("data", (chunk: Buffer) => parts.push(chunk));
            answer.on("end", () => {
              const text = Buffer.concat(parts).toString("utf8");
              if (url.pathname === PATH.stableToken) {
                const token = (JSON.parse(text) as { access_token?: string }).access_token;
                if (token) byToken.set(token, account);
              }
              events.push({ account, at: "end" });
              res.writeHead(answer.statusCode ?? 502, answer.headers).end(text);
            });
          },
        );
        upstream.on("error", () => res.destroy());
        upstream.end(body);
      };
      if (released || url.pathname !== PATH.getblacklist || held.has(account)) return forward();
      held.add(account);
      waiting.push(forward);
      if (held.size >= (options.holdUntil ?? 0)) {
        released = true;
        for (const go of waiting.splice(0)) go();
      }
    });
  });
  const loopback = await listenOnLoopback(server);
  return {
    url: loopback.url,
    events,
    close: loopback.close,
    /** The most accounts between their first call and their last answer at any one time. */
    maxAtOnce: () => {
      const first = new Map<string, number>();
      const last = new Map<string, number>();
      events.forEach((e, i) => {
        if (!first.has(e.account)) first.set(e.account, i);
        last.set(e.account, i);
      });
      let max = 0;
      for (let i = 0; i < events.length; i++) {
        let open = 0;
        for (const [account, start] of first)
          if (start <= i && (last.get(account) ?? 0) >= i) open++;
        max = Math.max(max, open);
      }
      return max;
    },
  };
}
