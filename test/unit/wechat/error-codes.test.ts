import { describe, expect, it } from "vitest";
import { say } from "../../../src/i18n/message.js";
import { ERRCODES, describeErrcode } from "../../../src/wechat/error-codes.js";

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
    for (const [code, info] of Object.entries(ERRCODES)) {
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
});
