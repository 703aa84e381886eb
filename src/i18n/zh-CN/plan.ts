import { formatCount, formatShare } from "../format-number.js";
import type { plan as en } from "../en/plan.js";

/** 简体中文：计划（文本与 Markdown）、安全上限的原因、临时拉黑的到期提示。键与参数同 en/plan.ts。 */
const WAY_FORWARD = "请先检查计划，确认无误后加 --force 重新运行 apply";
const verb = (action: "block" | "unblock") => (action === "block" ? "拉黑" : "取消拉黑");
const n = formatCount;

export const plan: typeof en = {
  "plan.noChanges": (p) => `没有需要变更的内容：线上黑名单与 ${p.file} 一致。`,
  "plan.why.notInFile": () => "不在文件中",
  "plan.why.expired": (p) => `已于 ${p.date} 到期`,
  "plan.expires": (p) =>
    `${p.date} 到期` + (p.days === undefined ? "" : `（还有 ${n(p.days)} 天）`),
  "plan.expiresCell": (p) => p.date + (p.days === undefined ? "" : `（还有 ${n(p.days)} 天）`),

  // 终端宽度：一个汉字占两列，两个前缀都是 10 列宽，后面的 openid 才能对齐。
  "plan.text.block": () => "+ 拉黑    ",
  "plan.text.unblock": () => "- 取消拉黑",
  "plan.text.more": (p) =>
    `  ……另有 ${n(p.n)} 个待${verb(p.action)}的用户未列出（--full 显示全部）`,
  "plan.text.totals": (p) =>
    `计划：拉黑 ${n(p.block)} 个，取消拉黑 ${n(p.unblock)} 个，${n(p.unchanged)} 个不变` +
    (p.unmanaged > 0 ? `，${n(p.unmanaged)} 个不受管理` : "") +
    "。",
  "plan.text.unmanaged": (p) =>
    `线上黑名单中有 ${n(p.n)} 个用户不在 ${p.file} 中，因 prune: false 保持不动。`,
  "plan.text.guardTripped": () => "已触发安全上限：不加 --force，apply 将拒绝执行此计划。",
  "plan.text.guardForced": () => "已触发安全上限：因指定了 --force，仍继续执行。",
  "plan.text.expiring": (p) =>
    `有 ${n(p.n)} 个用户将在 ${n(p.days)} 天内到期，自到期日 00:00 UTC 起不再拉黑：`,
  "plan.text.moreExpiring": (p) => `  ……另有 ${n(p.n)} 个即将到期的用户未列出（--full 显示全部）`,

  "plan.md.heading": (p) => `### wxbl 计划：${p.file}`,
  "plan.md.totals": (p) =>
    `**拉黑 ${n(p.block)} 个，取消拉黑 ${n(p.unblock)} 个**，${n(p.unchanged)} 个不变。`,
  "plan.md.entries": () => "数量",
  "plan.md.toBlock": () => "待拉黑",
  "plan.md.toUnblock": () => "待取消拉黑",
  "plan.md.unchanged": () => "不变",
  "plan.md.unmanaged": () => "不受管理（prune: false，保持不动）",
  "plan.md.live": () => "当前线上黑名单",
  "plan.md.desired": () => "文件中应拉黑",
  "plan.md.guardTripped": () =>
    "**已触发安全上限：** 不加 `--force`，`wxbl apply` 将拒绝执行此计划。",
  "plan.md.guardForced": () => "**已触发安全上限：** 因指定了 `--force`，仍继续执行。",
  "plan.md.guardsPassed": () => "安全上限检查：通过。",
  "plan.md.section": (p) => `待${verb(p.action)} ${n(p.n)} 个`,
  "plan.md.blockColumns": () => "| openid | 拉黑原因 | 位置 |",
  "plan.md.blockColumnsExpires": () => "| openid | 拉黑原因 | 到期 | 位置 |",
  "plan.md.unblockColumns": () => "| openid | 说明 | 拉黑原因 | 位置 |",
  "plan.md.rest": (p) =>
    `……另有 ${n(p.n)} 个待${verb(p.action)}的用户未在此列出（GitHub 评论有长度限制）；` +
    "完整计划见 JSON 计划文件（`wxbl plan --format json` 或 `--out`）。",
  "plan.md.notShown": (p) => `待${verb(p.action)} ${n(p.n)} 个：此处未列出，完整内容见 JSON 计划。`,
  "plan.md.expiring": (p) =>
    `**有 ${n(p.n)} 个用户将在 ${n(p.days)} 天内到期**：自到期日 00:00 UTC 起不再拉黑。`,
  "plan.md.expiringSection": (p) => `即将到期 ${n(p.n)} 个`,
  "plan.md.expiringColumns": () => "| openid | 到期 | 拉黑原因 | 位置 |",
  "plan.md.expiringRest": (p) =>
    `……另有 ${n(p.n)} 个即将到期的用户未在此列出（GitHub 评论有长度限制）。`,
  "plan.md.expiringNotShown": (p) =>
    `即将到期 ${n(p.n)} 个：此处未列出，\`wxbl plan --full\` 会列出全部。`,
  "plan.md.footer": (p) =>
    `${p.format} · 文件 sha256 ${p.fileSha} · 线上 sha256 ${p.liveSha}` +
    (p.account === undefined ? "" : ` · 公众号 ${p.account}`),

  "guard.overCount": (p) => {
    const setting = p.action === "block" ? "max_block" : "max_unblock";
    const share = formatShare(p.n, p.live);
    const amount =
      p.live === 0
        ? `将${verb(p.action)} ${n(p.n)} 个用户`
        : p.action === "unblock"
          ? `将取消拉黑 ${n(p.n)} 个用户，占线上黑名单 ${n(p.live)} 个的 ${share}`
          : `将拉黑 ${n(p.n)} 个用户，相当于线上黑名单 ${n(p.live)} 个的 ${share}`;
    return `${amount}，超过安全上限 ${n(p.limit)} 个（${setting}）；${WAY_FORWARD}`;
  },
  "guard.overPercent": (p) =>
    p.action === "unblock"
      ? `将取消拉黑线上黑名单 ${n(p.live)} 个中的 ${n(p.n)} 个（${p.share}），超过 ${p.limit} 的安全上限（max_unblock）；${WAY_FORWARD}`
      : `将拉黑 ${n(p.n)} 个用户，相当于线上黑名单 ${n(p.live)} 个的 ${p.share}，超过 ${p.limit} 的安全上限（max_block）；${WAY_FORWARD}`,
  "guard.emptyFile": (p) =>
    `${p.file} 中没有任何用户且 prune 为 true，因此会取消拉黑 ${n(p.n)} 个用户（即整个线上黑名单）；` +
    `如果确实要清空黑名单，${WAY_FORWARD}`,
};
