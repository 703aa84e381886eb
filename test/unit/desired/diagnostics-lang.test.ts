import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../src/desired/diagnostic.js";
import { loadDesired } from "../../../src/desired/load-desired.js";
import { InputError } from "../../../src/errors.js";
import { say } from "../../../src/i18n/message.js";

/**
 * SPEC 12: every diagnostic of the file is said in the reader's language; file:line:column and
 * the ids stay as they are; the English `message` (validate --format json) does not change.
 */
const NOW = new Date("2026-06-01T12:00:00Z");
const A = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";

async function inChinese(text: string): Promise<string[]> {
  const result = await loadDesired("f.yaml", { text, now: NOW });
  for (const d of result.diagnostics) expect(d.message).toBe(say("en", d.text));
  return result.diagnostics.map((d) => formatDiagnostic(d, "zh-CN"));
}

describe("the file's diagnostics in Chinese", () => {
  it.each([
    ["an empty file", "", "f.yaml:1:1: 错误：文件是空的；请以 'version: 1' 和 'users:' 列表开头"],
    [
      "binary junk",
      `version: 1\nusers:\n  - o\u0000x\n`,
      "f.yaml:3:6: 错误：文件里有控制字符 U+0000：看起来是二进制文件，而不是 YAML 文本；请确认 --file 指向的是黑名单文件，或者删掉这个字符",
    ],
    [
      "a tab used for indentation",
      `version: 1\nusers:\n\t- ${A}\n`,
      "f.yaml:3:1: 错误：缩进里用了 Tab；YAML 只能用空格缩进：请把 Tab 换成空格",
    ],
    [
      "a list instead of a map",
      `- ${A}\n`,
      "f.yaml:1:1: 错误：文件必须是 YAML 映射（version:、users: ……），实际是一个列表",
    ],
    [
      "version 2",
      `version: 2\nusers: []\n`,
      "f.yaml:1:10: 错误：version 必须是 1（这个版本的 wxbl 只认识这一种文件格式），实际是数字 2",
    ],
    [
      "a missing users key",
      `version: 1\n`,
      "f.yaml:1:1: 错误：缺少 users；请加上 'users:' 并列出要拉黑的 openid（一个都没有就写 'users: []'）",
    ],
    [
      "an unknown key in an entry",
      `version: 1\nusers:\n  - openid: ${A}\n    reasn: spam\n`,
      'f.yaml:4:5: 错误：这个条目里有未知的键 "reasn"；你是不是想写 "reason"？',
    ],
    [
      "an unknown key far from any",
      `version: 1\nusers: []\ncolour: red\n`,
      'f.yaml:3:1: 错误：未知的键 "colour"；可用的键：version、appid、prune、guard、users',
    ],
    [
      "an openid with a space",
      `version: 1\nusers:\n  - openid: "${A} x"\n`,
      `f.yaml:3:13: 错误：openid "${A} x" 里有空格；openid 只能由 A-Z a-z 0-9 _ - 组成（1 到 128 个字符）`,
    ],
    [
      "an openid YAML reads as a number",
      `version: 1\nusers:\n  - 12345\n`,
      'f.yaml:3:5: 错误：openid 12345 被 YAML 读成了数字；请给它加上引号："12345"',
    ],
    [
      "an impossible date",
      `version: 1\nusers:\n  - openid: ${A}\n    expires: 2027-02-30\n`,
      'f.yaml:4:14: 错误：expires "2027-02-30" 不是真实存在的日期（2027 年 2 月只有 28 天）',
    ],
    [
      "a percentage over 100",
      `version: 1\nguard:\n  max_block: 150%\nusers: []\n`,
      "f.yaml:3:14: 错误：guard.max_block 是 150%，超过了 100%；请写不超过 100% 的百分比，或者写一个数量",
    ],
    [
      "prune as text",
      `version: 1\nprune: yes\nusers: []\n`,
      'f.yaml:2:8: 错误：prune 必须是 true 或 false，实际是文本 "yes"',
    ],
    [
      "a duplicate key",
      `version: 1\nversion: 1\nusers: []\n`,
      "f.yaml:2:1: 错误：同一个映射里出现了重复的键；每个键只能出现一次：请删掉其中一个，或者给它改名",
    ],
    [
      "a duplicate openid",
      `version: 1\nusers:\n  - ${A}\n  - ${A}\n`,
      `f.yaml:4:5: 错误：openid ${A} 重复了：在第 3 行和第 4 行；只保留一个（wxbl fmt 会合并完全相同的条目）`,
    ],
    [
      "an openid of an unusual shape (a warning)",
      `version: 1\nusers:\n  - abc123\n`,
      'f.yaml:3:5: 警告：openid "abc123" 看起来不像微信 openid（应为以 o 开头的 28 个字符）；请确认复制完整了',
    ],
    [
      "an expired entry (a warning)",
      `version: 1\nusers:\n  - openid: ${A}\n    expires: 2026-06-01\n`,
      "f.yaml:4:14: 警告：已于 2026-06-01 到期（从那天起不再拉黑）；可以删掉这个条目",
    ],
  ])("%s", async (_name, text, expected) => {
    expect(await inChinese(text)).toEqual([expected]);
  });

  it.each(["en", "zh-CN"] as const)(
    "cuts a quoted 5 MB value to about 80 characters with its length (%s)",
    async (lang) => {
      const huge = `o${"x".repeat(5_000_000)} y`;
      const text = `version: 1\nusers:\n  - "${huge}"\n  - openid: ${A}\n    ${"k".repeat(3000)}: 1\n`;
      const result = await loadDesired("f.yaml", { text, now: NOW });
      const lines = result.diagnostics.map((d) => formatDiagnostic(d, lang));
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line.length).toBeLessThan(300);
      expect(lines[0]).toContain("5,000,003");
      expect(lines[1]).toContain("3,000");
      for (const d of result.diagnostics) expect(d.message.length).toBeLessThan(300);
    },
  );

  it("says an unreadable file in the reader's language", async () => {
    const error = await loadDesired("/nonexistent/blacklist.yaml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).localized("zh-CN")).toBe(
      "无法读取 /nonexistent/blacklist.yaml：文件不存在；请先创建它（见 README），或者用 --file 指定另一个文件",
    );
  });
});
