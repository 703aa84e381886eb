import type { common as en } from "../en/common.js";

/** 简体中文：所有命令共用的消息。键与参数和 en/common.ts 完全一致（编译器检查）。 */
export const common: typeof en = {
  "cli.interrupted": () =>
    "\n已中断：正在等待进行中的请求完成，不再发起新的请求（再按一次 Ctrl-C 立即退出）。\n",
  "cli.error": (p) => `wxbl：${p.message}`,
  "cli.unexpected": (p) => `wxbl：意外错误：${p.message}`,
  "cli.unexpectedHint": () =>
    "加上 --verbose 重新运行可查看详情；如果问题持续出现，请提交问题报告。",
  "cli.nameACommand": () => "请指定一个命令：wxbl --help 会列出全部命令。",
  "cli.usageError": (p) => `${p.message}\n参见：wxbl --help`,
};
