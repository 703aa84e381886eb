import type { githubAccounts as en } from "../en/github-accounts.js";

/**
 * 简体中文：多公众号在 GitHub 一侧的消息（`wxbl init --account`、Action 的公众号矩阵、
 * 改动了哪些公众号、拉取请求的计划）。键与参数和 en/github-accounts.ts 完全一致。
 */
export const githubAccounts: typeof en = {
  "initAccount.oneAccount": () =>
    "wxbl init 一次只添加一个公众号：--account NAME 只给一次（init 不接受 --all）",
  "initAccount.needsAppid": (p) =>
    `wxbl init --account ${p.account} 需要 --appid wx…（该公众号的 AppID，公众号后台：设置与开发 > 基本配置）：公众号的黑名单文件必须写明它`,
  "initAccount.badAppid": (p) =>
    `--appid ${p.appid} 不是 AppID：AppID 是 wx 加 16 位十六进制数字，例如 wx0123456789abcdef`,
  "initAccount.badName": (p) =>
    `--account ${p.account}：公众号名称只能由小写字母、数字和 - 组成（最多 64 个字符），例如 ${p.suggestion}`,
  "initAccount.badFile": (p) =>
    `--file ${p.file} 必须是仓库内的文件，写成相对仓库根目录的路径（例如 accounts/shop/blacklist.yaml）`,
  "initAccount.notesFlags": () =>
    "--appid 用于 wxbl init --account NAME（向 wxbl.yaml 添加一个公众号）；不带 --account 时，init 生成整个仓库的骨架",

  "initAccount.otherFile": (p) =>
    `公众号 ${p.account} 已在 wxbl.yaml 中（第 ${p.line} 行），对应文件是 ${p.other}，不是 ${p.file}；未写入任何文件。去掉 --file 即沿用原文件；或换一个名称；或自行修改 wxbl.yaml`,
  "initAccount.otherAppid": (p) =>
    `${p.file}（公众号 ${p.account}）属于 ${p.appid}，不是 ${p.given}；未写入任何文件。请核对 --appid，或为这个公众号换一个名称和文件`,
  "initAccount.fileTaken": (p) =>
    `${p.file} 已经是公众号 ${p.other} 的文件；未写入任何文件。请用 --file 给新公众号一个单独的文件`,
  "initAccount.envTaken": (p) =>
    `公众号 ${p.account} 的变量名会是 WECHAT_${p.env}_…，与公众号 ${p.other} 的相同；未写入任何文件。请换一个名称，或在 wxbl.yaml 中给 ${p.other} 另设 env:`,
  "initAccount.appidTaken": (p) =>
    `${p.appid} 已经是公众号 ${p.other}（${p.file}）：一个公众号在 wxbl.yaml 中只能有一项；未写入任何文件`,
  "initAccount.fileInvalid": (p) =>
    `${p.file} 已存在，但不是有效的黑名单文件；未写入任何文件。请先修正（或移走），再运行 wxbl init --account：\n${p.problems}`,
  "initAccount.cannotRead": (p) => `无法读取 ${p.file}（${p.code}）；未写入任何文件`,
  "initAccount.tokenOnly": (p) =>
    `只设置了 ${p.variable}：无法核实读到的线上黑名单属于 ${p.appid}；文件中按 --appid 写入 ${p.appid}`,

  "initAccount.header": (p) => `wxbl init --account ${p.account}（${p.dir}）：`,
  "initAccount.wroteLive": (p) =>
    `  已写入    ${p.path}（该公众号当前的线上黑名单，共 ${p.count} 个用户）`,
  "initAccount.wroteStarter": (p) => `  已写入    ${p.path}（appid ${p.appid}，暂无用户）`,
  "initAccount.addedAppid": (p) => `  已更新    ${p.path}（加入 appid: ${p.appid}，其余内容不变）`,
  "initAccount.fileThere": (p) => `  无变化    ${p.path}（已是 ${p.appid} 的文件）`,
  "initAccount.configNew": (p) => `  已写入    ${p.path}（公众号列表）`,
  "initAccount.configAdded": (p) =>
    `  已更新    ${p.path}（加入 ${p.account}，其他公众号原样保留）`,
  "initAccount.configThere": (p) => `  无变化    ${p.path}（已有 ${p.account}）`,
  "initAccount.workflowWrote": (p) => `  已写入    ${p.path}`,
  "initAccount.workflowReplaced": (p) =>
    `  已更新    ${p.path}（多公众号版本，覆盖 wxbl.yaml 中的每个公众号）`,
  "initAccount.workflowKept": (p) =>
    `  已保留    ${p.path}（不是 wxbl init 写的原样：被手工改过，或由其他版本的 wxbl 写入；加 --force 会覆盖）`,
  "initAccount.workflowUnchanged": (p) => `  无变化    ${p.path}`,
  "initAccount.nothingChanged": (p) => `没有任何改动：公众号 ${p.account} 已按要求配置好。`,
  "initAccount.secretsHeader": (p) =>
    `公众号 ${p.account} 的 Secrets，请在 GitHub 仓库中设置（Settings > Secrets and variables > Actions）：`,
  "initAccount.secretAppSecret": (p) =>
    `  ${p.variable}：${p.appid} 的 AppSecret（公众号后台：设置与开发 > 基本配置）`,
  "initAccount.secretToken": (p) => `  或者改设 ${p.variable}：该公众号 token 中控服务发放的 token`,
  "initAccount.secretOptional": (p) =>
    `  ${p.variable} 仅在这个公众号需要单独的 API 地址时设置；WECHAT_API_BASE 和 HTTPS_PROXY 由所有公众号共用`,
  "initAccount.keptWorkflows": (p) =>
    `上面保留的工作流还不知道 ${p.account}：请在其 paths: 中加入 ${p.file}，在 plan 任务的 env: 中加入 WECHAT_${p.env}_APPSECRET；或加 --force 重新运行以重写它们。`,
  "initAccount.strayBlacklist": (p) =>
    `注意：仓库中有 ${p.file}，但它不属于任何公众号；有了 wxbl.yaml 之后，wxbl 不再读取它。把它登记为一个公众号：wxbl init --account NAME --appid wx… --file ${p.file}`,
  "initAccount.nextAdopt": (p) =>
    `公众号已经有黑名单？请在第一次合并之前先导入：在终端中设置 ${p.variable}，然后运行 npx wxbl@${p.version} export --account ${p.account}`,
  "initAccount.nextCommit": (p) =>
    `git add ${p.paths} && git commit -m "用 wxbl 管理 ${p.account} 的黑名单" && git push`,
  "initAccount.nextSecrets": () => "设置上面列出的 Secrets",
  "initAccount.nextOldSecrets": () =>
    "工作流现在使用每个公众号自己的 Secrets：不再读取 WECHAT_APPID、WECHAT_APPSECRET 和 WECHAT_ACCESS_TOKEN；待每个公众号都设好自己的之后即可删除",
  "initAccount.nextPullRequest": (p) =>
    `发起一个拉取请求：计划评论中会有 ${p.account} 的一节，合并后即自动执行（每个公众号一个任务）`,

  "initAccount.manyHeader": (p) =>
    `wxbl init（${p.dir}；wxbl.yaml 中有 ${p.count} 个公众号，工作流采用多公众号版本）：`,
  "initAccount.manySecrets": () =>
    "请在 GitHub 仓库中为每个公众号分别设置 Secrets（Settings > Secrets and variables > Actions）：",
  "initAccount.manySecretLine": (p) => `  ${p.account}：${p.secret}（或 ${p.token}）`,

  "actionAccounts.noConfig": () =>
    "accounts 命令列出 wxbl.yaml 中的公众号，但仓库根目录没有 wxbl.yaml；用 wxbl init --account NAME --appid wx… 添加公众号",
  "actionAccounts.tooMany": (p) =>
    `${p.count} 个公众号超过了一个 GitHub Actions 矩阵能运行的任务数（${p.limit}）；请用 account 输入缩小范围，或把公众号分到多个仓库`,
  "actionAccounts.title": () => "### wxbl 公众号",
  "actionAccounts.changed": (p) =>
    `${p.total} 个公众号中的 ${p.count} 个（其文件或在 wxbl.yaml 中的配置有改动）：${p.list.join("、")}。`,
  "actionAccounts.noneChanged": (p) =>
    `${p.total} 个公众号都没有改动：没有公众号的文件或 wxbl.yaml 中的配置被修改。`,
  "actionAccounts.every": (p) => `全部公众号（${p.count} 个）：${p.list.join("、")}。`,
  "actionAccounts.named": (p) => `指定的公众号：${p.list.join("、")}。`,
  "actionAccounts.unknown": (p) =>
    `无法判断改动了哪些公众号（${p.why}），因此处理全部公众号（${p.count} 个）：${p.list.join("、")}。`,
  "actionAccounts.whyNewBranch": () => "这次推送没有更早的提交可供比较",
  "actionAccounts.whyHistory": (p) =>
    `git 无法与提交 ${p.commit} 比较：${p.git}；如果检出的代码中没有这个提交，请在 checkout 时设置 fetch-depth: 0`,
  "actionAccounts.whyTooManyFiles": (p) =>
    `这个拉取请求改动了 ${p.count} 个或更多文件，超过了 GitHub 能列出的数量`,
  "actionAccounts.whyListFailed": (p) => `列出拉取请求的文件失败：${p.status} ${p.message}`,

  "actionAccounts.planNone": (p) =>
    `## wxbl 计划\n\n这个拉取请求没有改动任何公众号：既没有改公众号的文件，也没有改它在 wxbl.yaml 中的配置（共 ${p.total} 个公众号）。无需生成计划。\n`,
};
