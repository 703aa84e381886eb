import type { harden as en } from "../en/harden.js";

/** 简体中文：文件中拉黑原因（reason）的控制字符规则，以及 apply 的报告文件与核对时的读取。 */
export const harden: typeof en = {
  "rules.reasonControlCharacter": (p) =>
    `拉黑原因（reason）里有控制字符 U+${p.code}；拉黑原因可以包含制表符和换行，但不能有其他控制字符：请删掉它`,
  "apply.reportUnwritable": (p) =>
    `无法把报告写入 ${p.path}（${p.why}），因此没有做任何改动。请用 --report 指定一个可写的路径，然后重新运行 wxbl apply`,
  "apply.reportNotWritten": (p) =>
    `上面列出的改动已经生效，但报告无法写入 ${p.path}（${p.why}）；运行 wxbl plan 查看线上黑名单的当前状态`,
  "apply.verifyReadFailed": (p) =>
    `核对失败：无法重新读取线上黑名单（${p.message}）。上面列出的改动已经生效；运行 wxbl plan 查看线上黑名单的当前状态。`,
  "export.formatOnStdout": (p) =>
    `export 在标准输出上写出的是黑名单文件（YAML），不能按 --format ${p.format} 输出；请去掉 --format，或用 --out FILE 写入文件`,
  "apply.problem.reportNotWritten": (p) => `报告没有写入 ${p.path}`,
};
