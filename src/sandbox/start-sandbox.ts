import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { CallLog } from "./call-log.js";
import { FaultInjector } from "./fault-injector.js";
import { createPrng, randomHex } from "./prng.js";
import { SandboxAccount } from "./sandbox-account.js";
import type { Sandbox, SandboxFaults, SandboxOptions, SandboxState } from "./sandbox-types.js";
import { TokenIssuer } from "./token-issuer.js";
import { validateFaults } from "./validate-faults.js";
import { WechatHandler } from "./wechat-handler.js";

/** SPEC 6: getblacklist's default page size (older docs say 10,000 a call). */
const DEFAULT_PAGE_SIZE = 10_000;
/** WeChat's access tokens live 7200 s. */
const DEFAULT_TOKEN_TTL_SECONDS = 7200;
const DEFAULT_CALL_LOG_LIMIT = 100_000;
/** Request bodies larger than this are cut off (a batch of 20 ids is under 1 KiB). */
const MAX_BODY_BYTES = 1 << 20;
const CONTROL_PREFIX = "/__sandbox/";

/**
 * Starts the WeChat API emulator (SPEC 6) on 127.0.0.1 and resolves once it listens.
 * Throws a plain Error for unusable options (the CLI turns it into an input error).
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  checkCount("pageSize", pageSize, 1);
  checkCount("followers", options.followers ?? 0, 0);
  checkCount("blocked", options.blocked ?? 0, 0);
  const ttlSeconds = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  checkCount("tokenTtlSeconds", ttlSeconds, 1);
  const credentialPrng = createPrng(seed, "credentials");
  const appid = options.appid ?? `wx${randomHex(credentialPrng, 16)}`;
  const secret = options.secret ?? randomHex(credentialPrng, 32);
  const faults = new FaultInjector(seed, validateFaults(options.faults ?? {}), now);

  const account = new SandboxAccount(options);
  const log = new CallLog(options.callLogLimit ?? DEFAULT_CALL_LOG_LIMIT);
  const tokens = new TokenIssuer(seed, ttlSeconds * 1000, now);
  const handler = new WechatHandler(
    account,
    tokens,
    faults,
    log,
    { appid, secret },
    () => pageSize,
    seed,
  );

  const state = (withBlacklist = true): SandboxState => ({
    appid,
    followers: account.followerCount,
    blacklist: withBlacklist ? account.blacklist.list() : [],
    calls: log.calls(),
    blocked: account.blacklist.size,
    counts: { ...log.counts },
    errcodes: { ...log.errcodes },
    forceRefreshes: log.forceRefreshes,
  });
  const setFaults = (next: SandboxFaults) => faults.set(validateFaults(next));

  const control = (method: string, path: string, query: URLSearchParams, body: string) => {
    const name = path.slice(CONTROL_PREFIX.length);
    if (name === "state" && method === "GET") {
      return { http: 200, body: state(query.get("blacklist") !== "0") };
    }
    if (name === "faults" && method === "GET") return { http: 200, body: faults.current };
    if (name === "faults" && method === "POST") {
      setFaults(JSON.parse(body || "{}") as SandboxFaults);
      return { http: 200, body: faults.current };
    }
    if (name === "reset-log" && method === "POST") {
      log.clear();
      faults.resetCounters();
      return { http: 200, body: { ok: true } };
    }
    if (name === "followers" && method === "POST") {
      const openids = (JSON.parse(body || "{}") as { openids?: unknown }).openids;
      if (!Array.isArray(openids) || !openids.every((id) => typeof id === "string")) {
        throw new Error('expected {"openids": [string, ...]}');
      }
      account.addFollowers(openids as string[]);
      return { http: 200, body: { followers: account.followerCount } };
    }
    return { http: 404, body: { error: `no sandbox endpoint ${method} ${path}` } };
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    const body = await readBody(req);
    const method = req.method ?? "GET";
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      let answer: { http: number; body: unknown };
      try {
        answer = control(method, url.pathname, url.searchParams, body);
      } catch (error) {
        answer = {
          http: 400,
          body: { error: error instanceof Error ? error.message : String(error) },
        };
      }
      sendJson(res, answer.http, answer.body);
      return;
    }
    const outcome = handler.handle({ method, path: url.pathname, query: url.searchParams, body });
    const latency = faults.latencyMs;
    if (latency > 0) await delay(latency);
    if (outcome.drop) {
      req.socket.destroy();
      return;
    }
    if (outcome.html !== undefined) {
      res.writeHead(outcome.reply.http, { "content-type": "text/html" }).end(outcome.html);
      return;
    }
    sendJson(res, outcome.reply.http, outcome.reply.body, "application/json; encoding=utf-8");
  };

  const server = createServer({ keepAlive: true }, (req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(error) });
      else res.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    appid,
    secret,
    state: () => state(),
    setFaults,
    addFollowers: (openids) => account.addFollowers(openids),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(
      `sandbox option ${name} must be a whole number of at least ${min}, got ${value}`,
    );
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(
  res: ServerResponse,
  http: number,
  body: unknown,
  type = "application/json",
): void {
  const text = JSON.stringify(body);
  res
    .writeHead(http, { "content-type": type, "content-length": Buffer.byteLength(text) })
    .end(text);
}
