/**
 * English messages of `wxbl init` (SPEC 9): what it wrote and kept, the secrets to set, the
 * next steps.
 */
export const init = {
  "init.header": (p: { dir: string }) => `wxbl init in ${p.dir}:`,
  "init.wroteLive": (p: { path: string; count: string }) =>
    `  wrote      ${p.path} (the live blacklist, ${p.count} entries)`,
  "init.wroteStarter": (p: { path: string }) =>
    `  wrote      ${p.path} (no users yet, with examples)`,
  "init.wrote": (p: { path: string }) => `  wrote      ${p.path}`,
  "init.kept": (p: { path: string }) =>
    `  kept       ${p.path} (already there and different; --force replaces it)`,
  "init.unchanged": (p: { path: string }) => `  unchanged  ${p.path}`,
  "init.nothingChanged": () => "Nothing changed: every file is already there.",
  "init.secretsHeader": () =>
    "Secrets to set in the GitHub repository (Settings > Secrets and variables > Actions):",
  "init.secretAppSecret": () =>
    "  WECHAT_APPID and WECHAT_APPSECRET: the account's AppID and AppSecret (admin console: 设置与开发 > 基本配置)",
  "init.secretToken": () =>
    "  or WECHAT_ACCESS_TOKEN instead of those two: a token from the account's central token service",
  "init.secretOptional": () =>
    "  WECHAT_API_BASE and HTTPS_PROXY only if you need them: an API gateway, or a fixed-egress proxy for WeChat's IP whitelist",
  "init.nextHeader": () => "Next steps:",
  "init.nextGitInit": () => "git init (this folder is not a git repository yet)",
  "init.nextAdopt": (p: { version: string }) =>
    `the account already has a blacklist? Adopt it before the first merge, with the credentials set: npx wxbl@${p.version} export --out blacklist.yaml`,
  "init.nextCommit": () =>
    'git add blacklist.yaml .github/workflows && git commit -m "Keep the blacklist with wxbl" && git push',
  "init.nextSecrets": () => "set the secrets above",
  "init.nextPullRequest": () =>
    "open a pull request that changes blacklist.yaml: its plan appears as a comment, and merging applies it",
  "init.nextProtect": () =>
    "protect the default branch (merging is applying): https://github.com/wxbl/wxbl/blob/main/docs/setup.md",
  "init.cannotWrite": (p: { path: string; code: string }) =>
    `init cannot write ${p.path} (${p.code}); nothing after it was written. Check that the folder is writable and that no folder has that name, then run wxbl init again`,
};
