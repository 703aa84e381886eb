import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";

/**
 * Wire compatibility: `wechat-api` (node-webot), a client no one here wrote, talks to the
 * sandbox as it would to api.weixin.qq.com. It has no blacklist helpers: `WechatAPI.patch`
 * adds them the way its README says, with absolute URLs, so they point at the sandbox.
 */
type Callback = (err: (Error & { code?: number }) | null, data: Record<string, unknown>) => void;
interface WechatApi {
  endpoint: string;
  getLatestToken(callback: (err: Error | null, token: { accessToken: string }) => void): void;
  [method: string]: unknown;
}
interface WechatApiClass {
  new (appid: string, secret: string): WechatApi;
  patch(name: string, url: string, override?: boolean): void;
}
const WechatAPI = createRequire(import.meta.url)("wechat-api") as WechatApiClass;

const followers = Array.from({ length: 12 }, (_, i) => `oWireCompat${String(i).padStart(17, "0")}`);
const blocked = followers.slice(0, 8).reverse(); // blocking order is not sorted order

let sandbox: Sandbox;
let api: WechatApi;

beforeAll(async () => {
  sandbox = await startSandbox({ state: { followers, blacklist: blocked }, pageSize: 3, seed: 21 });
  const base = `${sandbox.url}/cgi-bin/tags/members`;
  WechatAPI.patch("wxblGetBlacklist", `${base}/getblacklist`);
  WechatAPI.patch("wxblBatchBlacklist", `${base}/batchblacklist`);
  WechatAPI.patch("wxblBatchUnblacklist", `${base}/batchunblacklist`);
  api = new WechatAPI(sandbox.appid, sandbox.secret);
  api.endpoint = sandbox.url; // its token calls: GET {endpoint}/cgi-bin/token
});
afterAll(() => sandbox.close());

/** Calls a patched method; resolves with the data, or with the error wechat-api raised. */
function invoke(
  method: string,
  info: unknown,
): Promise<{ err: (Error & { code?: number }) | null; data: Record<string, unknown> }> {
  return new Promise((resolve) => {
    (api[method] as (info: unknown, callback: Callback) => void).call(api, info, (err, data) =>
      resolve({ err, data }),
    );
  });
}

describe("wechat-api against the sandbox", () => {
  it("gets a token with GET /cgi-bin/token", async () => {
    const token = await new Promise<{ accessToken: string }>((resolve, reject) =>
      api.getLatestToken((err, value) => (err ? reject(err) : resolve(value))),
    );
    expect(token.accessToken).toMatch(/^[A-Za-z0-9_-]{100,}$/);
    expect(sandbox.state().counts["/cgi-bin/token"]).toBeGreaterThanOrEqual(1);
  });

  it("pages the whole blacklist in WeChat's order, ending with an empty page without data", async () => {
    const ids: string[] = [];
    let cursor = "";
    const pages: Record<string, unknown>[] = [];
    for (let i = 0; i < 10; i++) {
      const { err, data } = await invoke("wxblGetBlacklist", { begin_openid: cursor });
      expect(err).toBeNull();
      pages.push(data);
      const page = data.data as { openid: string[] } | undefined;
      if (!page) break;
      ids.push(...page.openid);
      cursor = data.next_openid as string;
    }
    expect(ids).toEqual(blocked);
    expect(pages.map((p) => p.count)).toEqual([3, 3, 2, 0]);
    expect(pages[2]?.next_openid).toBe(blocked[7]);
    expect(pages[3]).toEqual({ total: 8, count: 0, next_openid: "" });
  });

  it("blocks and unblocks, and the next read shows it", async () => {
    const blockResult = await invoke("wxblBatchBlacklist", { openid_list: followers.slice(8, 10) });
    expect(blockResult).toEqual({ err: null, data: { errcode: 0, errmsg: "ok" } });
    const unblockResult = await invoke("wxblBatchUnblacklist", {
      openid_list: [blocked[0], blocked[1]],
    });
    expect(unblockResult).toEqual({ err: null, data: { errcode: 0, errmsg: "ok" } });
    expect(sandbox.state().blacklist).toEqual([...blocked.slice(2), ...followers.slice(8, 10)]);
    // restore for the other tests
    await invoke("wxblBatchUnblacklist", { openid_list: followers.slice(8, 10) });
    await invoke("wxblBatchBlacklist", { openid_list: [blocked[0], blocked[1]] });
  });

  it.each([
    {
      name: "21 ids",
      info: { openid_list: followers.concat(followers).slice(0, 21) },
      code: 40032,
    },
    { name: "an empty list", info: { openid_list: [] }, code: 40032 },
    { name: "the opened_list typo", info: { opened_list: [followers[9]] }, code: 47001 },
    {
      name: "an id that is not a follower",
      info: { openid_list: ["oNotAFollowerOfThisAccount00"] },
      code: 40003,
    },
  ])("surfaces WeChat's error $code for $name as a WeChatAPIError", async ({ info, code }) => {
    const before = sandbox.state().blacklist;
    const { err } = await invoke("wxblBatchBlacklist", info);
    expect(err?.name).toBe("WeChatAPIError");
    expect(err?.code).toBe(code);
    expect(err?.message).toMatch(/ rid: /);
    expect(sandbox.state().blacklist).toEqual(before);
  });
});
