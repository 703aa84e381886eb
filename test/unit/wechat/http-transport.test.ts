import { describe, expect, it } from "vitest";
import { say } from "../../../src/i18n/message.js";
import { networkFailure, stripUrls } from "../../../src/wechat/http-transport.js";

describe("network failures never show a URL's query", () => {
  it.each([
    [
      "an undici-style message with the full URL",
      new Error(
        "fetch failed: http://127.0.0.1:9/cgi-bin/tags/members/getblacklist?access_token=TOKEN-in-url-123456",
      ),
    ],
    [
      "a cause chain with a code",
      Object.assign(
        new Error(
          "connect ECONNREFUSED https://h/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=S3CRET-value",
        ),
        {
          code: "ECONNREFUSED",
        },
      ),
    ],
  ])("%s", (_name, error) => {
    const failure = networkFailure("POST /cgi-bin/x", error);
    expect(failure.message).not.toMatch(/TOKEN-in-url|S3CRET-value|access_token=|secret=/);
    expect(failure.message).toMatch(/^POST \/cgi-bin\/x failed: /);
    const chinese = say("zh-CN", failure.text);
    expect(chinese).not.toMatch(/TOKEN-in-url|S3CRET-value|access_token=|secret=/);
    expect(chinese).toMatch(/^POST \/cgi-bin\/x 失败：/);
  });

  it.each([
    ["ECONNRESET", true],
    ["UND_ERR_HEADERS_TIMEOUT", true],
    ["ENOTFOUND", false],
    ["CERT_HAS_EXPIRED", false],
  ])("%s is retryable: %s", (code, retryable) => {
    const error = Object.assign(new Error("boom"), { code });
    expect(networkFailure("GET /", error).retryable).toBe(retryable);
  });

  it("stripUrls keeps the path and drops the query", () => {
    expect(stripUrls("at https://api.weixin.qq.com/cgi-bin/x?access_token=abc and more")).toBe(
      "at https://api.weixin.qq.com/cgi-bin/x and more",
    );
  });
});
