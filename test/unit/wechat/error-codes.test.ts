import { describe, expect, it } from "vitest";
import { say } from "../../../src/i18n/message.js";
import type { CredentialVariables } from "../../../src/wechat/credentials.js";
import { ERRCODES, describeErrcode } from "../../../src/wechat/error-codes.js";
import { SHOP_VARIABLES } from "../../support/shop-variables.js";

describe("the errcode table", () => {
  it.each([
    [-1, "retryable"],
    [40001, "token"],
    [40014, "token"],
    [42001, "token"],
    [40003, "invalid-openid"],
    [49003, "invalid-openid"],
    [45009, "quota"],
    [45011, "rate-limited"],
    [48001, "unauthorized"],
    [40032, "fatal"],
    [44002, "fatal"],
    [47001, "fatal"],
    [40013, "fatal"],
    [40125, "fatal"],
    [40164, "fatal"],
    [41001, "fatal"],
  ])("classifies %i as %s", (errcode, kind) => {
    expect(ERRCODES[errcode]?.kind).toBe(kind);
  });

  it.each([
    [45009, /tomorrow.*later run picks up/],
    [48001, /verified \(认证\)/],
    [40164, /IP whitelist.*WECHAT_ACCESS_TOKEN.*HTTPS_PROXY.*self-hosted runner/],
  ])("tells the operator what to do about %i", (errcode, next) => {
    const info = describeErrcode(errcode);
    expect(`${say("en", info.meaning)}. ${say("en", info.next)}`).toMatch(next);
  });

  it.each([
    [45009, /明天再试/],
    [48001, /微信认证/],
    [40164, /IP 白名单.*WECHAT_ACCESS_TOKEN.*HTTPS_PROXY.*自托管 runner/],
  ])("tells the operator in Chinese what to do about %i", (errcode, next) => {
    const info = describeErrcode(errcode);
    expect(`${say("zh-CN", info.meaning)}。${say("zh-CN", info.next)}`).toMatch(next);
  });

  it("says every known code's meaning and next step in both languages, naming the code", () => {
    for (const code of Object.keys(ERRCODES)) {
      const info = describeErrcode(Number(code));
      for (const lang of ["en", "zh-CN"] as const) {
        expect(say(lang, info.meaning)).toContain(`errcode ${code}`);
        expect(say(lang, info.next).length).toBeGreaterThan(10);
      }
    }
  });

  it("treats an unknown code as fatal and names it", () => {
    const info = describeErrcode(12345);
    expect(info.kind).toBe("fatal");
    expect(say("en", info.meaning)).toContain("12345");
    expect(say("zh-CN", info.meaning)).toContain("12345");
  });

  describe("a credential's next step names the variable it came from (SPEC 11)", () => {
    const shop = SHOP_VARIABLES;
    const next = (errcode: number, lang: "en" | "zh-CN", variables?: CredentialVariables) =>
      say(lang, describeErrcode(errcode, variables).next);

    it.each([
      [
        40125,
        "en",
        "check WECHAT_SHOP_APPSECRET, account shop's AppSecret, against that account's admin console (Settings and Development > Basic Configuration)",
      ],
      [
        40125,
        "zh-CN",
        "到公众号 shop 的后台（设置与开发 > 基本配置）核对 WECHAT_SHOP_APPSECRET（这个公众号的 AppSecret）",
      ],
      [
        40013,
        "en",
        "check the appid line of accounts/shop/blacklist.yaml (and WECHAT_SHOP_APPID, when set): it must be account shop's AppID (wx followed by 16 characters)",
      ],
      [
        40013,
        "zh-CN",
        "检查 accounts/shop/blacklist.yaml 里的 appid 一行（以及设置了的话 WECHAT_SHOP_APPID）：它应当是公众号 shop 的 AppID（wx 开头，后面 16 个字符）",
      ],
      [
        40001,
        "en",
        "wxbl gets a new token once by itself; if you gave WECHAT_SHOP_ACCESS_TOKEN, get a fresh one from account shop's token service",
      ],
      [
        42001,
        "zh-CN",
        "wxbl 会自己重新获取一次 token；如果你用的是 WECHAT_SHOP_ACCESS_TOKEN，请从公众号 shop 的 token 中控服务取一个新的",
      ],
    ] as const)("%i in %s: the account's own variable and its name", (errcode, lang, text) => {
      expect(next(errcode, lang, shop)).toBe(text);
    });

    it.each(["en", "zh-CN"] as const)(
      "40164 in %s: the account's console and its own token variable",
      (lang) => {
        const text = next(40164, lang, shop);
        expect(text).toContain("WECHAT_SHOP_ACCESS_TOKEN");
        expect(text).toContain(
          lang === "en" ? "admin console of account shop" : "公众号 shop 的后台",
        );
        expect(text).not.toMatch(/WECHAT_ACCESS_TOKEN|WECHAT_APPSECRET|WECHAT_APPID/);
      },
    );

    it("no account's hint names a plain variable, in either language", () => {
      for (const code of Object.keys(ERRCODES)) {
        for (const lang of ["en", "zh-CN"] as const) {
          expect(next(Number(code), lang, shop)).not.toMatch(
            /WECHAT_(APPID|APPSECRET|ACCESS_TOKEN|API_BASE)\b/,
          );
        }
      }
    });

    // Without wxbl.yaml the hints are the single-account texts they have always been.
    it.each([
      [
        40125,
        "en",
        "check WECHAT_APPSECRET against the admin console (Settings and Development > Basic Configuration)",
      ],
      [40125, "zh-CN", "到公众号后台（设置与开发 > 基本配置）核对 WECHAT_APPSECRET"],
      [40013, "en", "check WECHAT_APPID: it is the account's AppID (wx followed by 16 characters)"],
      [40013, "zh-CN", "检查 WECHAT_APPID：它应当是公众号的 AppID（wx 开头，后面 16 个字符）"],
      [
        40014,
        "en",
        "wxbl gets a new token once by itself; if you gave WECHAT_ACCESS_TOKEN, get a fresh one from the account's token service",
      ],
      [
        40014,
        "zh-CN",
        "wxbl 会自己重新获取一次 token；如果你用的是 WECHAT_ACCESS_TOKEN，请从公众号的 token 中控服务取一个新的",
      ],
      [
        40164,
        "en",
        "add this machine's public IP to the IP whitelist (IP白名单) in the Official Account admin console (Settings and Development > Basic Configuration), or avoid the whitelist: give a token from the account's central token service in WECHAT_ACCESS_TOKEN, send the calls through a fixed-egress proxy with HTTPS_PROXY, or run on a self-hosted runner whose IP is whitelisted",
      ],
      [
        40164,
        "zh-CN",
        "在公众号后台（设置与开发 > 基本配置）把本机的公网 IP 加进 IP 白名单；或者绕开白名单：用 WECHAT_ACCESS_TOKEN 提供公众号 token 中控服务发放的 token，用 HTTPS_PROXY 走固定出口 IP 的代理，或者在 IP 已加白的自托管 runner 上运行",
      ],
    ] as const)("%i in %s without an account: unchanged", (errcode, lang, text) => {
      expect(next(errcode, lang)).toBe(text);
    });
  });
});
