import type { action as en } from "../en/action.js";

/** 简体中文：GitHub Action 的消息。键与参数和 en/action.ts 完全一致（编译器检查）。 */
export const action: typeof en = {
  "action.badCommand": (p) => `command 输入“${p.command}”无效，应为 ${p.commands.join("、")} 之一`,
  "action.badBoolean": (p) => `${p.name} 输入只能是 true 或 false，而不是“${p.value}”`,
  "action.badArgs": (p) => `args 输入无法拆分成参数：${p.detail}；请用 "…" 或 '…' 加引号`,
  "action.diffNeedsBase": () =>
    "不在拉取请求中运行 diff 时需要指定比较的版本：在 args 输入中加上 --base REF（例如 --base origin/main）",
  "action.noGithubToken": () =>
    "github-token 输入为空：不填即可（默认使用该 job 的 token），或者填入一个 token",
  "action.stepFailed": (p) => `wxbl ${p.command} 以退出码 ${p.code} 结束；请查看上方日志和运行摘要`,
  "action.running": (p) => `运行：wxbl ${p.argv}`,
  "action.forkNoComment": () =>
    "这个拉取请求来自 fork 仓库：它的 token 可能无权发表评论，结果只写在运行摘要里。",
  "action.noPullRequest": () => "当前运行不属于拉取请求：不发表评论。",
  "action.commentCreated": (p) => `已发表 wxbl 评论：${p.url}`,
  "action.commentUpdated": (p) => `已更新 wxbl 评论：${p.url}`,
  "action.commentFailed": (p) =>
    `无法在拉取请求上发表评论（GitHub 返回 ${p.status}：${p.message}）；该 job 需要 "permissions: pull-requests: write"，或者把 comment 输入设为 false`,
  "action.issueFailed": (p) =>
    `无法创建、更新或关闭黑名单偏差 issue（GitHub 返回 ${p.status}：${p.message}）；该 job 需要 "permissions: issues: write"`,
  "action.driftOpened": (p) => `发现偏差：已创建 ${p.url}`,
  "action.driftUpdated": (p) => `发现偏差：已更新 ${p.url}`,
  "action.driftClosed": (p) => `偏差已消除：已关闭 ${p.url}`,
  "action.driftNone": () => "没有偏差，也没有未关闭的偏差 issue。",
  "action.driftUntouched": () => "生成计划失败，偏差 issue（如有）保持不变。",

  "action.applyTitle": () => "## wxbl apply（执行黑名单变更）",
  "action.expireTitle": () => "## wxbl expire：解除已到期的拉黑",
  "action.applyExit0": () => "退出码 0：已执行，线上黑名单与文件一致。",
  "action.expireExit0": () => "退出码 0：已完成，所有已到期且仍在黑名单中的用户都已取消拉黑。",
  "action.applyExit1": () =>
    "退出码 1：失败或只完成了一部分：微信接口或网络出错、当日调用额度用完，或线上名单核对不一致。重新运行会从剩下的部分继续。",
  "action.applyExit3": () => "退出码 3：输入无效：文件、参数或凭据不可用。没有做任何改动。",
  "action.applyExit4": () =>
    "退出码 4：出于安全考虑拒绝执行：触发了安全上限，或 appid 不一致。没有做任何改动；请先检查计划，确认变更无误后，手动运行 apply 工作流并勾选 force。",
  "action.applyExitOther": (p) => `退出码 ${p.code}：意外的结果，请查看日志。`,
  "action.noReport": () => "没有生成报告。",
  "action.reportUnreadable": () => "报告无法按 JSON 读取。",
  "action.reportTable": () => "| 已拉黑 | 已取消拉黑 | 失败 | 待拉黑 | 待取消拉黑 | 已核对 |",
  "action.yes": () => "是",
  "action.no": () => "**否**",
  "action.notApplicable": () => "不适用",
  "action.failedChanges": () => "失败的变更",
  "action.failedTable": () => "| 操作 | openid | 错误码 | 行号 |",
  "action.moreFailures": (p) => `……另有 ${p.count} 条，见报告附件。`,
  "action.reportArtifact": () => "完整的 JSON 报告已作为附件（artifact）保存在本次运行中。",

  "action.driftTitle": () => "线上黑名单与文件不一致",
  "action.driftTitleAccount": (p) => `线上黑名单与文件不一致：${p.account}`,
  "action.driftBody": (p) =>
    `线上黑名单与默认分支上的 \`${p.file}\` 不一致。最近一次由[这次运行](${p.runUrl})在 ${p.date} 发现。\n\n` +
    "可以运行 **wxbl apply** 工作流，让线上名单与文件一致；也可以修改文件（例如借助 `wxbl export`），把在后台手动做的拉黑或取消拉黑收进文件。每次检查都会更新这个 issue，两者一致后自动关闭。",
  "action.driftCloseComment": (p) =>
    `偏差已消除：线上黑名单与 \`${p.file}\` 一致（[运行记录](${p.runUrl})）。`,
};
