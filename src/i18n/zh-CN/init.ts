import type { init as en } from "../en/init.js";

/** 简体中文：`wxbl init` 的消息。键与参数和 en/init.ts 完全一致（编译器检查）。 */
export const init: typeof en = {
  "init.header": (p) => `wxbl init（${p.dir}）：`,
  "init.wroteLive": (p) => `  已写入    ${p.path}（当前线上黑名单，共 ${p.count} 个用户）`,
  "init.wroteStarter": (p) => `  已写入    ${p.path}（暂无用户，附有示例）`,
  "init.wrote": (p) => `  已写入    ${p.path}`,
  "init.kept": (p) => `  已保留    ${p.path}（文件已存在且内容不同；加 --force 会覆盖）`,
  "init.unchanged": (p) => `  无变化    ${p.path}`,
  "init.nothingChanged": () => "没有任何改动：所有文件都已存在。",
  "init.secretsHeader": () =>
    "请在 GitHub 仓库中设置以下 Secrets（Settings > Secrets and variables > Actions）：",
  "init.secretAppSecret": () =>
    "  WECHAT_APPID 和 WECHAT_APPSECRET：公众号的 AppID 和 AppSecret（公众号后台：设置与开发 > 基本配置）",
  "init.secretToken": () =>
    "  或者只设 WECHAT_ACCESS_TOKEN，代替上面两项：公众号 token 中控服务发放的 token",
  "init.secretOptional": () =>
    "  WECHAT_API_BASE 和 HTTPS_PROXY 仅在需要时设置：API 网关，或为满足微信 IP 白名单而使用的固定出口代理",
  "init.nextHeader": () => "接下来：",
  "init.nextGitInit": () => "git init（当前目录还不是 git 仓库）",
  "init.nextAdopt": (p) =>
    `公众号已经有黑名单？请在第一次合并之前先导入（需设置好凭据）：npx wxbl@${p.version} export --out blacklist.yaml`,
  "init.nextCommit": () =>
    'git add blacklist.yaml .github/workflows && git commit -m "用 wxbl 管理公众号黑名单" && git push',
  "init.nextSecrets": () => "设置上面列出的 Secrets",
  "init.nextPullRequest": () =>
    "发起一个修改 blacklist.yaml 的拉取请求：计划会以评论的形式出现，合并后即自动执行",
  "init.nextProtect": () =>
    "保护默认分支（合并即执行）：https://github.com/wxbl/wxbl/blob/main/docs/setup.md",
  "init.cannotWrite": (p) =>
    `init 无法写入 ${p.path}（${p.code}），其后的文件均未写入。请确认目录可写、且没有同名的文件夹，然后重新运行 wxbl init`,
};
