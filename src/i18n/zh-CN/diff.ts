import { formatCount, formatShare } from "../format-number.js";
import type { diff as en } from "../en/diff.js";

/** 简体中文：`wxbl diff`（这次修改对黑名单文件做了什么）及其警告。键与参数同 en/diff.ts。 */
const n = formatCount;

export const diff: typeof en = {
  "diff.none": () => "（无）",
  "diff.summary": (p) =>
    `对比：新增 ${n(p.added)} 条，修改 ${n(p.changed)} 条，删除 ${n(p.removed)} 条，` +
    `${n(p.unchanged)} 条未变（条目数 ${n(p.old)} -> ${n(p.new)}）。`,
  "diff.noChanges": (p) => `${p.file} 自 ${p.base} 以来没有变化（共 ${n(p.n)} 条）。`,

  "diff.text.baseMissing": (p) => `提示：${p.base} 版本里还没有 ${p.file}；所有条目都算作新增。`,
  "diff.text.line": (p) => `第 ${p.line} 行`,
  "diff.text.moved": (p) => `第 ${p.line} 行（原第 ${p.oldLine} 行）`,
  "diff.text.removed": (p) => `（原第 ${p.oldLine} 行）`,
  "diff.text.reason": (p) => `拉黑原因：${p.reason}`,
  "diff.text.expires": (p) => `到期：${p.date}`,
  "diff.text.separator": () => "；",
  "diff.text.warning": (p) => `警告：${p.warning}`,

  "diff.md.heading": (p) => `### wxbl diff：${p.file} 相对 ${p.base} 的变化`,
  "diff.md.baseMissing": (p) => `_${p.base} 版本里还没有 ${p.file}；所有条目都算作新增。_`,
  "diff.md.summaryColumns": () => "| 新增 | 修改 | 删除 | 未变 | 修改前条数 | 修改后条数 |",
  "diff.md.settings": (p) => `**设置有变化：** ${p.list}`,
  "diff.md.entries": (p) => `条目（${n(p.n)}）`,
  "diff.md.entryColumns": () => "| 变化 | openid | 行 | 拉黑原因 | 到期 |",
  "diff.md.added": () => "➕ 新增",
  "diff.md.removed": () => "➖ 删除",
  "diff.md.changed": () => "✏️ 修改",
  "diff.md.was": (p) => `原第 ${p.line} 行`,
  "diff.md.none": () => "_无_",
  "diff.md.rest": (p) => `另有 ${n(p.n)} 条未列出：运行 \`wxbl diff --base ${p.base}\` 查看全部`,

  "diff.warn.emptied": () =>
    "文件中已没有任何用户：在 prune: true 下，线上黑名单中的所有用户都会被取消拉黑（不加 --force 时 apply 会拒绝执行）",
  "diff.warn.largeRemoval": (p) =>
    `这次修改删除了 ${n(p.removed)} 条（共 ${n(p.old)} 条，占 ${formatShare(p.removed, p.old)}），超过文件的 ${p.over}%；` +
    (p.prune
      ? "在 prune: true 下，这些用户会在线上被取消拉黑"
      : "在 prune: false 下，这些用户在线上仍保持拉黑，但不再受管理"),
  "diff.warn.pruneOn": () =>
    "prune 已开启：线上黑名单中不在文件里的用户今后会被取消拉黑（数量见计划）",
  "diff.warn.pruneOff": () =>
    "prune 已关闭：线上黑名单中不在文件里的用户不会再被取消拉黑，从文件中删除条目也不会取消拉黑",
  "diff.warn.appidRemoved": (p) =>
    `appid 保护已移除（原为 ${p.was}）：wxbl 将不再拒绝操作其他公众号`,
  "diff.warn.appidAdded": (p) => `新增了 appid 保护：${p.appid}；wxbl 将拒绝操作其他公众号`,
  "diff.warn.appidChanged": (p) =>
    `appid 从 ${p.from} 改为 ${p.to}：此文件现在针对的是另一个公众号`,
  "diff.warn.guardLoosened": (p) => `安全上限放宽了：${p.key} 从 ${p.from} 改为 ${p.to}`,
  "diff.warn.guardKind": (p) =>
    `安全上限的类型变了：${p.key} 从 ${p.from} 改为 ${p.to}（现在是${p.kind === "count" ? "固定数量" : "线上黑名单的百分比"}）；` +
    "请确认按你的黑名单规模，它没有变得更宽松",
};
