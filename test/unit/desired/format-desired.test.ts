import { describe, expect, it } from "vitest";
import { formatDesired } from "../../../src/desired/format-desired.js";
import { say, type Message } from "../../../src/i18n/message.js";

const inEnglish = (notes: Message[]) => notes.map((note) => say("en", note));

const A = "oAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const B = "oB6_bmjrPTlm6_2sgVt7hMZOPfL2";
const Z = "oZZZ9WKs7Jx-4vHq2pZc0aNtLm00";

const messy = [
  "# yaml-language-server: $schema=./schema/blacklist.schema.json",
  "# header comment",
  "",
  "version: 1",
  "guard:",
  "  max_block: 25%",
  "users:",
  "  # about Z",
  `  - ${Z} # bare Z`,
  `  - openid: ${B}`,
  '    reason: "spam # not a comment" # trailing',
  "    expires: 2027-03-01",
  "  # about A",
  `  - ${A}`,
  `  - ${Z}`,
  "",
].join("\n");

const tidy = [
  "# yaml-language-server: $schema=./schema/blacklist.schema.json",
  "# header comment",
  "",
  "version: 1",
  "guard:",
  "  max_block: 25%",
  "users:",
  "  # about A",
  `  - ${A}`,
  `  - openid: ${B}`,
  '    reason: "spam # not a comment" # trailing',
  "    expires: 2027-03-01",
  "  # about Z",
  `  - ${Z} # bare Z`,
  "",
].join("\n");

describe("formatDesired", () => {
  it("sorts users by openid, merges identical entries and keeps every comment with its entry", () => {
    const result = formatDesired(messy);
    expect(result.text).toBe(tidy);
    expect(inEnglish(result.merged)).toEqual([
      `merged the identical entries of ${Z} on lines 9 and 15`,
    ]);
    expect(result.conflicts).toEqual([]);
  });

  it.each([
    ["LF", tidy],
    ["CRLF with a BOM", `\uFEFF${tidy.replaceAll("\n", "\r\n")}`],
    ["its own output", formatDesired(messy).text],
  ])("leaves a formatted file unchanged (%s)", (_name, text) => {
    expect(formatDesired(text).text).toBe(text);
  });

  it("sorts in code-unit order, never case-folded (Z before a)", () => {
    const text = `version: 1\nusers:\n  - oa${"x".repeat(26)}\n  - oZ${"x".repeat(26)}\n`;
    expect(formatDesired(text).text).toBe(
      `version: 1\nusers:\n  - oZ${"x".repeat(26)}\n  - oa${"x".repeat(26)}\n`,
    );
  });

  it("reports the same openid with different reasons as a conflict naming both lines", () => {
    const text = `version: 1\nusers:\n  - openid: ${A}\n    reason: one\n  - openid: ${A}\n    reason: two\n`;
    const { conflicts } = formatDesired(text);
    expect(inEnglish(conflicts)).toEqual([
      `${A} is listed twice with a different reason or expiry, on lines 3 and 5; keep the one you mean and remove the other`,
    ]);
    expect(conflicts.map((note) => say("zh-CN", note))).toEqual([
      `${A} 出现了两次，但拉黑原因或到期日不同（第 3 行和第 5 行）；请保留你想要的那条，删掉另一条`,
    ]);
  });
});
