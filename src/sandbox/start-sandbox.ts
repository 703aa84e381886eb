import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { AccountRouter } from "./account-router.js";
import type {
  Sandbox,
  SandboxAccountHandle,
  SandboxAccountOptions,
  SandboxFaults,
  SandboxOptions,
} from "./sandbox-types.js";
import { defaultOpenidPrefix } from "./generate-openids.js";
import { SandboxTenant, type TenantSpec } from "./sandbox-tenant.js";

/** SPEC 6: getblacklist's default page size (older docs say 10,000 a call). */
const DEFAULT_PAGE_SIZE = 10_000;
/** WeChat's access tokens live 7200 s. */
const DEFAULT_TOKEN_TTL_SECONDS = 7200;
const DEFAULT_CALL_LOG_LIMIT = 100_000;
/** Request bodies larger than this are cut off (a batch of 20 ids is under 1 KiB). */
const MAX_BODY_BYTES = 1 << 20;
const CONTROL_PREFIX = "/__sandbox/";
/** The name of the account of a sandbox of one account. */
const SINGLE_ACCOUNT_NAME = "main";
/** As wxbl.yaml allows them (SPEC 11). */
const ACCOUNT_NAME = /^[a-z0-9-]{1,64}$/;

/**
 * Starts the WeChat API emulator (SPEC 6) on 127.0.0.1 and resolves once it listens: one
 * account, or several (`accounts`, SPEC 11), each with everything of its own.
 * Throws a plain Error for unusable options (the CLI turns it into an input error).
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const specs = tenantSpecs(options);
  const router = new AccountRouter(seed);
  const tenants: SandboxTenant[] = [];
  for (const spec of specs) {
    const tenant: SandboxTenant = new SandboxTenant(spec, now, (token) =>
      router.remember(token, tenant),
    );
    tenants.push(tenant);
    router.add(tenant);
  }
  checkUnique(tenants);
  const first = tenants[0] as SandboxTenant;
  const byName = new Map(tenants.map((tenant) => [tenant.name, tenant]));

  const control = (method: string, path: string, query: URLSearchParams, body: string) => {
    const name = path.slice(CONTROL_PREFIX.length);
    if (name === "accounts" && method === "GET") {
      return {
        http: 200,
        body: {
          accounts: tenants.map((t) => ({
            name: t.name,
            env: t.env,
            openidPrefix: t.openidPrefix,
            appid: t.appid,
            secret: t.secret,
            followers: t.account.followerCount,
            blocked: t.account.blacklist.size,
          })),
          unrouted: { ...router.unrouted },
        },
      };
    }
    const wanted = query.get("account");
    const tenant = wanted === null ? first : byName.get(wanted);
    if (tenant === undefined) {
      return { http: 404, body: { error: `no account ${wanted} in this sandbox` } };
    }
    if (name === "state" && method === "GET") {
      return { http: 200, body: tenant.state(query.get("blacklist") !== "0") };
    }
    if (name === "faults" && method === "GET") return { http: 200, body: tenant.faults.current };
    if (name === "faults" && method === "POST") {
      tenant.setFaults(JSON.parse(body || "{}") as SandboxFaults);
      return { http: 200, body: tenant.faults.current };
    }
    if (name === "reset-log" && method === "POST") {
      for (const one of wanted === null ? tenants : [tenant]) one.resetLog();
      return { http: 200, body: { ok: true } };
    }
    if (name === "followers" && method === "POST") {
      const openids = (JSON.parse(body || "{}") as { openids?: unknown }).openids;
      if (!Array.isArray(openids) || !openids.every((id) => typeof id === "string")) {
        throw new Error('expected {"openids": [string, ...]}');
      }
      tenant.account.addFollowers(openids as string[]);
      return { http: 200, body: { followers: tenant.account.followerCount } };
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
    const request = { method, path: url.pathname, query: url.searchParams, body };
    const routed = router.route(request);
    if ("reply" in routed) {
      sendJson(res, routed.reply.http, routed.reply.body, "application/json; encoding=utf-8");
      return;
    }
    const outcome = routed.tenant.handler.handle(request);
    const latency = routed.tenant.faults.latencyMs;
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
  const handles = tenants.map(handleOf);
  const firstHandle = handles[0] as SandboxAccountHandle;

  return {
    url: `http://${urlHost}:${port}`,
    appid: firstHandle.appid,
    secret: firstHandle.secret,
    state: firstHandle.state,
    setFaults: firstHandle.setFaults,
    addFollowers: firstHandle.addFollowers,
    accounts: handles,
    account: (name) => {
      const handle = handles.find((h) => h.name === name);
      if (handle === undefined) throw new Error(`no account ${name} in this sandbox`);
      return handle;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function handleOf(tenant: SandboxTenant): SandboxAccountHandle {
  return {
    name: tenant.name,
    env: tenant.env,
    appid: tenant.appid,
    secret: tenant.secret,
    state: () => tenant.state(),
    setFaults: (faults) => tenant.setFaults(faults),
    addFollowers: (openids) => tenant.account.addFollowers(openids),
    resetLog: () => tenant.resetLog(),
  };
}

/**
 * Each account's spec: its own options over the sandbox's. One account keeps the sandbox's
 * seed (so a sandbox of one account is what it always was); account N of several gets a seed
 * of its own, so its ids, credentials, tokens and faults are its own.
 */
function tenantSpecs(options: SandboxOptions): TenantSpec[] {
  const seed = options.seed ?? 1;
  const list: SandboxAccountOptions[] | undefined =
    typeof options.accounts === "number"
      ? Array.from({ length: checkCount("accounts", options.accounts, 1) }, () => ({}))
      : options.accounts;
  if (list !== undefined && list.length === 0) {
    throw new Error("sandbox option accounts must list at least one account");
  }
  const several = list ?? [
    {
      name: SINGLE_ACCOUNT_NAME,
      seed,
      appid: options.appid,
      secret: options.secret,
      state: options.state,
    },
  ];
  return several.map((account, index) => {
    const name = account.name ?? `account-${index + 1}`;
    if (!ACCOUNT_NAME.test(name)) {
      throw new Error(
        `sandbox account name ${JSON.stringify(name)} must be lowercase letters, digits and - (at most 64)`,
      );
    }
    const accountSeed = account.seed ?? (list === undefined ? seed : seed * 1_000 + index + 1);
    const spec: TenantSpec = {
      name,
      env: account.env ?? name.toUpperCase().replaceAll("-", "_"),
      seed: accountSeed,
      openidPrefix: account.openidPrefix ?? defaultOpenidPrefix(accountSeed),
      appid: account.appid,
      secret: account.secret,
      followers: checkCount("followers", account.followers ?? options.followers ?? 0, 0),
      blocked: checkCount("blocked", account.blocked ?? options.blocked ?? 0, 0),
      state: account.state,
      pageSize: checkCount(
        "pageSize",
        account.pageSize ?? options.pageSize ?? DEFAULT_PAGE_SIZE,
        1,
      ),
      tokenTtlSeconds: checkCount(
        "tokenTtlSeconds",
        account.tokenTtlSeconds ?? options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
        1,
      ),
      faults: account.faults ?? options.faults ?? {},
      callLogLimit: options.callLogLimit ?? DEFAULT_CALL_LOG_LIMIT,
    };
    return spec;
  });
}

/** Names, variables and appids identify the accounts: no two may share one. */
function checkUnique(tenants: readonly SandboxTenant[]): void {
  for (const key of ["name", "env", "appid", "openidPrefix"] as const) {
    const seen = new Set<string>();
    for (const tenant of tenants) {
      if (seen.has(tenant[key]))
        throw new Error(`two sandbox accounts have the ${key} ${tenant[key]}`);
      seen.add(tenant[key]);
    }
  }
}

function checkCount(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(
      `sandbox option ${name} must be a whole number of at least ${min}, got ${value}`,
    );
  }
  return value;
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
