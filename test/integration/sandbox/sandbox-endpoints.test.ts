import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../../src/sandbox/index.js";
import { call, get, pageAll, PATH, post, stableToken } from "../../support/sandbox-http.js";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  sandbox = await startSandbox({
    appid: "wxappid0000000001",
    secret: "s3cret-of-the-sandbox",
    ...options,
  });
  return sandbox;
}

function legacyToken(sb: Sandbox, query: Record<string, string>) {
  return get(sb, PATH.token, query);
}

describe("GET /cgi-bin/token", () => {
  it("issues a new token on every call and the previous one stops working (40001)", async () => {
    const sb = await start({ followers: 2, blocked: 1 });
    const query = { grant_type: "client_credential", appid: sb.appid, secret: sb.secret };
    const first = (await legacyToken(sb, query)).json;
    const second = (await legacyToken(sb, query)).json;
    expect(first.expires_in).toBe(7200);
    expect(second.access_token).not.toBe(first.access_token);
    const stale = await call(sb, first.access_token as string, PATH.getBlacklist, {});
    expect(stale.json.errcode).toBe(40001);
    const fresh = await call(sb, second.access_token as string, PATH.getBlacklist, {});
    expect(fresh.json.count).toBe(1);
  });

  it.each([
    {
      name: "missing grant_type",
      query: { appid: "wxappid0000000001", secret: "s3cret-of-the-sandbox" },
      errcode: 40002,
    },
    {
      name: "wrong appid",
      query: { grant_type: "client_credential", appid: "wxother", secret: "s3cret-of-the-sandbox" },
      errcode: 40013,
    },
    {
      name: "wrong secret",
      query: { grant_type: "client_credential", appid: "wxappid0000000001", secret: "nope" },
      errcode: 40125,
    },
    {
      name: "missing appid",
      query: { grant_type: "client_credential", secret: "s3cret-of-the-sandbox" },
      errcode: 41002,
    },
    {
      name: "missing secret",
      query: { grant_type: "client_credential", appid: "wxappid0000000001" },
      errcode: 41004,
    },
  ])("answers $errcode for $name", async ({ query, errcode }) => {
    const sb = await start();
    const { http, json } = await legacyToken(sb, query as Record<string, string>);
    expect(http).toBe(200);
    expect(json.errcode).toBe(errcode);
    expect(json.errmsg).toMatch(/ rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(json).not.toHaveProperty("access_token");
  });
});

describe("POST /cgi-bin/stable_token", () => {
  it("returns the same token with the remaining life until it expires, then a new one", async () => {
    let clock = 1_000_000;
    const sb = await start({ now: () => clock });
    const body = {
      grant_type: "client_credential",
      appid: sb.appid,
      secret: sb.secret,
      force_refresh: false,
    };
    const first = (await post(sb, PATH.stableToken, body)).json;
    expect(first.expires_in).toBe(7200);
    clock += 1000 * 1000;
    const again = (await post(sb, PATH.stableToken, body)).json;
    expect(again).toEqual({ access_token: first.access_token, expires_in: 6200 });
    clock += 6200 * 1000;
    expect((await call(sb, first.access_token as string, PATH.getBlacklist, {})).json.errcode).toBe(
      42001,
    );
    const renewed = (await post(sb, PATH.stableToken, body)).json;
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.expires_in).toBe(7200);
  });

  it("rotates on force_refresh: the old token is stale and the call is counted", async () => {
    const sb = await start();
    const old = await stableToken(sb);
    const rotated = await stableToken(sb, true);
    expect(rotated).not.toBe(old);
    expect((await call(sb, old, PATH.getBlacklist, {})).json.errcode).toBe(40001);
    expect((await call(sb, rotated, PATH.getBlacklist, {})).json.errcode).toBeUndefined();
    const state = sb.state();
    expect(state.forceRefreshes).toBe(1);
    expect(state.calls.filter((c) => c.forceRefresh)).toHaveLength(1);
  });

  it("keeps its tokens apart from GET /cgi-bin/token (as WeChat does)", async () => {
    const sb = await start();
    const stable = await stableToken(sb);
    await legacyToken(sb, { grant_type: "client_credential", appid: sb.appid, secret: sb.secret });
    expect((await call(sb, stable, PATH.getBlacklist, {})).json.errcode).toBeUndefined();
    expect(await stableToken(sb)).toBe(stable);
  });

  it.each([
    {
      name: "missing grant_type",
      body: { appid: "wxappid0000000001", secret: "s3cret-of-the-sandbox" },
      errcode: 40002,
    },
    {
      name: "wrong appid",
      body: { grant_type: "client_credential", appid: "wx1", secret: "s3cret-of-the-sandbox" },
      errcode: 40013,
    },
    {
      name: "wrong secret",
      body: { grant_type: "client_credential", appid: "wxappid0000000001", secret: "x" },
      errcode: 40125,
    },
    { name: "an empty body", body: "", errcode: 44002 },
    { name: "malformed JSON", body: "{grant_type:", errcode: 47001 },
  ])("answers $errcode for $name", async ({ body, errcode }) => {
    const sb = await start();
    expect((await post(sb, PATH.stableToken, body)).json.errcode).toBe(errcode);
  });
});

describe("authentication of the blacklist calls", () => {
  it.each([PATH.getBlacklist, PATH.block, PATH.unblock])(
    "%s: 41001 without a token, 40001 for an unknown one",
    async (path) => {
      const sb = await start();
      expect((await post(sb, path, {})).json.errcode).toBe(41001);
      expect((await call(sb, "not-a-token", path, {})).json.errcode).toBe(40001);
    },
  );

  it("answers 42001 once the token's life (on the sandbox clock) is over", async () => {
    let clock = 0;
    const sb = await start({ now: () => clock, tokenTtlSeconds: 60 });
    const token = await stableToken(sb);
    clock = 59_999;
    expect((await call(sb, token, PATH.getBlacklist, {})).json.errcode).toBeUndefined();
    clock = 60_000;
    expect((await call(sb, token, PATH.getBlacklist, {})).json.errcode).toBe(42001);
  });
});

describe("batchblacklist and batchunblacklist", () => {
  const followers = ["oF1", "oF2", "oF3"];
  const twentyOne = Array.from({ length: 21 }, (_, i) => `oX${i}`);

  it.each([
    { name: "an empty list", body: { openid_list: [] }, errcode: 40032 },
    { name: "21 ids", body: { openid_list: twentyOne }, errcode: 40032 },
    { name: "no openid_list", body: {}, errcode: 40032 },
    { name: "the opened_list typo", body: { opened_list: ["oF1"] }, errcode: 47001 },
    { name: "openid_list that is not a list", body: { openid_list: "oF1" }, errcode: 47001 },
    { name: "an id that is not a string", body: { openid_list: ["oF1", 7] }, errcode: 47001 },
    { name: "an empty body", body: "", errcode: 44002 },
    { name: "malformed JSON", body: '{"openid_list": [', errcode: 47001 },
    { name: "a JSON array", body: "[]", errcode: 47001 },
    {
      name: "an id that is not a follower",
      body: { openid_list: ["oF1", "oSTRANGER"] },
      errcode: 40003,
    },
  ])("both reject $name with $errcode and change nothing", async ({ body, errcode }) => {
    const sb = await start({ state: { followers, blacklist: ["oF2"] } });
    const token = await stableToken(sb);
    for (const path of [PATH.block, PATH.unblock]) {
      const { http, json } = await call(sb, token, path, body);
      expect(http).toBe(200);
      expect(json.errcode).toBe(errcode);
    }
    expect(sb.state().blacklist).toEqual(["oF2"]);
  });

  it("blocks 20 ids at once and accepts blocking an already blocked id", async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `oF${i}`);
    const sb = await start({ state: { followers: ids, blacklist: ["oF3"] } });
    const token = await stableToken(sb);
    expect((await call(sb, token, PATH.block, { openid_list: ids })).json).toEqual({
      errcode: 0,
      errmsg: "ok",
    });
    expect(sb.state().blacklist).toEqual(["oF3", ...ids.filter((id) => id !== "oF3")]);
    expect((await pageAll(sb, token)).ids).toHaveLength(20);
  });

  it("unblocks, and accepts unblocking a follower that is not blocked", async () => {
    const sb = await start({ state: { followers, blacklist: ["oF1", "oF2"] } });
    const token = await stableToken(sb);
    const { json } = await call(sb, token, PATH.unblock, { openid_list: ["oF1", "oF3"] });
    expect(json).toEqual({ errcode: 0, errmsg: "ok" });
    expect(sb.state().blacklist).toEqual(["oF2"]);
    expect(sb.state().followers).toBe(3);
  });

  it("re-blocking an unblocked id puts it at the end of the blocking order", async () => {
    const sb = await start({ state: { followers, blacklist: ["oF1", "oF2", "oF3"] } });
    const token = await stableToken(sb);
    await call(sb, token, PATH.unblock, { openid_list: ["oF1"] });
    await call(sb, token, PATH.block, { openid_list: ["oF1"] });
    expect((await pageAll(sb, token)).ids).toEqual(["oF2", "oF3", "oF1"]);
  });

  it("answers 43002 to a GET", async () => {
    const sb = await start();
    const token = await stableToken(sb);
    expect((await get(sb, PATH.block, { access_token: token })).json.errcode).toBe(43002);
  });
});
