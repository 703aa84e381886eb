import { describe, expect, it } from "vitest";
import type { AccountConfig } from "../../../src/accounts/account-config.js";
import { accountConnection, plainVariablesSet } from "../../../src/accounts/account-connection.js";
import { InputError, RefusedError } from "../../../src/errors.js";

const account = (name: string, env: string): AccountConfig => ({
  name,
  env,
  file: `${name}.yaml`,
  line: 1,
  column: 1,
});
const main = account("main", "MAIN");
const shop = account("shop", "SHOP");
const APPID = "wx0123456789abcdef";

describe("accountConnection (SPEC 11): an account's own variables only", () => {
  it.each([
    {
      name: "the app secret goes with the file's appid",
      env: { WECHAT_MAIN_APPSECRET: "main-secret-123" },
      credentials: { kind: "appsecret", appid: APPID, secret: "main-secret-123" },
      baseUrl: undefined,
      apiBase: "WECHAT_MAIN_API_BASE",
    },
    {
      name: "the account's token wins over its secret",
      env: { WECHAT_MAIN_APPSECRET: "main-secret-123", WECHAT_MAIN_ACCESS_TOKEN: "main-token-123" },
      credentials: { kind: "token", accessToken: "main-token-123" },
      baseUrl: undefined,
      apiBase: "WECHAT_MAIN_API_BASE",
    },
    {
      name: "WECHAT_<ENV>_API_BASE wins over WECHAT_API_BASE",
      env: {
        WECHAT_MAIN_APPSECRET: "s-123456",
        WECHAT_MAIN_API_BASE: "http://a",
        WECHAT_API_BASE: "http://b",
      },
      credentials: { kind: "appsecret", appid: APPID, secret: "s-123456" },
      baseUrl: "http://a",
      apiBase: "WECHAT_MAIN_API_BASE",
    },
    {
      name: "else WECHAT_API_BASE",
      env: {
        WECHAT_MAIN_APPSECRET: "s-123456",
        WECHAT_API_BASE: "http://b",
        WECHAT_SHOP_API_BASE: "http://c",
      },
      credentials: { kind: "appsecret", appid: APPID, secret: "s-123456" },
      baseUrl: "http://b",
      apiBase: "WECHAT_API_BASE",
    },
    {
      name: "WECHAT_<ENV>_APPID equal to the file's is fine",
      env: { WECHAT_MAIN_APPSECRET: "s-123456", WECHAT_MAIN_APPID: APPID },
      credentials: { kind: "appsecret", appid: APPID, secret: "s-123456" },
      baseUrl: undefined,
      apiBase: "WECHAT_MAIN_API_BASE",
    },
    {
      name: "WECHAT_<ENV>_LEGACY_TOKEN=1 is the account's explicit request for GET /cgi-bin/token",
      env: {
        WECHAT_MAIN_APPSECRET: "s-123456",
        WECHAT_MAIN_LEGACY_TOKEN: "1",
        WECHAT_LEGACY_TOKEN: "0",
      },
      credentials: {
        kind: "appsecret",
        appid: APPID,
        secret: "s-123456",
        legacyTokenEndpoint: true,
      },
      baseUrl: undefined,
      apiBase: "WECHAT_MAIN_API_BASE",
    },
  ])("$name", ({ env, credentials, baseUrl, apiBase }) => {
    expect(accountConnection(env, main, APPID)).toEqual({
      credentials,
      baseUrl,
      // What the client names when WeChat rejects one of them: this account's variables.
      variables: {
        account: "main",
        appid: "WECHAT_MAIN_APPID",
        file: "main.yaml",
        secret: "WECHAT_MAIN_APPSECRET",
        token: "WECHAT_MAIN_ACCESS_TOKEN",
        apiBase,
      },
    });
  });

  it.each([
    { name: "another account's secret", env: { WECHAT_SHOP_APPSECRET: "shop-secret-123" } },
    { name: "another account's token", env: { WECHAT_SHOP_ACCESS_TOKEN: "shop-token-123" } },
    {
      name: "the plain variables",
      env: {
        WECHAT_APPID: APPID,
        WECHAT_APPSECRET: "plain-secret",
        WECHAT_ACCESS_TOKEN: "plain-token",
      },
    },
    { name: "an empty variable", env: { WECHAT_MAIN_APPSECRET: "  " } },
  ])(
    "never uses $name: missing credentials are exit 3 naming the account's variables",
    ({ env }) => {
      expect(() => accountConnection(env, main, APPID)).toThrow(InputError);
      expect(() => accountConnection(env, main, APPID)).toThrow(
        "credentials for account main are missing: set WECHAT_MAIN_APPSECRET (used with the file's appid wx0123456789abcdef) or WECHAT_MAIN_ACCESS_TOKEN",
      );
    },
  );

  it("refuses (exit 4) a WECHAT_<ENV>_APPID that names another account, whatever else is set", () => {
    const env = {
      WECHAT_SHOP_APPID: "wxffffffffffffffff",
      WECHAT_SHOP_ACCESS_TOKEN: "shop-token-123",
    };
    expect(() => accountConnection(env, shop, APPID)).toThrow(RefusedError);
    expect(() => accountConnection(env, shop, APPID)).toThrow(
      "WECHAT_SHOP_APPID is wxffffffffffffffff but shop.yaml is for wx0123456789abcdef",
    );
  });

  it("lists the plain credential variables that are set (each ignored with a warning)", () => {
    expect(
      plainVariablesSet({
        WECHAT_APPID: APPID,
        WECHAT_ACCESS_TOKEN: " ",
        WECHAT_API_BASE: "http://x",
      }),
    ).toEqual(["WECHAT_APPID"]);
  });
});
