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
import { SHOP_VARIABLES } from "../../support/shop-variables.js";

/**
 * With wxbl.yaml each account's credentials come from its own WECHAT_<ENV>_... variables
 * (SPEC 11): the client is told which, and every hint about a rejected AppID, AppSecret or
 * token, or a base that does not answer like WeChat, names them and the account.
 */

const APPID = SCRIPTED_APPID;
const SECRET = SCRIPTED_SECRET;
const ok = OK_ANSWER;

let server: ScriptedServer | undefined;
let client: WechatClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

describe("createWechatClient: the hints name the variables the credentials came from (SPEC 11)", () => {
  const shop = SHOP_VARIABLES;
  let issued = 0;
  const tokenCall = (errcode: number) => (r: SeenRequest) =>
    r.path.endsWith("/stable_token") ? { json: { errcode } } : ok;

  // Each case: what the server answers (token calls included), and what the hint must say.
  it.each<[string, (r: SeenRequest) => ScriptedAnswer, RegExp, { token?: string }]>([
    [
      "an AppID WeChat does not know (40013)",
      tokenCall(40013),
      /check the appid line of accounts\/shop\/blacklist\.yaml \(and WECHAT_SHOP_APPID, when set\): it must be account shop's AppID/,
      {},
    ],
    [
      "a rejected AppSecret (40125)",
      tokenCall(40125),
      /check WECHAT_SHOP_APPSECRET, account shop's AppSecret, against that account's admin console/,
      {},
    ],
    [
      "a machine off the IP whitelist (40164)",
      tokenCall(40164),
      /admin console of account shop .* account shop's central token service in WECHAT_SHOP_ACCESS_TOKEN/,
      {},
    ],
    [
      "a given token rejected (40001)",
      () => ({ json: { errcode: 40001 } }),
      /rejected the token given in WECHAT_SHOP_ACCESS_TOKEN for account shop: .* account shop's token service/,
      { token: "shop-token-0123456789" },
    ],
    [
      "a new token rejected too (40001)",
      (r) =>
        r.path.endsWith("/stable_token")
          ? { json: { access_token: `T-${++issued}`, expires_in: 7200 } }
          : { json: { errcode: 40001 } },
      /again with a new token.* account shop's central token service in WECHAT_SHOP_ACCESS_TOKEN/,
      {},
    ],
    [
      "the same token back after a rejection (42001)",
      (r) =>
        r.path.endsWith("/stable_token")
          ? { json: { access_token: "T-same", expires_in: 7200 } }
          : { json: { errcode: 42001 } },
      /gave the same token back.* account shop's central token service in WECHAT_SHOP_ACCESS_TOKEN/,
      {},
    ],
    [
      "an answer that is not WeChat's (HTTP 404)",
      () => ({ json: { message: "Not Found" }, status: 404 }),
      /without a WeChat errcode; check WECHAT_SHOP_API_BASE \(/,
      {},
    ],
    ["no answer at all", () => "drop", /\(WECHAT_SHOP_API_BASE, HTTPS_PROXY\)/, {}],
  ])("%s", async (_name, api, hint, options) => {
    server = await startScriptedServer(api);
    client = createWechatClient({
      baseUrl: server.url,
      credentials: options.token
        ? { kind: "token", accessToken: options.token }
        : { kind: "appsecret", appid: APPID, secret: SECRET },
      variables: shop,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      sleep: fakeClock().sleep,
      env: {},
    });
    const error = await client.getBlacklistPage("").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatError);
    const message = (error as Error).message;
    expect(message).toMatch(hint);
    // Never a single-account variable, never a value.
    expect(message).not.toMatch(/WECHAT_(APPID|APPSECRET|ACCESS_TOKEN|API_BASE)\b/);
    expect(message).not.toContain(SECRET);
    if (options.token) expect(message).not.toContain(options.token);
  });
});
