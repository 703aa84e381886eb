import type { comment as en } from "../en/comment.js";

/** 简体中文：拉取请求（PR）里承载计划和文件对比的那条评论。键与参数同 en/comment.ts。 */
export const comment: typeof en = {
  "comment.planFailed": (p) => `### wxbl plan 运行失败（退出码 ${p.exitCode}）`,
  "comment.exitCodes": () =>
    "退出码 1：微信接口或网络故障；3：文件、参数或凭据无效；4：出于安全考虑拒绝执行（例如 appid 不一致）。",
  "comment.noOutput": () => "### wxbl plan 没有输出\n\n请查看工作流运行日志。",
  "comment.diff": () => "这个拉取请求对文件做了哪些修改（wxbl diff）",
  "comment.diffTooLong": () => "_文件对比太长，放不进这条评论：请在工作流运行摘要中查看。_",
  "comment.footer": (p) =>
    (p.sha === undefined ? "计划" : `基于 ${p.sha} 的计划`) +
    (p.run === undefined ? "" : `，见[本次运行](${p.run})`) +
    " · 每次推送都会更新 · 合并后将运行 `wxbl apply`。",
};
