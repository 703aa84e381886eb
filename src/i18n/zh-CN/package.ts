import type { packageMessages as en } from "../en/package.js";

/** 简体中文：软件包本身的消息（安装好的 wxbl 需要随附的文件）。 */
export const packageMessages: typeof en = {
  "package.schemaMissing": (p) =>
    `在 ${p.from} 的上级目录中找不到 schema/blacklist.schema.json：这份 wxbl 安装不完整，请重新安装（npm install wxbl）`,
};
