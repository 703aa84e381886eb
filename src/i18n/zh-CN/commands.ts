import type { commands as en } from "../en/commands.js";
import { formatCount } from "../format-number.js";

/** 简体中文：各命令自己的错误、警告和提示（参数、保存的计划、输出文件、appid 核对、diff/fmt/export/sandbox）。 */
const STOP_REASONS = {
  quota: "当天的调用次数已用完",
  unauthorized: "公众号没有接口权限",
  token: "token 被拒绝",
  interrupted: "被中断",
  fatal: "出现了错误",
} as const;

export const commands: typeof en = {
  "cmd.warning": (p) => `警告：${p.message}`,
  "cmd.fileNote": (p) => `${p.file}：${p.note}`,

  "cmd.file.invalid": (p) =>
    `${p.file} 有问题（${formatCount(p.errors)} 个错误），没有生成计划，也没有做任何改动：\n${p.listing}\n` +
    `请先修正文件（wxbl validate --file ${p.file} 会列出同样的问题），然后再运行。`,
  "cmd.file.more": (p) =>
    `……还有 ${formatCount(p.rest)} 条（wxbl validate --file ${p.file} 会全部列出）`,
  "cmd.appid.unchecked": (p) =>
    `文件写的是公众号 ${p.appid}，但只有 ${p.variable} 时无法核对是哪个公众号；继续执行`,
  "cmd.appid.mismatch": (p) =>
    `已拒绝：文件写的是公众号 ${p.file}，但凭据属于公众号 ${p.credentials}；请检查 WECHAT_APPID，或者文件里的 appid 一行`,

  "cmd.output.cannotWrite": (p) =>
    `无法把${p.what}写入 ${p.path}：${p.code}；请确认目录存在并且可写`,
  "cmd.output.report": () => "报告",
  "cmd.output.plan": () => "计划",
  "cmd.output.exported": () => "导出的文件",
  "cmd.output.formatted": () => "格式化后的文件",

  "cmd.savedPlan.cannotRead": (p) =>
    `无法读取保存的计划 ${p.path}：${p.code}；请检查路径，或者用 wxbl plan --out ${p.path} 生成一份`,
  "cmd.savedPlan.notJson": (p) =>
    `${p.path} 不是保存的计划：它不是 JSON（${p.error}）；请用 wxbl plan --out ${p.path} 重新生成一份`,
  "cmd.savedPlan.notAPlan": (p) =>
    `${p.path} 不是 wxbl-plan/1 格式的计划：${p.problems}；请用 wxbl plan --out ${p.path} 重新生成一份`,
  "cmd.savedPlan.stale": (p) =>
    `保存的计划 ${p.path} 已经过时，没有做任何改动：${p.reasons.join("；")}。请重新运行 wxbl plan --out ${p.path}，检查无误后再执行`,
  "cmd.savedPlan.fileChanged": () => "黑名单文件有改动",
  "cmd.savedPlan.liveChanged": () => "线上黑名单有变化",
  "cmd.savedPlan.otherAccount": (p) =>
    `这份计划是为公众号 ${p.saved ?? "（未知）"} 生成的，而当前凭据属于公众号 ${p.now ?? "（未知）"}`,
  "cmd.savedPlan.changesDiffer": () =>
    "计划里的改动已经和文件现在得出的不一致（之后有条目到期了，或者计划文件被改过）",

  "cmd.apply.concurrency": (p) => `--concurrency 必须是 1 到 64 之间的整数，不能是 ${p.value}`,
  "cmd.apply.rateLimitWait": (p) => `--rate-limit-wait 必须是大于等于 0 的秒数，不能是 ${p.value}`,
  "cmd.apply.refused": (p) => `apply 已拒绝执行，没有做任何改动：${p.reasons.join("；")}`,
  "cmd.apply.needsYes": () =>
    "不在终端里运行时，apply 需要加上 --yes；没有做任何改动。请先检查计划（wxbl plan），再运行 wxbl apply --yes",
  "cmd.apply.cancelled": () => "已取消 apply；没有做任何改动",
  "cmd.apply.interrupted": () => "apply 被中断：收到信号后没有再发起新的写入调用",
  "cmd.apply.notClean": (p) =>
    `apply 没有顺利完成：${p.problems.join("，")}；请查看上面的输出，然后再运行一次 wxbl apply（它会重新读取线上黑名单）`,
  "cmd.apply.problem.stopped": (p) => `已中止（${STOP_REASONS[p.reason]}）`,
  "cmd.apply.problem.failed": (p) => `${formatCount(p.count)} 个失败`,
  "cmd.apply.problem.notDone": (p) => `${formatCount(p.count)} 个没有完成`,
  "cmd.apply.problem.unverified": () => "线上黑名单核对不一致",

  "cmd.diff.noGit": () => "wxbl diff 需要用到 git，但在 PATH 里找不到 git；请先安装 git",
  "cmd.diff.notRepo": (p) =>
    `wxbl diff 要和某个 git 版本比较，但 ${p.cwd} 不在 git 仓库里（${p.detail}）；请在黑名单仓库的克隆目录里运行`,
  "cmd.diff.outside": (p) => `${p.file} 不在这个 git 仓库里；请用 --file 指定仓库里的文件`,
  "cmd.diff.unknownRevision": (p) => {
    const hint =
      p.remote !== undefined
        ? `请先拉取它，例如 git fetch ${p.remote} ${p.branch ?? ""}`
        : "请检查名称，或者先拉取它，例如 git fetch origin main";
    return `找不到 git 版本 ${p.base}：${hint}（在 GitHub Actions 里请用 fetch-depth: 0 检出）`;
  },
  "cmd.diff.cannotReadAt": (p) => `无法读取 ${p.base} 版本的 ${p.path}：${p.detail}`,
  "cmd.diff.fileAtBase": (p) => `${p.base} 版本的 ${p.file}`,
  "cmd.diff.invalid": (p) =>
    `${p.label} 不是有效的黑名单文件（见上面的 ${p.errors} 个错误）；请先修正（wxbl validate 会列出所有问题），再做比较`,
  "cmd.diff.baseMissing": (p) =>
    `wxbl：提示：${p.base} 版本里还没有 ${p.path}；所有条目都算作新增。`,

  "cmd.fmt.hasErrors": (p) =>
    `${p.file} 有 ${p.errors} 个错误；请先修正（wxbl validate 会列出它们），再运行 wxbl fmt`,
  "cmd.fmt.conflicts": (p) => `${p.file} 没有格式化：请先处理上面列出的冲突条目`,
  "cmd.fmt.notFormatted": (p) => `${p.file} 没有按规范格式排列；请运行：wxbl fmt --file ${p.file}`,
  "cmd.fmt.done": (p) => `${p.file}：${p.changed ? "已格式化" : "已是规范格式，无需改动"}`,

  "cmd.export.tokenOnly": () =>
    "只设置了 WECHAT_ACCESS_TOKEN，所以无法核对公众号的 appid，也不会把它写进文件",
  "cmd.export.done": (p) =>
    `已导出 ${formatCount(p.count)} 个被拉黑的 openid（读取了 ${formatCount(p.pages)} 页）` +
    (p.out === undefined ? "。" : `，写入 ${p.out}。`),

  "cmd.sandbox.blockedOverFollowers": (p) =>
    `--blocked ${p.blocked} 比 --followers ${p.followers} 还多：被拉黑的 id 是从生成的粉丝里取的`,
  "cmd.sandbox.stateMissing": (p) => `无法读取 sandbox 状态文件 ${p.path}：文件不存在`,
  "cmd.sandbox.stateUnreadable": (p) => `无法读取 sandbox 状态文件 ${p.path}：${p.reason}`,
  "cmd.sandbox.stateNotJson": (p) => `sandbox 状态文件 ${p.path} 不是 JSON：${p.error}`,
  "cmd.sandbox.stateShape": (p) =>
    `sandbox 状态文件 ${p.path} 的格式必须是 {"followers": [openid, ...], "blacklist": [openid, ...]}`,
  "cmd.sandbox.portInUse": (p) =>
    `${p.host} 上的端口 ${p.port} 已被占用；请用 --port 换一个（0 表示任选一个空闲端口）`,
  "cmd.sandbox.noInterface": (p) => `无法在 --host ${p.host} 上监听：本机没有这个网络接口`,
  "cmd.sandbox.cannotStart": (p) => `无法启动 sandbox：${p.error}`,
  "cmd.sandbox.ready": (p) =>
    `# wxbl sandbox：${formatCount(p.followers)} 个粉丝，其中 ${formatCount(p.blocked)} 个已拉黑，` +
    `每页 ${formatCount(p.pageSize)} 个 id（${p.ms} 毫秒就绪）。按 Ctrl-C 停止。`,
  "cmd.sandbox.exposed": (p) => `正在 ${p.host} 上监听：任何能访问到它的人都可以使用这个模拟公众号`,
  "cmd.sandbox.stopped": () => "wxbl sandbox：已停止",
};
