import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../../errors.js";
import { formatCount } from "../../i18n/format-number.js";
import { msg, t, type Lang } from "../../i18n/index.js";
import { BLACKLIST_PATH, scaffoldFiles } from "../../scaffold/scaffold-files.js";
import { writeScaffold, type ScaffoldResult } from "../../scaffold/write-scaffold.js";
import { wxblVersion } from "../../version.js";
import { defineCommand } from "../command.js";
import { exportLive, type ExportedLive } from "../export-live.js";
import { initAccount } from "../init-account.js";
import { initAccounts } from "../init-accounts.js";
import { readAccountsConfig, requireValidConfig } from "../../accounts/load-accounts-config.js";

interface InitArgs {
  dir: string;
  force: boolean;
  appid?: string;
}

/**
 * `wxbl init [--dir DIR] [--force]` (SPEC 9): a config repository in one command.
 * 1. the blacklist: the live list when credentials are set (as `export` writes it), else a
 *    starter file; not read at all when the file is there and will be kept,
 * 2. the files, pure (scaffold/), pinned to this wxbl's version,
 * 3. write what is missing, keep what is there (unless --force),
 * 4. say what was written and kept, the secrets to set and the next steps.
 */
export const initCommand = defineCommand<InitArgs>({
  command: "init",
  describe:
    "Scaffold a config repository: blacklist.yaml and the plan, apply and drift workflows that call the wxbl Action",
  builder: (yargs) =>
    yargs
      .option("dir", {
        type: "string",
        default: ".",
        describe: "The repository's root folder (created if missing)",
      })
      .option("force", {
        type: "boolean",
        default: false,
        describe:
          "Overwrite files that are already there (without it, init never replaces anyone's work)",
      })
      .option("appid", {
        type: "string",
        describe: "With --account NAME: the account's AppID (wx…), written as its file's appid:",
      })
      .example(
        "$0 init --account shop --appid wx0123456789abcdef",
        "Add the account shop to wxbl.yaml: its file accounts/shop/blacklist.yaml, the workflows for every account",
      )
      .epilog(
        "With WECHAT_ACCESS_TOKEN, or WECHAT_APPID and WECHAT_APPSECRET, set, blacklist.yaml is the " +
          "live blacklist (as wxbl export writes it); otherwise a valid file with no users. Running " +
          "it again changes nothing. With --account NAME --appid WX… [--file PATH] it adds an " +
          "account to wxbl.yaml (a repository of several accounts): the account's file (its live " +
          "list when WECHAT_<ENV>_APPSECRET or WECHAT_<ENV>_ACCESS_TOKEN is set), and the " +
          "workflows in their many-account form.",
      ),
  run: async (args, io) => {
    if (args.account !== undefined || args.all) return initAccount(args, io);
    if (args.appid !== undefined) throw new InputError(msg("initAccount.notesFlags"));
    const root = resolve(io.cwd, args.dir);
    const check = await readAccountsConfig(root);
    if (check !== undefined) return initAccounts(args, io, requireValidConfig(check));
    const version = wxblVersion();
    // 1. The blacklist.
    const keepBlacklist = existsSync(resolve(root, BLACKLIST_PATH)) && !args.force;
    const live = !keepBlacklist && hasCredentials(io.env) ? await exportLive(io, args) : undefined;
    // 2. The files.
    const files = scaffoldFiles({ version, lang: args.lang, blacklist: live?.text });
    // 3. Write.
    let result: ScaffoldResult;
    try {
      result = await writeScaffold(root, files, { force: args.force });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new InputError(msg("init.cannotWrite", { path: args.dir, code }));
    }
    // 4. Report.
    const json = { written: result.written, kept: result.kept, unchanged: result.unchanged };
    if (args.format === "json") io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    else
      io.stdout(
        report({ lang: args.lang, dir: args.dir, result, live, version, git: isGit(root) }),
      );
    return 0;
  },
});

/** Any credential variable set: a half-set pair is then exit 3 from `export`'s reading. */
function hasCredentials(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.WECHAT_ACCESS_TOKEN?.trim() || env.WECHAT_APPID?.trim() || env.WECHAT_APPSECRET?.trim(),
  );
}

function isGit(root: string): boolean {
  for (let dir = root; ; dir = resolve(dir, "..")) {
    if (existsSync(resolve(dir, ".git"))) return true;
    if (resolve(dir, "..") === dir) return false;
  }
}

function report(input: {
  lang: Lang;
  dir: string;
  result: ScaffoldResult;
  live: ExportedLive | undefined;
  version: string;
  git: boolean;
}): string {
  const { lang, result, live } = input;
  const lines = [t(lang, "init.header", { dir: input.dir })];
  for (const path of result.written) {
    if (path !== BLACKLIST_PATH) lines.push(t(lang, "init.wrote", { path }));
    else if (live) lines.push(t(lang, "init.wroteLive", { path, count: formatCount(live.count) }));
    else lines.push(t(lang, "init.wroteStarter", { path }));
  }
  for (const path of result.kept) lines.push(t(lang, "init.kept", { path }));
  for (const path of result.unchanged) lines.push(t(lang, "init.unchanged", { path }));
  if (result.written.length === 0) lines.push(t(lang, "init.nothingChanged"));
  lines.push("", t(lang, "init.secretsHeader"));
  lines.push(t(lang, "init.secretAppSecret"), t(lang, "init.secretToken"));
  lines.push(t(lang, "init.secretOptional"));
  const steps = [
    ...(input.git ? [] : [t(lang, "init.nextGitInit")]),
    ...(result.written.includes(BLACKLIST_PATH) && !live
      ? [t(lang, "init.nextAdopt", { version: input.version })]
      : []),
    t(lang, "init.nextCommit"),
    t(lang, "init.nextSecrets"),
    t(lang, "init.nextPullRequest"),
    t(lang, "init.nextProtect"),
  ];
  lines.push("", t(lang, "init.nextHeader"), ...steps.map((step, i) => `  ${i + 1}. ${step}`));
  return `${lines.join("\n")}\n`;
}
