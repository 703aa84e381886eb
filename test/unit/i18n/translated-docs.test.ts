import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * SPEC 12: README.zh-CN.md and docs/setup.zh-CN.md match their English versions. A section or a
 * code block added to one language and not the other fails here: both files must have the same
 * number of headings of each level, and the same fenced code blocks in the same order, where the
 * code may differ only in its comments (`#` to the end of a line, after a space or at its start).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");

const PAIRS = [
  { en: "README.md", zh: "README.zh-CN.md" },
  { en: "docs/setup.md", zh: "docs/setup.zh-CN.md" },
] as const;

interface Outline {
  headings: Record<string, number>;
  blocks: string[];
}

/** Code without its comments: what must be the same in both languages. */
function codeOnly(line: string): string {
  return line.replace(/(^|\s)#.*$/, "").trimEnd();
}

function outline(markdown: string): Outline {
  const headings: Record<string, number> = {};
  const blocks: string[] = [];
  let block: string[] | undefined;
  let fence = "";
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trimStart();
    if (block === undefined) {
      const open = /^(```+|~~~+)(.*)$/.exec(trimmed);
      if (open !== null) {
        fence = open[1] ?? "```";
        block = [`${fence}${(open[2] ?? "").trim()}`];
        continue;
      }
      const heading = /^(#{1,6})\s/.exec(line);
      if (heading !== null) {
        const level = heading[1] ?? "";
        headings[level] = (headings[level] ?? 0) + 1;
      }
    } else if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === "") {
      blocks.push(block.filter((code) => code !== "").join("\n"));
      block = undefined;
    } else {
      block.push(codeOnly(line));
    }
  }
  return { headings, blocks };
}

const read = (path: string) => readFileSync(join(root, path), "utf8");

describe("the outline of a markdown file", () => {
  const english = [
    "# Title",
    "## One",
    "```sh",
    "npx wxbl plan   # what would change",
    'wxbl block o1 --reason "spam (#142)"',
    "```",
    "## Two",
  ].join("\n");

  it("ignores comments in code and the prose around it", () => {
    const chinese = [
      "# 标题",
      "## 一",
      "```sh",
      "npx wxbl plan   # 会改动什么",
      'wxbl block o1 --reason "spam (#142)"',
      "```",
      "## 二",
    ].join("\n");
    expect(outline(chinese)).toEqual(outline(english));
  });

  it.each([
    ["a missing section", english.replace("## Two", "")],
    ["a heading of another level", english.replace("## Two", "### Two")],
    ["changed code", english.replace("npx wxbl plan", "npx wxbl apply")],
    ["a '#' inside the code changed", english.replace("(#142)", "(#143)")],
    ["a missing code block", english.replace(/```sh[\s\S]*```/, "")],
  ])("tells apart %s", (_what, changed) => {
    expect(outline(changed)).not.toEqual(outline(english));
  });

  it("does not count a '#' line inside a code block as a heading", () => {
    expect(outline("# A\n```yaml\n# comment\nversion: 1\n```\n").headings).toEqual({ "#": 1 });
  });
});

describe.each(PAIRS)("$zh matches $en (SPEC 12)", ({ en, zh }) => {
  const english = outline(read(en));
  const chinese = outline(read(zh));

  it("has the same number of headings of each level", () => {
    expect(chinese.headings).toEqual(english.headings);
  });

  it("has the same code blocks in the same order (only comments translated)", () => {
    expect(chinese.blocks.length).toBe(english.blocks.length);
    chinese.blocks.forEach((code, index) => {
      expect(code, `code block ${index + 1} of ${zh}`).toBe(english.blocks[index]);
    });
  });

  it("links to the other language at the top", () => {
    const top = (text: string) => text.split("\n").slice(0, 5).join("\n");
    const name = (path: string) => path.split("/").pop() ?? path;
    expect(top(read(en))).toContain(`English | [简体中文](${name(zh)})`);
    expect(top(read(zh))).toContain(`[English](${name(en)}) | 简体中文`);
  });

  it("is written in Chinese", () => {
    const prose = read(zh).replace(/```[\s\S]*?```/g, "");
    const han = prose.match(/\p{Script=Han}/gu)?.length ?? 0;
    expect(han).toBeGreaterThan(prose.length / 5);
  });
});
