import { formatCount } from "../format-number.js";
import type { moderation as en } from "../en/moderation.js";

type Source = Parameters<(typeof en)["moderation.repeatedId"]>[0]["first"];

const where = (s: Source) =>
  s.from === "file" ? `${s.file} 第 ${s.line} 行` : `第 ${s.position} 个参数`;
const prefix = (s: Source) => (s.from === "file" ? `${s.file}:${s.line}：` : "");

/** 简体中文：block / unblock 与临时拉黑（到期自动解除）的消息。键与参数和 en/moderation.ts 一致。 */
export const moderation: typeof en = {
  "moderation.warning": (p) => `警告：${p.message}`,
  "moderation.invalidId": (p) =>
    `${prefix(p.source)}“${p.openid}”（${formatCount(p.length)} 个字符）不是微信 openid：` +
    "openid 共 28 个字符，以 o 开头，其余为字母、数字、_ 或 -；请检查是否复制完整",
  "moderation.alreadyInFile": (p) =>
    `${prefix(p.source)}${p.openid} 已在 ${p.file} 中（第 ${p.line} 行）；如需修改拉黑原因或到期日，请加上 --update`,
  "moderation.notInFile": (p) =>
    `${prefix(p.source)}${p.openid} 不在 ${p.file} 中，无需取消拉黑（加上 --missing-ok 可跳过不在文件中的 openid）`,
  "moderation.repeatedId": (p) =>
    `${p.openid} 出现了两次（${where(p.first)}和${where(p.again)}），只算一次`,
  "moderation.reasonControl": (p) =>
    `--reason 含有控制字符 U+${p.code}；拉黑原因可以包含制表符和换行，但不能包含其他控制字符`,
  "moderation.expiresInvalid": (p) =>
    `--expires “${p.when}” 既不是日期也不是时长；请写日期（如 2027-03-01）、从今天（UTC）起算的时长（30d、2w、3mo、1y），或 never`,
  "moderation.expiresTooFar": (p) => `--expires “${p.when}” 晚于 9999-12-31；请给出更近的日期`,
  "moderation.expiresNotAfterToday": (p) =>
    `--expires ${p.when}${p.when === p.date ? "" : `（即 ${p.date}）`}不晚于今天（UTC ${p.today}）：` +
    "条目从到期日 UTC 0 点起解除拉黑，这样的拉黑一天也不会生效；请给出更晚的日期，或 30d 这样的时长",
  "moderation.expiresResolved": (p) =>
    `到期日 ${p.date}${p.when === p.date ? "" : `（从今天 UTC ${p.today} 起 ${p.when}）`}：当天 UTC 0 点起自动解除拉黑。`,
  "moderation.expiresNever": () => "不设到期日：一直拉黑，直到有人取消拉黑。",
  "moderation.noIds": (p) =>
    `请指定要${p.verb === "block" ? "拉黑" : "取消拉黑"}的 openid：wxbl ${p.verb} OPENID…，或 --from 文件（- 表示从标准输入读取）`,
  "moderation.emptyList": (p) => `${p.file} 中没有 openid，无需操作。`,
  "moderation.cannotReadList": (p) =>
    `无法读取 ${p.file}：${p.code === "ENOENT" ? "文件不存在" : p.code === "EISDIR" ? "这是一个目录" : p.code}`,
  "moderation.fileHasErrors": (p) =>
    `${p.file} 有 ${formatCount(p.errors)} 处错误，未做任何修改。请先修正（wxbl validate 会列出全部问题；完全相同的重复条目可用 wxbl fmt 合并）`,
  "moderation.refused": (p) =>
    `未做任何修改：共 ${formatCount(p.problems)} 个问题（见上方）；${p.file} 保持原样`,
  "moderation.moreProblems": (p) => `……另有 ${formatCount(p.count)} 个`,
  "moderation.editFailed": (p) =>
    `无法安全地修改 ${p.file}：修改后的文本读回来与预期不符，因此没有写入任何内容。` +
    "这是 wxbl 的 bug：请提交问题报告，附上文件的结构（不必附 openid）；在此之前请手动编辑文件",
  "moderation.rewritten": (p) =>
    `${p.file}：用户列表无法逐行修改，已重新写出整个文件（注释保留）；请在 diff 中检查空格和缩进的变化`,
  "moderation.outputFile": () => "修改后的黑名单文件",
  "moderation.lineAdded": (p) => `+ ${p.openid}  第 ${p.line} 行`,
  "moderation.lineUpdated": (p) =>
    `~ ${p.openid}  第 ${p.line} 行：已修改${p.reason ? (p.expires ? "拉黑原因和到期日" : "拉黑原因") : "到期日"}`,
  "moderation.lineUnchanged": (p) => `= ${p.openid}  第 ${p.line} 行：已是所要求的内容`,
  "moderation.lineRemoved": (p) => `- ${p.openid}  原第 ${p.line} 行`,
  "moderation.lineSkipped": (p) => `  ${p.openid}  不在文件中，已跳过（--missing-ok）`,
  "moderation.moreLines": (p) => `  ……另有 ${formatCount(p.count)} 个`,
  "moderation.blockSummary": (p) =>
    `${p.file}：${
      [
        p.added > 0 ? `新增 ${formatCount(p.added)} 个` : "",
        p.updated > 0 ? `修改 ${formatCount(p.updated)} 个` : "",
        p.unchanged > 0 ? `${formatCount(p.unchanged)} 个已是所要求的内容` : "",
      ]
        .filter(Boolean)
        .join("，") || "没有需要修改的内容"
    }。`,
  "moderation.unblockSummary": (p) =>
    `${p.file}：${
      [
        p.removed > 0 ? `移除 ${formatCount(p.removed)} 个` : "",
        p.skipped > 0 ? `${formatCount(p.skipped)} 个不在文件中` : "",
      ]
        .filter(Boolean)
        .join("，") || "没有需要修改的内容"
    }。`,
  "moderation.nextStep": () =>
    "没有向微信发送任何请求：请提交文件并发起拉取请求（PR），plan 会展示这次变更，合并后由 apply 在公众号上执行。",
  "moderation.onlyExpiredScope": (p) =>
    `--only-expired：解除 ${formatCount(p.expired)} 个已到期的拉黑；` +
    `计划中另有 ${formatCount(p.blocks)} 个待拉黑、${formatCount(p.unblocks)} 个待取消拉黑，留待完整的 apply 处理。`,
  "moderation.onlyExpiredNothing": () =>
    "--only-expired：公众号黑名单上没有已到期却仍被拉黑的用户，无需操作。",
  "moderation.onlyExpiredWithPlan": () =>
    "--only-expired 会重新生成计划，不能执行已保存的计划；请去掉计划文件或 --only-expired",
  "moderation.droppedExpired": (p) => `${p.file}：已删除 ${p.openid}，已于 ${p.expires} 到期`,
  "moderation.expiredToDrop": (p) =>
    `${p.file} 有 ${formatCount(p.count)} 个已到期的条目可以删除；运行：wxbl fmt --drop-expired --file ${p.file}`,
};
