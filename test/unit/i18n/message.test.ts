import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/errors.js";
import { isMessage, msg, say } from "../../../src/i18n/message.js";
import { MAX_QUOTED_CHARS, quoteEn, quoteZh } from "../../../src/i18n/quote-value.js";

describe("say", () => {
  it("puts a Message given as a parameter into words in the same language", () => {
    const meaning = msg("errcode.45009");
    const failed = msg("wechat.callFailed", {
      call: "batchblacklist",
      meaning,
      next: msg("errcode.45009.next"),
    });
    expect(say("en", failed)).toBe(
      "batchblacklist failed: the account's daily quota for this API is spent (errcode 45009). " +
        "Next: try again tomorrow (the quota resets daily); a later run picks up where this one stopped.",
    );
    expect(say("zh-CN", failed)).toBe(
      "batchblacklist 调用失败：公众号今天调用这个接口的次数已经用完（errcode 45009）。" +
        "下一步：明天再试（调用次数每天重置）；下次运行会从这次停下的地方接着做。",
    );
  });

  it("puts each Message of a list parameter into words, and leaves plain text as it is", () => {
    const stale = msg("cmd.savedPlan.stale", {
      path: "plan.json",
      reasons: [msg("cmd.savedPlan.fileChanged"), "the plan was edited by hand"],
    });
    expect(say("en", stale)).toContain(": the file changed; the plan was edited by hand.");
    expect(say("zh-CN", stale)).toContain("：黑名单文件有改动；the plan was edited by hand。");
  });

  it("reads a Message that crossed a worker thread (a structured clone) as a Message", () => {
    const cloned = structuredClone(msg("errcode.unknown", { errcode: 12345 }));
    expect(isMessage(cloned)).toBe(true);
    expect(isMessage({ key: "not.a.key", params: [] })).toBe(false);
    expect(say("zh-CN", cloned)).toContain("12345");
  });

  it("gives an error built from a Message its English message and its localized text", () => {
    const error = new InputError(msg("cmd.apply.concurrency", { value: 0 }));
    expect(error.message).toBe("--concurrency must be a whole number from 1 to 64, not 0");
    expect(error.localized("zh-CN")).toBe("--concurrency 必须是 1 到 64 之间的整数，不能是 0");
  });
});

describe("quoting a value in a message (SPEC 2: cut at about 80 characters)", () => {
  it.each([
    ["a short value, quoted with escapes", "a\tb\u0000", '"a\\tb\\u0000"'],
    ["bidirectional overrides escaped", "x\u202ey", '"x\\u202ey"'],
    ["80 characters, whole", "x".repeat(80), `"${"x".repeat(80)}"`],
  ])("%s", (_name, value, quoted) => {
    expect(quoteEn(value)).toBe(quoted);
    expect(quoteZh(value)).toBe(quoted);
  });

  it("cuts a 50 MB value to about 80 characters and says its length in either language", () => {
    const huge = "o".repeat(50 * 1024 * 1024);
    const en = quoteEn(huge);
    const zh = quoteZh(huge);
    expect(en).toBe(`"${"o".repeat(MAX_QUOTED_CHARS)}…" (52,428,800 characters)`);
    expect(zh).toBe(`"${"o".repeat(MAX_QUOTED_CHARS)}…"（共 52,428,800 个字符）`);
  });

  it("never splits a surrogate pair", () => {
    const value = `${"x".repeat(MAX_QUOTED_CHARS - 1)}😀${"y".repeat(10)}`;
    expect(quoteEn(value)).toBe(`"${"x".repeat(MAX_QUOTED_CHARS - 1)}…" (91 characters)`);
  });
});
