import type { accounts as en } from "../en/accounts.js";
import { formatCount } from "../format-number.js";

/** 简体中文：多公众号（SPEC 11）：wxbl.yaml、选择公众号、各公众号的凭据。 */
export const accounts: typeof en = {
  "accounts.config.cannotRead": (p) => `无法读取 ${p.file}：${p.code}；请检查文件权限`,
  "accounts.config.empty": () =>
    "wxbl.yaml 是空的；请在 'accounts:' 下列出各个公众号（见 docs/setup.zh-CN.md），只管理一个公众号时可以删除这个文件",
  "accounts.config.notMap": (p) => `wxbl.yaml 应是带有 'accounts:' 键的映射，实际是 ${p.found}`,
  "accounts.config.noAccountsKey": () => "缺少 accounts；请添加 'accounts:'，每个公众号一项",
  "accounts.config.noAccounts": () =>
    "accounts 为空；请至少添加一个公众号（名称，以及 'file: path/to/blacklist.yaml'）",
  "accounts.config.accountsNotMap": (p) =>
    `accounts 应是“名称 → 公众号”的映射（main:、shop: ……），实际是 ${p.found}`,
  "accounts.config.accountNotMap": (p) =>
    `公众号 ${p.account} 应是带有 'file:'（可选 'env:'）的映射，实际是 ${p.found}`,
  "accounts.config.notText": (p) => `公众号 ${p.account} 的 ${p.key} 应是文本，实际是 ${p.found}`,
  "accounts.config.unknownKeyNear": (p) =>
    `未知的键 "${p.key}"${p.account ? `（公众号 ${p.account}）` : ""}；是不是想写 "${p.near}"？`,
  "accounts.config.unknownKey": (p) =>
    `未知的键 "${p.key}"${p.account ? `（公众号 ${p.account}）` : ""}；可用的键：${p.allowed}`,
  "accounts.config.noFile": (p) =>
    `公众号 ${p.account} 没有 file；请添加 'file: accounts/${p.account}/blacklist.yaml'（它的黑名单文件）`,
  "accounts.config.emptyFile": (p) => `公众号 ${p.account} 的 file 为空；请写明它的黑名单文件`,
  "accounts.config.badName": (p) =>
    `公众号名称 "${p.name}" 只能使用小写字母、数字和 -（最多 64 个字符）` +
    (p.suggestion ? `；例如 "${p.suggestion}"` : ""),
  "accounts.config.badEnv": (p) =>
    `公众号 ${p.account} 的 env 是 ${p.value}；请使用大写字母、数字和 _（它会成为 WECHAT_<ENV>_APPSECRET 中间的部分）`,
  "accounts.config.invalid": (p) => `${p.where} 无效：${p.problem}`,
  "accounts.config.fileOutside": (p) =>
    `公众号 ${p.account} 的 file（${p.file}）必须是本目录内的文件路径，相对于 wxbl.yaml`,
  "accounts.config.sharedFile": (p) =>
    `公众号 ${p.account} 与公众号 ${p.other}（第 ${p.line} 行）使用了同一个文件：${p.file}；每个公众号需要自己的文件`,
  "accounts.config.sharedEnv": (p) =>
    `公众号 ${p.account} 会用到公众号 ${p.other}（第 ${p.line} 行）的变量 WECHAT_${p.env}_...；请给其中一个换一个 'env:'`,
  "accounts.config.invalidFile": (p) =>
    `${p.file} 无效（${p.count} 个问题）；没有读取或更改任何内容：\n${p.problems}\n请修正后再运行（wxbl validate 会列出同样的问题）。`,

  "accounts.select.allAndAccount": () =>
    "--all 和 --account 不能同时使用：所有公众号用 --all，部分公众号用 --account NAME",
  "accounts.select.unknown": (p) => `wxbl.yaml 中没有公众号 "${p.name}"；已有的公众号：${p.known}`,
  "accounts.select.unknownNear": (p) =>
    `wxbl.yaml 中没有公众号 "${p.name}"；是不是想写 "${p.near}"？已有的公众号：${p.known}`,
  "accounts.select.nameThem": (p) =>
    `wxbl ${p.command} 会更改线上公众号，不会替你猜是哪几个：请用 --account NAME（可重复）指定，或使用 --all；没有调用任何接口。公众号：${p.known}`,
  "accounts.select.exactlyOne": (p) =>
    `wxbl ${p.command} 只编辑一个公众号的文件：请用 --account NAME 指定恰好一个。公众号：${p.known}`,
  "accounts.select.noConfig": (p) =>
    `${p.flag} 需要当前目录中有 wxbl.yaml（其中列出各个公众号）；没有它时，wxbl 只处理 --file 指定的文件`,
  "accounts.select.fileWithConfig": () =>
    "此处不能使用 --file：当前目录的 wxbl.yaml 已写明每个公众号的文件；请用 --account NAME 选择公众号，或在没有 wxbl.yaml 的目录中运行",
  "accounts.select.parallel": (p) => `--parallel 应是 1 到 64 之间的整数，而不是 ${p.value}`,
  "accounts.select.outWithConfig": () =>
    "有 wxbl.yaml 时不能使用 --out：export 会直接写入每个公众号自己的文件（wxbl.yaml 中写明的文件）",

  "accounts.connection.plainIgnored": (p) =>
    `已忽略 ${p.variables}：有 wxbl.yaml 时，每个公众号的凭据只来自它自己的 WECHAT_<ENV>_... 变量`,
  "accounts.connection.missing": (p) =>
    `缺少公众号 ${p.account} 的凭据：请设置 ${p.secret}（与文件中的 appid ${p.appid} 一起使用），或 ${p.token}（该公众号 token 中控服务发放的 token）`,
  "accounts.connection.appidDiffers": (p) =>
    `已拒绝，没有为公众号 ${p.account} 调用任何接口：${p.variable} 是 ${p.given}，但 ${p.file} 属于 ${p.appid}；这些变量属于另一个公众号：请检查为 ${p.account} 设置的 secrets`,
  "accounts.file.noAppid": (p) =>
    `${p.file}（公众号 ${p.account}）没有 appid 行；有 wxbl.yaml 时，每个公众号的文件都必须写明它属于哪个公众号：请在开头添加 'appid: wx...'（16 位十六进制）`,

  "accounts.file.invalid": (p) =>
    `${p.file}（公众号 ${p.account}）有问题（${formatCount(p.errors)} 个错误），没有为它生成计划，也没有做任何改动：\n${p.listing}\n` +
    `请先修正文件（wxbl validate --account ${p.account} 会列出同样的问题），然后再运行。`,
  "accounts.file.more": (p) =>
    `……还有 ${formatCount(p.rest)} 条（wxbl validate --account ${p.account} 会全部列出）`,

  "accounts.run.notStarted": (p) => `公众号 ${p.account} 未开始：已中断；没有为它做任何操作`,

  "accounts.validate.configInvalid": (p) => `${p.errors} 个错误；没有检查任何公众号`,

  "accounts.text.noPlan": (p) => `没有计划（退出码 ${p.code}）：错误信息见 stderr。`,
  "accounts.text.noDiff": (p) => `没有对比结果（退出码 ${p.code}）：错误信息见 stderr。`,

  "accounts.md.heading": (p) => `## wxbl 计划：${p.accounts} 个公众号`,
  "accounts.md.totals": (p) =>
    `共 ${p.accounts} 个公众号：**拉黑 ${p.block} 个，取消拉黑 ${p.unblock} 个**` +
    (p.failed > 0 ? `；**${p.failed} 个没有计划**（见下文）。` : "。"),
  "accounts.md.tableHead": () => "| 公众号 | 文件 | 拉黑 | 取消拉黑 | 不变 | 状态 |",
  "accounts.md.statusNone": () => "无变更",
  "accounts.md.statusChanges": () => "有变更",
  "accounts.md.statusGuard": () => "**触发安全上限**",
  "accounts.md.statusFailed": (p) => `**没有计划**（退出码 ${p.code}）`,
  "accounts.md.moreAccounts": (p) =>
    `……另有 ${p.count} 个公众号未在此列出，以免评论超出 GitHub 的长度上限；请查看 JSON 计划。`,
  "accounts.md.section": (p) => `## 公众号 \`${p.account}\``,
  "accounts.md.failed": (p) => `> [!CAUTION]\n> **没有结果（退出码 ${p.code}）：** ${p.message}`,
  "accounts.md.tooLong": (p) =>
    `\`${p.account}\` 的详情放不进这条评论；请查看 JSON 输出（--format json）。`,
  "accounts.md.diffHeading": (p) => `## wxbl 文件对比：${p.accounts} 个公众号`,
  "accounts.md.diffUnchanged": (p) => `文件未改动：${p.accounts}。`,

  "accounts.saved.cannotRead": (p) =>
    `无法读取保存的计划 ${p.file}：${p.code}；请检查路径，或用 wxbl plan --all --out ${p.file} 生成`,
  "accounts.saved.notJson": (p) =>
    `${p.file} 不是保存的计划：它不是 JSON（${p.problem}）；请用 wxbl plan --all --out ${p.file} 重新生成`,
  "accounts.saved.onePlan": (p) =>
    `${p.file} 是单个公众号的计划（wxbl-plan/1），是在没有 wxbl.yaml 时生成的；这里需要每个公众号的计划：请用 wxbl plan --all --out ${p.file} 生成`,
  "accounts.saved.invalid": (p) =>
    `${p.file} 不是 wxbl-plans/1 文件：${p.problems}；请用 wxbl plan --all --out ${p.file} 重新生成`,
  "accounts.saved.noAccount": (p) =>
    `保存的计划 ${p.file} 中没有公众号 ${p.account} 的计划；没有为它调用任何接口。请把它也纳入计划（wxbl plan --account ${p.account} --out ...），或不要在 --account 中指定它`,

  "accounts.apply.needsYes": () =>
    "不在终端中运行时，apply 需要 --yes；没有更改任何公众号。请先查看计划（wxbl plan），再运行 wxbl apply --yes",
  "accounts.apply.confirm": (p) =>
    `要在 ${p.accounts} 个线上公众号（${p.names}）中拉黑 ${p.block} 个、取消拉黑 ${p.unblock} 个用户吗？`,
  "accounts.apply.cancelled": () => "已取消 apply；没有更改任何公众号",

  "accounts.export.done": (p) =>
    `已导出 ${p.count} 个被拉黑的 openid（读取 ${p.pages} 页）到 ${p.file}。`,
  "accounts.export.noAppid": (p) =>
    `无法确定公众号 ${p.account} 是哪个公众号：${p.file} 不存在或没有写明 appid；请把 ${p.variable} 设为它的 appid（wx 加 16 位十六进制），再重新导出`,

  "accounts.sandbox.oneAccountFlags": () =>
    "--appid、--secret 和 --state 用于只有一个公众号的 sandbox；使用 --accounts N 时，每个公众号都有自己的值（GET /__sandbox/accounts 会列出它们）",
  "accounts.sandbox.ready": (p) =>
    `# wxbl sandbox：${p.accounts} 个公众号，每个有 ${p.followers} 个粉丝、${p.blocked} 个被拉黑，每页 ${p.pageSize} 个 id（${p.ms} 毫秒内就绪）。按 Ctrl-C 停止。`,
};
