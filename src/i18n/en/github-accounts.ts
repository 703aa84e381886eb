/**
 * English messages of the GitHub side of many accounts (SPEC 11): `wxbl init --account`, and
 * the Action's account matrix, changed accounts and pull-request plan.
 */
export const githubAccounts = {
  // wxbl init --account: the flags
  "initAccount.oneAccount": () =>
    "wxbl init adds one account at a time: give --account NAME once (and --all is not for init)",
  "initAccount.needsAppid": (p: { account: string }) =>
    `wxbl init --account ${p.account} needs --appid wx… (the account's AppID, admin console: 设置与开发 > 基本配置): the account's file must carry it`,
  "initAccount.badAppid": (p: { appid: string }) =>
    `--appid ${p.appid} is not an AppID: it is wx followed by 16 hex digits, e.g. wx0123456789abcdef`,
  "initAccount.badName": (p: { account: string; suggestion: string }) =>
    `--account ${p.account}: an account name is lowercase letters, digits and - (at most 64 characters), e.g. ${p.suggestion}`,
  "initAccount.badFile": (p: { file: string }) =>
    `--file ${p.file} must be a file inside the repository, as a path relative to its root (e.g. accounts/shop/blacklist.yaml)`,
  "initAccount.notesFlags": () =>
    "--appid is for wxbl init --account NAME (it adds an account to wxbl.yaml); without --account, init scaffolds the repository",

  // wxbl init --account: clashes (exit 3, nothing written)
  "initAccount.otherFile": (p: { account: string; line: number; other: string; file: string }) =>
    `the account ${p.account} is already in wxbl.yaml (line ${p.line}) with the file ${p.other}, not ${p.file}; nothing was written. Leave out --file to keep its file, choose another name, or change wxbl.yaml yourself`,
  "initAccount.otherAppid": (p: { account: string; file: string; appid: string; given: string }) =>
    `${p.file} (the account ${p.account}) is for ${p.appid}, not ${p.given}; nothing was written. Check --appid, or give this account another name and file`,
  "initAccount.fileTaken": (p: { file: string; other: string }) =>
    `${p.file} is already the file of the account ${p.other}; nothing was written. Give the new account a file of its own with --file`,
  "initAccount.envTaken": (p: { account: string; env: string; other: string }) =>
    `the account ${p.account}'s variables would be WECHAT_${p.env}_…, which are already the account ${p.other}'s; nothing was written. Choose another name, or give ${p.other} another env: in wxbl.yaml`,
  "initAccount.appidTaken": (p: { appid: string; other: string; file: string }) =>
    `${p.appid} is already the account ${p.other} (${p.file}): one Official Account is one entry of wxbl.yaml; nothing was written`,
  "initAccount.fileInvalid": (p: { file: string; problems: string }) =>
    `${p.file} is there but is not a valid desired-state file; nothing was written. Fix it (or move it away), then run wxbl init --account again:\n${p.problems}`,
  "initAccount.cannotRead": (p: { file: string; code: string }) =>
    `cannot read ${p.file} (${p.code}); nothing was written`,
  "initAccount.tokenOnly": (p: { variable: string; appid: string }) =>
    `only ${p.variable} is set: the live list read cannot be checked to be ${p.appid}'s; the file says ${p.appid} as --appid gave it`,

  // wxbl init --account: the report
  "initAccount.header": (p: { account: string; dir: string }) =>
    `wxbl init --account ${p.account} in ${p.dir}:`,
  "initAccount.wroteLive": (p: { path: string; count: string }) =>
    `  wrote      ${p.path} (the account's live blacklist, ${p.count} entries)`,
  "initAccount.wroteStarter": (p: { path: string; appid: string }) =>
    `  wrote      ${p.path} (appid ${p.appid}, no users yet)`,
  "initAccount.addedAppid": (p: { path: string; appid: string }) =>
    `  updated    ${p.path} (added appid: ${p.appid}; nothing else changed)`,
  "initAccount.fileThere": (p: { path: string; appid: string }) =>
    `  unchanged  ${p.path} (already the file of ${p.appid})`,
  "initAccount.configNew": (p: { path: string }) => `  wrote      ${p.path} (the accounts)`,
  "initAccount.configAdded": (p: { path: string; account: string }) =>
    `  updated    ${p.path} (added ${p.account}; the other accounts untouched)`,
  "initAccount.configThere": (p: { path: string; account: string }) =>
    `  unchanged  ${p.path} (${p.account} is there)`,
  "initAccount.workflowWrote": (p: { path: string }) => `  wrote      ${p.path}`,
  "initAccount.workflowReplaced": (p: { path: string }) =>
    `  updated    ${p.path} (the many-account form, for every account of wxbl.yaml)`,
  "initAccount.workflowKept": (p: { path: string }) =>
    `  kept       ${p.path} (not what wxbl init wrote: edited by hand, or by another wxbl; --force replaces it)`,
  "initAccount.workflowUnchanged": (p: { path: string }) => `  unchanged  ${p.path}`,
  "initAccount.nothingChanged": (p: { account: string }) =>
    `Nothing changed: the account ${p.account} is there, as asked.`,
  "initAccount.secretsHeader": (p: { account: string }) =>
    `Secrets of the account ${p.account}, to set in the GitHub repository (Settings > Secrets and variables > Actions):`,
  "initAccount.secretAppSecret": (p: { variable: string; appid: string }) =>
    `  ${p.variable}: the AppSecret of ${p.appid} (admin console: 设置与开发 > 基本配置)`,
  "initAccount.secretToken": (p: { variable: string }) =>
    `  or ${p.variable} instead: a token from the account's central token service`,
  "initAccount.secretOptional": (p: { variable: string }) =>
    `  ${p.variable} only if this account needs its own API address; WECHAT_API_BASE and HTTPS_PROXY are shared by every account`,
  "initAccount.keptWorkflows": (p: { account: string; env: string; file: string }) =>
    `The workflows kept above do not know ${p.account} yet: add ${p.file} to their paths: and WECHAT_${p.env}_APPSECRET to the plan job's env:, or re-run with --force to rewrite them.`,
  "initAccount.strayBlacklist": (p: { file: string }) =>
    `Note: ${p.file} is in the repository but is no account's file; with a wxbl.yaml, wxbl no longer reads it. Make it an account: wxbl init --account NAME --appid wx… --file ${p.file}`,
  "initAccount.nextAdopt": (p: { variable: string; version: string; account: string }) =>
    `the account already has a blacklist? Adopt it before the first merge: set ${p.variable} in your shell, then npx wxbl@${p.version} export --account ${p.account}`,
  "initAccount.nextCommit": (p: { paths: string; account: string }) =>
    `git add ${p.paths} && git commit -m "Keep the blacklist of ${p.account} with wxbl" && git push`,
  "initAccount.nextSecrets": () => "set the secrets above",
  "initAccount.nextOldSecrets": () =>
    "the workflows now use each account's own secrets: WECHAT_APPID, WECHAT_APPSECRET and WECHAT_ACCESS_TOKEN are no longer read; delete them once each account has its own",
  "initAccount.nextPullRequest": (p: { account: string }) =>
    `open a pull request: its plan comment has a section for ${p.account}, and merging applies it (a job per account)`,

  // wxbl init (no --account) in a repository with a wxbl.yaml
  "initAccount.manyHeader": (p: { dir: string; count: number }) =>
    `wxbl init in ${p.dir} (wxbl.yaml lists ${p.count} ${p.count === 1 ? "account" : "accounts"}: the workflows take their many-account form):`,
  "initAccount.manySecrets": () =>
    "Secrets to set in the GitHub repository, each account its own (Settings > Secrets and variables > Actions):",
  "initAccount.manySecretLine": (p: { account: string; secret: string; token: string }) =>
    `  ${p.account}: ${p.secret} (or ${p.token})`,

  // The Action: accounts for a matrix
  "actionAccounts.noConfig": () =>
    "the accounts command lists the accounts of wxbl.yaml, and the repository's root has none; add accounts with wxbl init --account NAME --appid wx…",
  "actionAccounts.tooMany": (p: { count: number; limit: number }) =>
    `${p.count} accounts are more jobs than one GitHub Actions matrix runs (${p.limit}); narrow them with the account input, or keep the accounts in more than one repository`,
  "actionAccounts.title": () => "### wxbl accounts",
  "actionAccounts.changed": (p: { count: number; total: number; list: readonly string[] }) =>
    `${p.count} of ${p.total} ${p.total === 1 ? "account" : "accounts"}, whose file or entry in wxbl.yaml changed: ${p.list.join(", ")}.`,
  "actionAccounts.noneChanged": (p: { total: number }) =>
    `None of the ${p.total} ${p.total === 1 ? "account" : "accounts"}: no account's file and no entry of wxbl.yaml changed.`,
  "actionAccounts.every": (p: { count: number; list: readonly string[] }) =>
    `Every account (${p.count}): ${p.list.join(", ")}.`,
  "actionAccounts.named": (p: { count: number; list: readonly string[] }) =>
    `The ${p.count === 1 ? "account" : "accounts"} named: ${p.list.join(", ")}.`,
  "actionAccounts.unknown": (p: { why: string; count: number; list: readonly string[] }) =>
    `Which accounts changed is not known (${p.why}), so every account (${p.count}): ${p.list.join(", ")}.`,
  "actionAccounts.whyNewBranch": () => "the push has no earlier commit to compare with",
  "actionAccounts.whyHistory": (p: { commit: string; git: string }) =>
    `git cannot compare with commit ${p.commit}: ${p.git}; if the checkout lacks that commit, check out with fetch-depth: 0`,
  "actionAccounts.whyTooManyFiles": (p: { count: string }) =>
    `the pull request changes ${p.count} files or more, more than GitHub lists`,
  "actionAccounts.whyListFailed": (p: { status: string; message: string }) =>
    `listing the pull request's files failed: ${p.status} ${p.message}`,

  // The Action: the pull-request plan of a repository of several accounts
  "actionAccounts.planNone": (p: { total: number }) =>
    `## wxbl plan\n\nThis pull request changes no account: neither an account's file nor its entry in wxbl.yaml (${p.total} ${p.total === 1 ? "account" : "accounts"}). Nothing to plan.\n`,
};
