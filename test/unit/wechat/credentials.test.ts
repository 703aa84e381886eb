import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/errors.js";
import { credentialsFromEnv } from "../../../src/wechat/credentials.js";

describe("credentialsFromEnv", () => {
  it.each([
    [
      "a given token wins over appid and secret",
      { WECHAT_ACCESS_TOKEN: "tok-123456", WECHAT_APPID: "wx1", WECHAT_APPSECRET: "sec-123456" },
      { kind: "token", accessToken: "tok-123456" },
    ],
    [
      "appid and secret use stable_token",
      { WECHAT_APPID: "wx1", WECHAT_APPSECRET: "sec-123456" },
      { kind: "appsecret", appid: "wx1", secret: "sec-123456" },
    ],
    [
      "WECHAT_LEGACY_TOKEN=1 asks for GET /cgi-bin/token",
      { WECHAT_APPID: "wx1", WECHAT_APPSECRET: "sec-123456", WECHAT_LEGACY_TOKEN: "1" },
      { kind: "appsecret", appid: "wx1", secret: "sec-123456", legacyTokenEndpoint: true },
    ],
  ])("%s", (_name, env, expected) => {
    expect(credentialsFromEnv(env)).toEqual(expected);
  });

  it.each([
    ["nothing", {}, /no credentials are set/],
    ["only the appid", { WECHAT_APPID: "wx1" }, /WECHAT_APPSECRET is not set/],
    ["only the secret", { WECHAT_APPSECRET: "sec-123456" }, /WECHAT_APPID is not set/],
    ["an empty token", { WECHAT_ACCESS_TOKEN: "  " }, /no credentials are set/],
  ])("%s is an input error naming the variables", (_name, env, reason) => {
    const error = (() => {
      try {
        credentialsFromEnv(env);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toMatch(
      /WECHAT_ACCESS_TOKEN.*WECHAT_APPID and WECHAT_APPSECRET/,
    );
    expect((error as Error).message).not.toContain("sec-123456");
  });
});
