import { describe, expect, it } from "vitest";
import { codeBlock, codeSpan, escapeMarkdown, fitRows } from "../../../src/render/markdown.js";

describe("fitRows", () => {
  const row = (n: number) => `| ${n} |\n`;
  const cut = (rest: number) => `… and ${rest.toLocaleString("en-US")} more\n`;

  it("keeps every row, and no note, when they fit", () => {
    expect(fitRows([1, 2, 3], row, cut, 1_000)).toEqual({
      text: "| 1 |\n| 2 |\n| 3 |\n",
      shown: 3,
    });
  });

  it.each([40, 41, 60, 100, 1_000])(
    "never goes over a budget of %i characters, with the note counting the rest",
    (budget) => {
      const items = Array.from({ length: 500 }, (_, i) => i);
      const { text, shown } = fitRows(items, row, cut, budget);
      expect(text.length).toBeLessThanOrEqual(budget);
      expect(shown).toBeLessThan(500);
      expect(text.endsWith(cut(500 - shown))).toBe(true);
    },
  );

  it("stops at the first row that does not fit, even with a million items", () => {
    const items = new Array<number>(1_000_000).fill(7);
    let rendered = 0;
    const { shown } = fitRows(items, (n) => (rendered++, row(n)), cut, 200);
    expect(rendered).toBe(shown + 1);
  });

  it("counts characters of any script: Chinese rows take their length in UTF-16 units", () => {
    const { text } = fitRows(
      ["刷屏广告".repeat(10)],
      (s) => `${s}\n`,
      () => "…\n",
      30,
    );
    expect(text).toBe("…\n");
  });
});

describe("codeSpan and codeBlock", () => {
  it("keeps a code span on one line and inside one table cell", () => {
    expect(codeSpan("a`b|c\nd")).toBe("`a?b?c?d`");
  });

  it("fences a log with more backticks than it holds, so nothing in it closes the block", () => {
    expect(codeBlock("plain")).toBe("```\nplain\n```");
    expect(codeBlock("a ```` b")).toBe("`````\na ```` b\n`````");
  });

  it("escapes a mention with a zero-width space so a bot comment notifies nobody", () => {
    expect(escapeMarkdown("@team")).toBe("@&#8203;team");
  });
});
