import { afterEach, describe, expect, it } from "vitest";
import { createWechatClient, type WechatClient } from "../../../src/wechat/wechat-client.js";
import { WechatError } from "../../../src/wechat/wechat-error.js";
import { fakeClock } from "../../support/fake-clock.js";
import {
  OK_ANSWER,
  SCRIPTED_APPID,
  SCRIPTED_SECRET,
  startScriptedServer,
  type ScriptedAnswer,
  type ScriptedServer,
  type SeenRequest,
} from "../../support/scripted-server.js";

const APPID = SCRIPTED_APPID;
const SECRET = SCRIPTED_SECRET;
const ok = OK_ANSWER;
const page = { json: { total: 1, count: 1, data: { openid: ["oA"] }, next_openid: "oA" } };

let server: ScriptedServer | undefined;
let client: WechatClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

/** A server that issues token `T<n>` on the n-th token call and answers API calls from `api`. */
async function start(
  api: (request: SeenRequest, apiIndex: number) => ScriptedAnswer,
  options: { token?: string; legacy?: boolean; rateLimitWaitMs?: number } = {},
) {
  let tokens = 0;
  let apiCalls = 0;
  server = await startScriptedServer((request) => {
    if (request.path.endsWith("/token") || request.path.endsWith("/stable_token")) {
      tokens += 1;
      return { json: { access_token: `TOKEN-issued-${tokens}`, expires_in: 7200 } };
    }
    return api(request, apiCalls++);
  });
  const clock = fakeClock();
  const logs: string[] = [];
  client = createWechatClient({
    baseUrl: server.url,
    credentials: options.token
      ? { kind: "token", accessToken: options.token }
      : { kind: "appsecret", appid: APPID, secret: SECRET, legacyTokenEndpoint: options.legacy },
    retry: { baseDelayMs: 10, maxDelayMs: 100 },
    rateLimitWaitMs: options.rateLimitWaitMs ?? 60_000,
    maxRateLimitWaits: 2,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    log: (line) => logs.push(line),
    env: {},
  });
  return { server, client, clock, logs };
}

const apiPaths = (s: ScriptedServer) => s.requests.map((r) => r.path.split("/").pop());

describe("createWechatClient: requests on the wire", () => {
  it("gets a token from stable_token in normal mode and sends it in the query string", async () => {
    const { server, client } = await start(() => page);
    await client.getBlacklistPage("");
    expect(server.requests[0]).toEqual({
      method: "POST",
      path: "/cgi-bin/stable_token",
      query: {},
      body: { grant_type: "client_credential", appid: APPID, secret: SECRET, force_refresh: false },
    });
    expect(server.requests[1]).toMatchObject({
      method: "POST",
      path: "/cgi-bin/tags/members/getblacklist",
      query: { access_token: "TOKEN-issued-1" },
      body: { begin_openid: "" },
    });
  });

  it("uses GET /cgi-bin/token only when the legacy endpoint is asked for", async () => {
    const { server, client } = await start(() => page, { legacy: true });
    await client.getBlacklistPage("");
    expect(server.requests[0]).toMatchObject({
      method: "GET",
      path: "/cgi-bin/token",
      query: { grant_type: "client_credential", appid: APPID, secret: SECRET },
    });
  });

  it("caches the token across calls", async () => {
    const { server, client } = await start(() => page);
    await client.getBlacklistPage("");
    await client.getBlacklistPage("oA");
    expect(apiPaths(server)).toEqual(["stable_token", "getblacklist", "getblacklist"]);
  });

  it.each([
    ["block", "batchblacklist"],
    ["unblock", "batchunblacklist"],
  ] as const)("%s sends openid_list to %s", async (method, call) => {
    const { server, client } = await start(() => ok);
    await client[method](["oA", "oB"]);
    expect(server.requests[1]).toMatchObject({
      path: `/cgi-bin/tags/members/${call}`,
      body: { openid_list: ["oA", "oB"] },
    });
  });

  it.each([
    ["block", 0],
    ["block", 21],
    ["unblock", 0],
    ["unblock", 21],
  ] as const)("%s refuses %i ids before any request", async (method, n) => {
    const { server, client } = await start(() => ok);
    const ids = Array.from({ length: n }, (_, i) => `o${i}`);
    await expect(client[method](ids)).rejects.toThrow(/1 to 20 openids/);
    expect(server.requests).toEqual([]);
  });
});

describe("createWechatClient: retries", () => {
  it.each<[string, ScriptedAnswer]>([
    ["errcode -1 (busy)", { json: { errcode: -1, errmsg: "system error rid: x" } }],
    ["HTTP 500", { json: { errcode: -1 }, status: 500 }],
    ["HTTP 502 with an HTML page", { text: "<html>bad gateway</html>", status: 502 }],
    ["a body that is not JSON", { text: "<html>", status: 200 }],
    ["a dropped connection", "drop"],
  ])("retries %s with backoff and then succeeds", async (_name, fault) => {
    const { server, client, clock } = await start((_r, i) => (i < 2 ? fault : ok));
    await client.block(["oA"]);
    expect(apiPaths(server)).toEqual([
      "stable_token",
      "batchblacklist",
      "batchblacklist",
      "batchblacklist",
    ]);
    // random 0.5 of the 10 ms and 20 ms ceilings
    expect(clock.sleeps).toEqual([5, 10]);
    expect(client.stats.calls.batchblacklist).toBe(3);
  });

  it.each<[string, ScriptedAnswer]>([
    [
      "HTTP 404 with a JSON body that is not WeChat's",
      { json: { message: "Not Found" }, status: 404 },
    ],
    ["HTTP 403 with an empty JSON object", { json: {}, status: 403 }],
  ])("fails at once on %s: never a success with an empty answer", async (_name, answer) => {
    const { server, client } = await start(() => answer);
    const page = await client.getBlacklistPage("").catch((e: unknown) => e);
    expect(page).toBeInstanceOf(WechatError);
    expect((page as Error).message).toMatch(/without a WeChat errcode; check WECHAT_API_BASE/);
    await expect(client.block(["oA"])).rejects.toBeInstanceOf(WechatError);
    expect(apiPaths(server).filter((p) => p !== "stable_token")).toEqual([
      "getblacklist",
      "batchblacklist",
    ]);
  });

  it("gives up after 5 tries with a retryable WechatError", async () => {
    const { server, client } = await start(() => ({ json: { errcode: -1, errmsg: "busy" } }));
    const error = await client.block(["oA"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatError);
    expect(error).toMatchObject({ errcode: -1, call: "batchblacklist", kind: "retryable" });
    expect((error as Error).message).toMatch(/gave up after 5 tries/);
    expect(apiPaths(server).filter((p) => p === "batchblacklist")).toHaveLength(5);
  });

  it("gives up on a network fault after 5 tries with kind network and no errcode", async () => {
    const { client } = await start(() => "drop");
    await expect(client.block(["oA"])).rejects.toMatchObject({
      kind: "network",
      errcode: undefined,
      call: "batchblacklist",
    });
  });
});

describe("createWechatClient: errcode table", () => {
  it.each([
    [40003, "invalid-openid"],
    [49003, "invalid-openid"],
    [45009, "quota"],
    [48001, "unauthorized"],
    [40032, "fatal"],
    [44002, "fatal"],
    [47001, "fatal"],
    [41001, "fatal"],
    [99999, "fatal"],
  ])("errcode %i fails at once with kind %s", async (errcode, kind) => {
    const { server, client } = await start(() => ({ json: { errcode, errmsg: "x hint: [y]" } }));
    await expect(client.block(["oA"])).rejects.toMatchObject({ errcode, kind });
    expect(apiPaths(server).filter((p) => p === "batchblacklist")).toHaveLength(1);
  });

  it.each([
    [40013, /WECHAT_APPID/],
    [40125, /WECHAT_APPSECRET/],
    [40164, /IP whitelist.*WECHAT_ACCESS_TOKEN.*HTTPS_PROXY.*self-hosted runner/],
  ])("a token endpoint errcode %i explains what to fix", async (errcode, hint) => {
    server = await startScriptedServer(() => ({ json: { errcode, errmsg: "no" } }));
    client = createWechatClient({
      baseUrl: server.url,
      credentials: { kind: "appsecret", appid: APPID, secret: SECRET },
      env: {},
    });
    const error = await client.getBlacklistPage("").catch((e: unknown) => e);
    expect(error).toMatchObject({ errcode, call: "stable_token", kind: "fatal" });
    expect((error as Error).message).toMatch(hint);
    expect(server.requests).toHaveLength(1);
    expect(client.stats.calls).toEqual({ stable_token: 1 });
  });
});

describe("createWechatClient: tokens", () => {
  it.each([40001, 40014, 42001])(
    "on %i gets the token again once and retries with the new one",
    async (errcode) => {
      const { server, client } = await start((_r, i) => (i === 0 ? { json: { errcode } } : ok));
      await client.block(["oA"]);
      expect(apiPaths(server)).toEqual([
        "stable_token",
        "batchblacklist",
        "stable_token",
        "batchblacklist",
      ]);
      expect(server.requests[3]?.query.access_token).toBe("TOKEN-issued-2");
    },
  );

  it("stops with kind token when the new token is rejected too", async () => {
    const { server, client } = await start(() => ({ json: { errcode: 40001 } }));
    const error = await client.block(["oA"]).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "token", errcode: 40001 });
    expect((error as Error).message).toMatch(/again with a new token/);
    expect(apiPaths(server)).toEqual([
      "stable_token",
      "batchblacklist",
      "stable_token",
      "batchblacklist",
    ]);
  });

  it("renews again when the new token had worked and then expired (rotation mid-run)", async () => {
    // Both calls meet an expired TOKEN-issued-1 and share one renewal. TOKEN-issued-2 works for
    // the first retry, then expires for the second: a second expiry, not a broken token.
    let tokens = 0;
    let issued2 = 0;
    let releaseSecond = () => {};
    const secondHeld = new Promise<void>((resolve) => (releaseSecond = resolve));
    server = await startScriptedServer(async (request) => {
      if (request.path.endsWith("/stable_token")) {
        tokens += 1;
        return { json: { access_token: `TOKEN-issued-${tokens}`, expires_in: 7200 } };
      }
      const token = request.query.access_token;
      if (token === "TOKEN-issued-1") return { json: { errcode: 42001 } };
      if (token === "TOKEN-issued-2" && ++issued2 === 2) {
        await secondHeld; // answered only once the first retry has succeeded
        return { json: { errcode: 42001 } };
      }
      return ok;
    });
    client = createWechatClient({
      baseUrl: server.url,
      credentials: { kind: "appsecret", appid: APPID, secret: SECRET },
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      env: {},
    });
    const calls = [client.block(["oA"]), client.block(["oB"])];
    await Promise.race(calls);
    releaseSecond();
    await expect(Promise.all(calls)).resolves.toEqual([undefined, undefined]);
    expect(tokens).toBe(3);
    expect(server.requests.at(-1)?.query.access_token).toBe("TOKEN-issued-3");
  });

  it("fetches one token for many concurrent calls that saw the same stale token", async () => {
    const { server, client } = await start((request, i) =>
      i > 0 && request.query.access_token === "TOKEN-issued-1" ? { json: { errcode: 42001 } } : ok,
    );
    await client.getBlacklistPage(""); // caches TOKEN-issued-1, which then expires
    await Promise.all(Array.from({ length: 8 }, (_, i) => client!.block([`o${i}`])));
    const paths = apiPaths(server);
    expect(paths.filter((p) => p === "stable_token")).toHaveLength(2);
    expect(paths.filter((p) => p === "batchblacklist")).toHaveLength(16);
    const stale = server.requests.filter((r) => r.query.access_token === "TOKEN-issued-1");
    expect(stale).toHaveLength(9);
  });

  it("a rejected WECHAT_ACCESS_TOKEN is a clear token error, never fetched again", async () => {
    const { server, client } = await start(() => ({ json: { errcode: 40001 } }), {
      token: "GIVEN-token-abcdefgh",
    });
    const error = await client.block(["oA"]).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "token", errcode: 40001 });
    expect((error as Error).message).toMatch(/WECHAT_ACCESS_TOKEN/);
    expect((error as Error).message).not.toContain("GIVEN-token-abcdefgh");
    expect(apiPaths(server)).toEqual(["batchblacklist"]);
    expect(client.appid).toBeUndefined();
  });
});

describe("createWechatClient: 45011", () => {
  it("pauses every call for the rate-limit wait, then retries", async () => {
    let limited = true;
    const { server, client, clock } = await start(
      (request) => {
        if (request.path.endsWith("batchblacklist") && limited) {
          limited = false;
          return { json: { errcode: 45011 } };
        }
        return ok;
      },
      { rateLimitWaitMs: 1_000 },
    );
    const start0 = clock.now();
    await client.block(["oA"]);
    expect(clock.now() - start0).toBeGreaterThanOrEqual(1_000);
    // a later call waits at the gate only while it is closed: it is open again now
    await client.unblock(["oB"]);
    expect(apiPaths(server)).toEqual([
      "stable_token",
      "batchblacklist",
      "batchblacklist",
      "batchunblacklist",
    ]);
  });

  it("fails with kind rate-limited after maxRateLimitWaits waits", async () => {
    const { server, client } = await start(() => ({ json: { errcode: 45011 } }), {
      rateLimitWaitMs: 10,
    });
    await expect(client.block(["oA"])).rejects.toMatchObject({ kind: "rate-limited" });
    expect(apiPaths(server).filter((p) => p === "batchblacklist")).toHaveLength(3);
  });
});

describe("createWechatClient: redaction", () => {
  it("no error message or log line carries the token or the secret", async () => {
    const { client, logs } = await start(() => "drop");
    const error = (await client.block(["oA"]).catch((e: unknown) => e)) as Error;
    const everything = [error.message, String(error), error.stack ?? "", ...logs].join("\n");
    expect(everything).not.toContain("TOKEN-issued");
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain("access_token=");
    expect(logs.length).toBeGreaterThan(0);
  });
});
