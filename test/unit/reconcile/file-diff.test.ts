import { describe, expect, it } from "vitest";
import {
  DEFAULT_GUARD,
  type DesiredEntry,
  type DesiredState,
} from "../../../src/desired/desired-state.js";
import { fileDiff, type FileDiff } from "../../../src/reconcile/file-diff.js";
import { MARKDOWN_LIMIT, renderFileDiffMarkdown } from "../../../src/render/file-diff-markdown.js";
import { renderFileDiffText } from "../../../src/render/file-diff-text.js";
import { renderFileDiffJson } from "../../../src/render/file-diff-json.js";

const EN = { lang: "en" } as const;

/** A 28-character openid, distinct per n. */
const id = (n: number) => `o${String(n).padStart(27, "0")}`;

function entry(n: number, line: number, extra: Partial<DesiredEntry> = {}): DesiredEntry {
  return { openid: id(n), line, column: 5, ...extra };
}

function state(users: DesiredEntry[], overrides: Partial<DesiredState> = {}): DesiredState {
  return {
    path: "blacklist.yaml",
    sha256: "0".repeat(64),
    version: 1,
    prune: true,
    guard: DEFAULT_GUARD,
    users,
    ...overrides,
  };
}

const diffOf = (old: DesiredState | undefined, next: DesiredState): FileDiff =>
  fileDiff({ base: "origin/main", file: "blacklist.yaml", old, new: next });

/** n entries, one per line from line 6. */
const many = (n: number) => Array.from({ length: n }, (_, i) => entry(i, 6 + i));

describe("fileDiff entries", () => {
  it.each([
    {
      name: "an added entry carries its new line and metadata",
      old: [entry(1, 6)],
      next: [entry(1, 6), entry(2, 7, { reason: "spam", expires: "2027-03-01" })],
      entries: [{ kind: "added", openid: id(2), line: 7, reason: "spam", expires: "2027-03-01" }],
    },
    {
      name: "a removed entry carries its line in the base",
      old: [entry(1, 6), entry(2, 9, { reason: "old" })],
      next: [entry(1, 6)],
      entries: [{ kind: "removed", openid: id(2), oldLine: 9, reason: "old" }],
    },
    {
      name: "a changed reason shows both values and both lines",
      old: [entry(1, 6, { reason: "a" })],
      next: [entry(1, 8, { reason: "b" })],
      entries: [
        { kind: "changed", openid: id(1), line: 8, oldLine: 6, reason: { from: "a", to: "b" } },
      ],
    },
    {
      name: "an expiry added is a change with from null",
      old: [entry(1, 6)],
      next: [entry(1, 6, { expires: "2027-01-01" })],
      entries: [
        {
          kind: "changed",
          openid: id(1),
          line: 6,
          oldLine: 6,
          expires: { from: null, to: "2027-01-01" },
        },
      ],
    },
    {
      name: "a moved entry with the same metadata is unchanged",
      old: [entry(1, 6, { reason: "x" }), entry(2, 7)],
      next: [entry(2, 6), entry(1, 7, { reason: "x" })],
      entries: [],
    },
    {
      name: "openids differing only in case are different entries",
      old: [{ openid: "oAbc", line: 6, column: 5 }],
      next: [{ openid: "oabc", line: 6, column: 5 }],
      entries: [
        { kind: "added", openid: "oabc", line: 6 },
        { kind: "removed", openid: "oAbc", oldLine: 6 },
      ],
    },
  ])("$name", ({ old, next, entries }) => {
    expect(diffOf(state(old), state(next)).entries).toEqual(entries);
  });

  it("orders added and changed by new line, then removed by base line", () => {
    const old = state([entry(5, 6), entry(4, 7, { reason: "r" }), entry(3, 8)]);
    const next = state([entry(9, 6), entry(4, 7, { reason: "s" }), entry(8, 8)]);
    const kinds = diffOf(old, next).entries.map((e) => `${e.kind}:${e.openid.slice(-1)}`);
    expect(kinds).toEqual(["added:9", "added:8", "changed:4", "removed:5", "removed:3"]);
  });

  it("counts every category and both sizes", () => {
    const old = state([entry(1, 6), entry(2, 7), entry(3, 8, { reason: "a" })]);
    const next = state([entry(1, 6), entry(3, 7, { reason: "b" }), entry(4, 8), entry(5, 9)]);
    expect(diffOf(old, next).summary).toEqual({
      added: 2,
      removed: 1,
      changed: 1,
      unchanged: 1,
      old: 3,
      new: 4,
    });
  });

  it("treats a file absent at the base as everything added, with no warnings", () => {
    const diff = diffOf(undefined, state(many(30)));
    expect(diff.base_missing).toBe(true);
    expect(diff.summary).toMatchObject({ added: 30, old: 0, new: 30 });
    expect(diff.warnings).toEqual([]);
  });

  it("keeps the JSON key order stable", () => {
    const json = renderFileDiffJson(diffOf(state([]), state([entry(1, 6)])));
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      "format",
      "file",
      "base",
      "base_missing",
      "summary",
      "settings",
      "entries",
      "warnings",
    ]);
  });
});

describe("fileDiff warnings and settings", () => {
  it.each([
    { name: "removing 6 of 20 (30%)", old: 20, keep: 14, warns: "removes 6 of 20 entries (30%)" },
    { name: "removing 5 of 20 (exactly 25%)", old: 20, keep: 15, warns: undefined },
    { name: "removing 5 of 19 (under 20 entries)", old: 19, keep: 14, warns: undefined },
    {
      name: "removing 300 of 1,000",
      old: 1000,
      keep: 700,
      warns: "removes 300 of 1,000 entries (30%)",
    },
  ])("large removal: $name", ({ old, keep, warns }) => {
    const diff = diffOf(state(many(old)), state(many(keep)));
    if (warns) expect(diff.warnings.join("\n")).toContain(warns);
    else expect(diff.warnings).toEqual([]);
  });

  it("says removed entries stay blocked when the new file has prune: false", () => {
    const diff = diffOf(state(many(40), { prune: false }), state(many(20), { prune: false }));
    expect(diff.warnings).toEqual([
      "this change removes 20 of 40 entries (50%), over 25% of the file; with prune: false they stay blocked on the live account, unmanaged",
    ]);
  });

  it("warns when the users list is emptied with prune on", () => {
    const diff = diffOf(state(many(3)), state([]));
    expect(diff.warnings).toEqual([
      "the file lists no users any more: with prune: true every live entry would be unblocked (apply refuses this without --force)",
    ]);
  });

  it.each([
    {
      name: "prune turned on",
      old: { prune: false },
      next: { prune: true },
      setting: { setting: "prune", from: "false", to: "true" },
      warning: "prune turned on",
    },
    {
      name: "prune turned off",
      old: { prune: true },
      next: { prune: false },
      setting: { setting: "prune", from: "true", to: "false" },
      warning: "prune turned off",
    },
    {
      name: "appid changed",
      old: { appid: "wx0123456789abcdef" },
      next: { appid: "wxfedcba9876543210" },
      setting: { setting: "appid", from: "wx0123456789abcdef", to: "wxfedcba9876543210" },
      warning: "appid changed from wx0123456789abcdef to wxfedcba9876543210",
    },
    {
      name: "appid removed",
      old: { appid: "wx0123456789abcdef" },
      next: {},
      setting: { setting: "appid", from: "wx0123456789abcdef", to: null },
      warning: "the appid guard is removed",
    },
    {
      name: "guard loosened",
      old: {},
      next: { guard: { ...DEFAULT_GUARD, max_unblock: { kind: "percent", value: 60 } } },
      setting: { setting: "guard.max_unblock", from: "25%", to: "60%" },
      warning: "guard loosened: max_unblock from 25% to 60%",
    },
    {
      name: "guard changed from a percentage to a count",
      old: {},
      next: { guard: { ...DEFAULT_GUARD, max_block: { kind: "count", value: 500 } } },
      setting: { setting: "guard.max_block", from: "25%", to: "500" },
      warning: "guard changed: max_block from 25% to 500",
    },
  ] as const)("$name is a setting change with a warning", ({ old, next, setting, warning }) => {
    const diff = diffOf(state([entry(1, 6)], old), state([entry(1, 6)], next));
    expect(diff.settings).toEqual([setting]);
    expect(diff.warnings).toHaveLength(1);
    expect(diff.warnings[0]).toContain(warning);
  });

  it("a tightened guard is listed but not warned about", () => {
    const next = state([], {
      guard: { ...DEFAULT_GUARD, max_block: { kind: "percent", value: 10 } },
    });
    const diff = diffOf(state([], { prune: true }), next);
    expect(diff.settings).toEqual([{ setting: "guard.max_block", from: "25%", to: "10%" }]);
    expect(diff.warnings).toEqual([]);
  });
});

describe("file diff renderers", () => {
  const old = state([entry(1, 6, { reason: "a" }), entry(2, 7)]);
  const next = state([
    entry(1, 6, { reason: "b | <b>@team</b>" }),
    entry(3, 7, { expires: "2027-03-01" }),
  ]);
  const diff = diffOf(old, next);

  it("text lists each entry with its sign and line, then the summary", () => {
    expect(renderFileDiffText(diff, EN)).toBe(
      [
        `+ ${id(3)}  line 7  expires: 2027-03-01`,
        `~ ${id(1)}  line 6  reason: "a" -> "b | <b>@team</b>"`,
        `- ${id(2)}  (was line 7)`,
        "",
        "Diff: 1 added, 1 changed, 1 removed, 0 unchanged (2 -> 2 entries).",
        "",
      ].join("\n"),
    );
  });

  it("text says when nothing changed", () => {
    expect(renderFileDiffText(diffOf(old, old), EN)).toBe(
      "No changes to blacklist.yaml since origin/main (2 entries).\n",
    );
  });

  it("markdown escapes free text so a reason cannot break the table, inject HTML or mention anyone", () => {
    const markdown = renderFileDiffMarkdown(diff, EN);
    expect(markdown).toContain("~~a~~ → b \\| &lt;b&gt;@&#8203;team&lt;/b&gt;");
    expect(markdown).not.toContain("<b>");
    expect(markdown).toContain(`| ➕ added | \`${id(3)}\` | 7 |  | 2027-03-01 |`);
    expect(markdown).toContain(`| ➖ removed | \`${id(2)}\` | was 7 |  |  |`);
  });

  it("markdown stays under its limit for 20,000 added entries and counts the rest", () => {
    const big = diffOf(state([]), state(many(20_000)));
    const markdown = renderFileDiffMarkdown(big, EN);
    expect(markdown.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const shown = markdown.split("\n").filter((line) => line.startsWith("| ➕ added")).length;
    expect(shown).toBeGreaterThan(100);
    expect(markdown).toContain(`| … | ${(20_000 - shown).toLocaleString("en-US")} more not shown`);
  });

  it("markdown shows warnings as an alert and the base-missing note", () => {
    const markdown = renderFileDiffMarkdown(diffOf(undefined, state([entry(1, 6)])), EN);
    expect(markdown).toContain(
      "_`blacklist.yaml` did not exist at `origin/main`: every entry is added._",
    );
    const warned = renderFileDiffMarkdown(diffOf(state(many(3)), state([])), EN);
    expect(warned).toContain("> [!WARNING]\n> - the file lists no users any more");
  });
});

describe("file diff renderers in Chinese", () => {
  const ZH = { lang: "zh-CN" } as const;
  const old = state([entry(1, 6, { reason: "a" }), entry(2, 7)], { appid: "wx0123456789abcdef" });
  const next = state([entry(1, 8, { reason: "b" }), entry(3, 7, { expires: "2027-03-01" })], {
    prune: false,
  });
  const diff = diffOf(old, next);

  it("text: every word in Chinese, ids, lines and values as they are", () => {
    expect(renderFileDiffText(diff, ZH)).toBe(
      [
        `+ ${id(3)}  第 7 行  到期：2027-03-01`,
        `~ ${id(1)}  第 8 行（原第 6 行）  拉黑原因："a" -> "b"`,
        `- ${id(2)}  （原第 7 行）`,
        "~ appid: wx0123456789abcdef -> （无）",
        "~ prune: true -> false",
        "",
        "警告：prune 已关闭：线上黑名单中不在文件里的用户不会再被取消拉黑，从文件中删除条目也不会取消拉黑",
        "警告：appid 保护已移除（原为 wx0123456789abcdef）：wxbl 将不再拒绝操作其他公众号",
        "对比：新增 1 条，修改 1 条，删除 1 条，0 条未变（条目数 2 -> 2）。",
        "",
      ].join("\n"),
    );
  });

  it("the JSON warnings stay in English, the same warnings the renderers translate", () => {
    expect(diff.warnings).toEqual([
      "prune turned off: live entries missing from the file will no longer be unblocked, and removing an entry will not unblock it",
      "the appid guard is removed (was wx0123456789abcdef): wxbl will no longer refuse to touch another account",
    ]);
    expect(renderFileDiffJson(diff)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(renderFileDiffJson(diff)).not.toContain("warningMessages");
  });

  it("markdown: heading, summary table, alert, settings and rows in Chinese", () => {
    const markdown = renderFileDiffMarkdown(diff, ZH);
    expect(markdown).toContain("### wxbl diff：`blacklist.yaml` 相对 `origin/main` 的变化");
    expect(markdown).toContain("| 新增 | 修改 | 删除 | 未变 | 修改前条数 | 修改后条数 |\n");
    expect(markdown).toContain("> [!WARNING]\n> - prune 已关闭");
    expect(markdown).toContain(
      "**设置有变化：** `appid` `wx0123456789abcdef` → _无_, `prune` `true` → `false`",
    );
    expect(markdown).toContain(`| ➕ 新增 | \`${id(3)}\` | 7 |  | 2027-03-01 |`);
    expect(markdown).toContain(`| ✏️ 修改 | \`${id(1)}\` | 8 (原第 6 行) | ~~a~~ → b |  |`);
    expect(markdown).toContain(`| ➖ 删除 | \`${id(2)}\` | 原第 7 行 |  |  |`);
  });

  it("markdown stays under the limit in Chinese, with long Chinese reasons, and counts the rest", () => {
    const users = Array.from({ length: 20_000 }, (_, i) =>
      entry(i, 6 + i, { reason: "发布违规广告，多次警告无效".repeat(20) }),
    );
    const markdown = renderFileDiffMarkdown(diffOf(state([]), state(users)), ZH);
    expect(markdown.length).toBeLessThan(MARKDOWN_LIMIT);
    const shown = markdown.split("\n").filter((line) => line.startsWith("| ➕ 新增")).length;
    expect(shown).toBeGreaterThan(50);
    expect(markdown).toContain(
      `| … | 另有 ${(20_000 - shown).toLocaleString("en-US")} 条未列出：运行 \`wxbl diff --base origin/main\` 查看全部 | | | |`,
    );
    expect(
      renderFileDiffMarkdown(diffOf(state([]), state(users)), { ...ZH, limit: 10_000 }).length,
    ).toBeLessThan(10_000);
  });

  it("says when nothing changed, in both languages", () => {
    expect(renderFileDiffText(diffOf(old, old), ZH)).toBe(
      "blacklist.yaml 自 origin/main 以来没有变化（共 2 条）。\n",
    );
    expect(renderFileDiffMarkdown(diffOf(old, old), EN)).toContain(
      "No changes to blacklist.yaml since origin/main (2 entries).",
    );
  });
});
