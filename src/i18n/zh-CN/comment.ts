import type { comment as en } from "../en/comment.js";

/** 简体中文：拉取请求里承载计划和文件对比的那条评论，以及命令失败时的说明。键与参数同 en/comment.ts。 */
export const comment: typeof en = {
  "comment.failed": (p) => `### wxbl ${p.command} 运行失败（退出码 ${p.code}）`,
  "comment.exitCodes": () =>
    "退出码 1：微信接口或网络故障；3：文件、参数或凭据无效；4：出于安全考虑拒绝执行（例如 appid 不一致）。",
  "comment.noOutput": () => "wxbl 没有任何输出；请查看工作流运行日志。",
  "comment.diff": () => "这个拉取请求对文件做了哪些修改（wxbl diff）",
  "comment.diffTooLong": () => "_文件对比太长，放不进这条评论：请在运行摘要中查看。_",
  "comment.cut": () => "……（已截断：完整内容见运行摘要）",
  "comment.footer": (p) =>
    (p.sha === undefined ? "计划" : `基于提交 ${p.sha} 的计划`) +
    (p.runUrl === undefined ? "" : `，见[本次运行](${p.runUrl})`) +
    " · 每次推送都会更新 · 合并后即执行。",
  "comment.footerDiff": (p) =>
    (p.sha === undefined ? "对比" : `基于提交 ${p.sha} 的对比`) +
    (p.runUrl === undefined ? "" : `，见[本次运行](${p.runUrl})`) +
    " · 每次推送都会更新。",
};
