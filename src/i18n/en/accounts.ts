import { formatCount } from "../format-number.js";

/**
 * English messages of many accounts (SPEC 11): wxbl.yaml, selecting accounts, each account's
 * credentials, and the lines that name an account in the output.
 */
export const accounts = {
  // wxbl.yaml
  "accounts.config.cannotRead": (p: { file: string; code: string }) =>
    `cannot read ${p.file}: ${p.code}; check its permissions`,
  "accounts.config.empty": () =>
    "wxbl.yaml is empty; list the accounts under 'accounts:' (see docs/setup.md), or remove the file to work on one account",
  "accounts.config.notMap": (p: { found: string }) =>
    `wxbl.yaml must be a map with an 'accounts:' key, found ${p.found}`,
  "accounts.config.noAccountsKey": () =>
    "accounts is missing; add 'accounts:' with one entry per Official Account",
  "accounts.config.noAccounts": () =>
    "accounts is empty; add at least one account (a name, then 'file: path/to/blacklist.yaml')",
  "accounts.config.accountsNotMap": (p: { found: string }) =>
    `accounts must be a map of names to accounts (main:, shop:, ...), found ${p.found}`,
  "accounts.config.accountNotMap": (p: { account: string; found: string }) =>
    `account ${p.account} must be a map with 'file:' (and optionally 'env:'), found ${p.found}`,
  "accounts.config.notText": (p: { account: string; key: string; found: string }) =>
    `${p.key} of account ${p.account} must be text, found ${p.found}`,
  "accounts.config.unknownKeyNear": (p: { key: string; account: string; near: string }) =>
    `unknown key "${p.key}"${p.account ? ` in account ${p.account}` : ""}; did you mean "${p.near}"?`,
  "accounts.config.unknownKey": (p: { key: string; account: string; allowed: string }) =>
    `unknown key "${p.key}"${p.account ? ` in account ${p.account}` : ""}; allowed: ${p.allowed}`,
  "accounts.config.noFile": (p: { account: string }) =>
    `account ${p.account} has no file; add 'file: accounts/${p.account}/blacklist.yaml' (its desired-state file)`,
  "accounts.config.emptyFile": (p: { account: string }) =>
    `the file of account ${p.account} is empty; name its desired-state file`,
  "accounts.config.badName": (p: { name: string; suggestion: string }) =>
    `account name "${p.name}" may use only lowercase letters, digits and - (at most 64)` +
    (p.suggestion ? `; e.g. "${p.suggestion}"` : ""),
  "accounts.config.badEnv": (p: { account: string; value: string }) =>
    `env of account ${p.account} is ${p.value}; write uppercase letters, digits and _ (it becomes WECHAT_<ENV>_APPSECRET)`,
  "accounts.config.invalid": (p: { where: string; problem: string }) =>
    `${p.where} is not valid: ${p.problem}`,
  "accounts.config.fileOutside": (p: { account: string; file: string }) =>
    `the file of account ${p.account} (${p.file}) must be a file path inside this directory, relative to wxbl.yaml`,
  "accounts.config.sharedFile": (p: {
    account: string;
    other: string;
    line: number;
    file: string;
  }) =>
    `account ${p.account} has the file of account ${p.other} (line ${p.line}): ${p.file}; each account needs its own file`,
  "accounts.config.sharedEnv": (p: { account: string; other: string; line: number; env: string }) =>
    `account ${p.account} would use the variables of account ${p.other} (line ${p.line}): WECHAT_${p.env}_...; give one of them another 'env:'`,
  "accounts.config.invalidFile": (p: { file: string; count: number; problems: string }) =>
    `${p.file} is not valid (${p.count} ${p.count === 1 ? "problem" : "problems"}); nothing was read or changed:\n${p.problems}\nFix it (wxbl validate lists the same problems), then run again.`,

  // Choosing accounts
  "accounts.select.allAndAccount": () =>
    "--all and --account together: give --all for every account, or --account NAME for some",
  "accounts.select.unknown": (p: { name: string; known: string }) =>
    `no account "${p.name}" in wxbl.yaml; its accounts: ${p.known}`,
  "accounts.select.unknownNear": (p: { name: string; near: string; known: string }) =>
    `no account "${p.name}" in wxbl.yaml; did you mean "${p.near}"? Its accounts: ${p.known}`,
  "accounts.select.nameThem": (p: { command: string; known: string }) =>
    `wxbl ${p.command} changes live accounts and will not guess which: name them with --account NAME (repeatable) or give --all; nothing was called. Accounts: ${p.known}`,
  "accounts.select.exactlyOne": (p: { command: string; known: string }) =>
    `wxbl ${p.command} edits one account's file: name exactly one with --account NAME. Accounts: ${p.known}`,
  "accounts.select.noConfig": (p: { flag: string }) =>
    `${p.flag} needs a wxbl.yaml in the current directory (it lists the accounts); without one, wxbl works on --file`,
  "accounts.select.fileWithConfig": () =>
    "--file cannot be used here: wxbl.yaml in the current directory names each account's file; choose accounts with --account NAME, or run from a directory without wxbl.yaml",
  "accounts.select.parallel": (p: { value: string }) =>
    `--parallel must be a whole number from 1 to 64, not ${p.value}`,
  "accounts.select.outWithConfig": () =>
    "--out cannot be used with wxbl.yaml: export writes each account's file in place (the file wxbl.yaml names)",

  // Credentials
  "accounts.connection.plainIgnored": (p: { variables: string }) =>
    `${p.variables} ignored: with wxbl.yaml, each account's credentials come from its own WECHAT_<ENV>_... variables`,
  "accounts.connection.missing": (p: {
    account: string;
    secret: string;
    token: string;
    appid: string;
  }) =>
    `credentials for account ${p.account} are missing: set ${p.secret} (used with the file's appid ${p.appid}) or ${p.token} (a token from the account's token service)`,
  "accounts.connection.appidDiffers": (p: {
    account: string;
    variable: string;
    given: string;
    file: string;
    appid: string;
  }) =>
    `refused, nothing was called for account ${p.account}: ${p.variable} is ${p.given} but ${p.file} is for ${p.appid}; these variables belong to another account: check the secrets set for ${p.account}`,
  "accounts.file.noAppid": (p: { account: string; file: string }) =>
    `${p.file} (account ${p.account}) has no appid: line; with wxbl.yaml every account's file names its account: add 'appid: wx...' (16 hex digits) at the top`,

  "accounts.file.invalid": (p: {
    file: string;
    account: string;
    errors: number;
    listing: string;
  }) =>
    `${p.file} (account ${p.account}) is not valid (${p.errors} ${p.errors === 1 ? "error" : "errors"}); nothing was planned or changed for it:\n${p.listing}\n` +
    `Fix the file (wxbl validate --account ${p.account} lists the same problems), then run again.`,
  "accounts.file.more": (p: { rest: number; account: string }) =>
    `… and ${formatCount(p.rest)} more (wxbl validate --account ${p.account} lists them all)`,

  // Running
  "accounts.run.notStarted": (p: { account: string }) =>
    `account ${p.account} was not started: interrupted; nothing was done for it`,

  // validate
  "accounts.validate.configInvalid": (p: { errors: number }) =>
    `${p.errors} ${p.errors === 1 ? "error" : "errors"}; no account was checked`,

  // Text output
  "accounts.text.noPlan": (p: { code: number }) =>
    `No plan (exit ${p.code}): see the error on stderr.`,
  "accounts.text.noDiff": (p: { code: number }) =>
    `No diff (exit ${p.code}): see the error on stderr.`,

  // Markdown (the pull-request comment): a section per account
  "accounts.md.heading": (p: { accounts: number }) =>
    `## wxbl plan: ${p.accounts} ${p.accounts === 1 ? "account" : "accounts"}`,
  "accounts.md.totals": (p: { block: string; unblock: string; accounts: number; failed: number }) =>
    `**${p.block} to block, ${p.unblock} to unblock** across ${p.accounts} ${p.accounts === 1 ? "account" : "accounts"}` +
    (p.failed > 0 ? `; **${p.failed} without a plan** (see below).` : "."),
  "accounts.md.tableHead": () => "| account | file | to block | to unblock | unchanged | status |",
  "accounts.md.statusNone": () => "no changes",
  "accounts.md.statusChanges": () => "changes",
  "accounts.md.statusGuard": () => "**guard tripped**",
  "accounts.md.statusFailed": (p: { code: number }) => `**no plan** (exit ${p.code})`,
  "accounts.md.moreAccounts": (p: { count: number }) =>
    `… and ${p.count} more ${p.count === 1 ? "account" : "accounts"}, not listed here to keep this comment under GitHub's size limit; see the JSON plan.`,
  "accounts.md.section": (p: { account: string }) => `## Account \`${p.account}\``,
  "accounts.md.failed": (p: { code: number; message: string }) =>
    `> [!CAUTION]\n> **No result (exit ${p.code}):** ${p.message}`,
  "accounts.md.tooLong": (p: { account: string }) =>
    `The details of \`${p.account}\` do not fit in this comment; see the JSON output (--format json).`,
  "accounts.md.diffHeading": (p: { accounts: number }) =>
    `## wxbl diff: ${p.accounts} ${p.accounts === 1 ? "account" : "accounts"}`,
  "accounts.md.diffUnchanged": (p: { accounts: string }) => `Files unchanged: ${p.accounts}.`,

  // Saved plans
  "accounts.saved.cannotRead": (p: { file: string; code: string }) =>
    `cannot read the saved plans ${p.file}: ${p.code}; check the path, or make them with wxbl plan --all --out ${p.file}`,
  "accounts.saved.notJson": (p: { file: string; problem: string }) =>
    `${p.file} is not a saved plan: it is not JSON (${p.problem}); make one with wxbl plan --all --out ${p.file}`,
  "accounts.saved.onePlan": (p: { file: string }) =>
    `${p.file} is the plan of one account (wxbl-plan/1), made without wxbl.yaml; here every account's plan is needed: make them with wxbl plan --all --out ${p.file}`,
  "accounts.saved.invalid": (p: { file: string; problems: string }) =>
    `${p.file} is not a wxbl-plans/1 file: ${p.problems}; make a new one with wxbl plan --all --out ${p.file}`,
  "accounts.saved.noAccount": (p: { file: string; account: string }) =>
    `the saved plans ${p.file} have no plan for account ${p.account}; nothing was called for it. Plan it too (wxbl plan --account ${p.account} --out ...), or leave it out of --account`,

  // apply
  "accounts.apply.needsYes": () =>
    "apply needs --yes when it is not run on a terminal; nothing was changed on any account. Review the plans (wxbl plan), then run wxbl apply --yes",
  "accounts.apply.confirm": (p: {
    block: string;
    unblock: string;
    accounts: number;
    names: string;
  }) =>
    `Block ${p.block} and unblock ${p.unblock} on ${p.accounts} live ${p.accounts === 1 ? "account" : "accounts"} (${p.names})?`,
  "accounts.apply.cancelled": () => "apply cancelled; nothing was changed on any account",

  // export
  "accounts.export.done": (p: { count: string; pages: number; file: string }) =>
    `Exported ${p.count} blocked openids (${p.pages} page reads) to ${p.file}.`,
  "accounts.export.noAppid": (p: { account: string; file: string; variable: string }) =>
    `cannot tell which Official Account ${p.account} is: ${p.file} does not exist or names no appid; set ${p.variable} to its appid (wx followed by 16 hex digits), then export again`,

  // sandbox --accounts
  "accounts.sandbox.oneAccountFlags": () =>
    "--appid, --secret and --state describe a sandbox of one account; with --accounts N each account gets its own (GET /__sandbox/accounts lists them)",
  "accounts.sandbox.ready": (p: {
    accounts: number;
    followers: string;
    blocked: string;
    pageSize: string;
    ms: number;
  }) =>
    `# wxbl sandbox: ${p.accounts} accounts, each with ${p.followers} followers, ${p.blocked} blocked, ${p.pageSize} ids a page (ready in ${p.ms} ms). Ctrl-C stops it.`,
};
