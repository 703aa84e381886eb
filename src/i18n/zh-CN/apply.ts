import { formatCount } from "../format-number.js";
import type { apply as en } from "../en/apply.js";

/** 简体中文：apply 在计划前后说的话（确认、结果、核对）以及读取、写入时的进度行。键与参数同 en/apply.ts。 */
const n = formatCount;

export const apply: typeof en = {
  "apply.confirm": (p) =>
    `确定要在线上公众号拉黑 ${n(p.block)} 个、取消拉黑 ${n(p.unblock)} 个用户吗？`,
  "apply.applied": (p) =>
    `已执行：拉黑 ${n(p.blocked)} 个，取消拉黑 ${n(p.unblocked)} 个` +
    (p.failed > 0 ? `，失败 ${n(p.failed)} 个` : "") +
    "。",
  "apply.failure": (p) =>
    `  ! ${p.action === "block" ? "拉黑" : "取消拉黑"} ${p.openid}${p.where === undefined ? "" : ` (${p.where})`}：${p.message}`,
  "apply.moreFailures": (p) => `  ……另有 ${n(p.n)} 个失败未列出（详见 --report）`,
  "apply.stopped": (p) => `已中途停止：${p.message}`,
  "apply.notDone": (p) =>
    `未完成：还有 ${n(p.block)} 个待拉黑、${n(p.unblock)} 个待取消拉黑。` +
    "再次运行 wxbl apply 即可继续（它会重新读取线上黑名单）。",
  "apply.verified": () => "核对通过：线上黑名单已体现每一项改动。",
  "apply.verifyFailed": (p) =>
    `核对未通过：报告已拉黑的用户中有 ${n(p.missing)} 个不在线上黑名单里，` +
    `报告已取消拉黑的用户中有 ${n(p.lingering)} 个仍在黑名单里，` +
    `另有 ${n(p.unexpected)} 个用户发生了其他变动。运行 wxbl plan 查看线上现状。`,
  "apply.notVerifiedFlag": () => "未核对（--no-verify）。",
  "apply.notVerifiedStopped": () => "未核对：运行提前停止了；wxbl plan 可查看线上现状。",
  "apply.requests": (p) => `HTTP 请求：${p.list === "" ? "无" : p.list}`,

  "progress.readingLive": () => "正在读取线上黑名单",
  "progress.applying": () => "正在执行",
  "progress.line": (p) => `${p.label}：${n(p.done)} / ${n(p.total)}（${p.percent}）`,
};
