import { describe, expect, it } from "vitest";
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
    expect(`${info.meaning}. ${info.next}`).toMatch(next);
  });

  it("treats an unknown code as fatal and names it", () => {
    expect(describeErrcode(12345)).toMatchObject({
      kind: "fatal",
      meaning: expect.stringContaining("12345"),
    });
  });
});
