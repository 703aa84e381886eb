import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  ACCOUNT_NAME,
  type AccountConfig,
  ACCOUNTS_FILE,
  type AccountsConfig,
  defaultEnvName,
  isOutsideRepository,
  normalFile,
  suggestAccountName,
} from "../accounts/account-config.js";
import { accountConnection, accountVariable } from "../accounts/account-connection.js";
import { checkAccountsConfig } from "../accounts/check-accounts-config.js";
import { readAccountsConfig, requireValidConfig } from "../accounts/load-accounts-config.js";
import { formatDiagnostic } from "../desired/diagnostic.js";
import { loadDesired } from "../desired/load-desired.js";
import { renderExport } from "../desired/render-export.js";
import { InputError } from "../errors.js";
import { msg, t } from "../i18n/index.js";
import { addAccountToConfig, newAccountsConfig } from "../scaffold/accounts-config-text.js";
import { starterBlacklist } from "../scaffold/starter-blacklist.js";
import { WORKFLOW_PATHS } from "../scaffold/scaffold-files.js";
import type { WorkflowAccount } from "../scaffold/workflow-parts.js";
import { workflowUpdates } from "../scaffold/workflow-updates.js";
import { writeFileAtomic } from "../util/write-file-atomic.js";
import { wxblVersion } from "../version.js";
import type { GlobalOptions } from "./command.js";
import { initAccountReport, type AccountFileOutcome } from "./init-account-report.js";
import type { Io } from "./io.js";
import { openClient, readLiveShown } from "./read-desired-and-live.js";

export interface InitAccountArgs extends GlobalOptions {
  dir: string;
  force: boolean;
  appid?: string;
}

const APPID = /^wx[0-9a-f]{16}$/;

/**
 * `wxbl init --account NAME --appid WX… [--file PATH]` (SPEC 9, 11): adds an account to a
 * repository of several.
 * 1. the flags; 2. wxbl.yaml as it is, and what would clash with it (exit 3, nothing written);
 * 3. the account's file: kept when it is there for that appid (given its `appid:` when it has
 *    none), else the live list when the account's credentials are set, else a starter file;
 * 4. wxbl.yaml: written, or spliced with the account at the end (the rest byte for byte);
 * 5. the workflows in their many-account form, for every account; 6. write; 7. report.
 * Running it again changes nothing.
 */
export async function initAccount(args: InitAccountArgs, io: Io): Promise<number> {
  const root = resolve(io.cwd, args.dir);
  const version = wxblVersion();
  const now = io.now?.() ?? new Date();
  // 1. The flags.
  const { name, appid } = accountFlags(args);
  // 2. wxbl.yaml, and clashes.
  const check = await readAccountsConfig(root);
  const config = check === undefined ? undefined : requireValidConfig(check);
  const configText = config && (await readText(root, ACCOUNTS_FILE));
  const existing = config?.accounts.find((a) => a.name === name);
  const file = normalFile(existing && !args.fileGiven ? existing.file : fileFlag(args, name));
  const account: AccountConfig = existing ?? {
    name,
    file,
    env: defaultEnvName(name),
    line: 0,
    column: 0,
  };
  await checkClashes(root, config, { ...account, file }, appid);
  // 3. The account's file.
  const blacklist = await accountFile(root, { ...account, file }, appid, {
    args,
    io,
    now,
    version,
  });
  // 4. wxbl.yaml.
  const nextConfig =
    configText === undefined
      ? newAccountsConfig({ name, file }, version)
      : existing
        ? configText
        : addAccountToConfig(configText, { name, file });
  // Valid by construction (the clashes were checked above); checked all the same.
  const next = requireValidConfig(checkAccountsConfig(Buffer.from(nextConfig, "utf8")));
  // 5. The workflows.
  const updates = workflowUpdates({
    version,
    lang: args.lang,
    accounts: workflowAccounts(next),
    previous: config && workflowAccounts(config),
    existing: new Map(
      await Promise.all(
        WORKFLOW_PATHS.map(async (path) => [path, await readText(root, path)] as const),
      ),
    ),
    force: args.force,
  });
  // 6. Write.
  await write(root, [
    ...(blacklist.action === "unchanged" ? [] : [{ path: file, text: blacklist.text }]),
    ...(nextConfig === configText ? [] : [{ path: ACCOUNTS_FILE, text: nextConfig }]),
    ...updates.filter((u) => u.action === "write" || u.action === "replace"),
  ]);
  // 7. Report.
  const report = {
    account: name,
    file,
    appid,
    env: account.env,
    blacklist,
    config: configText === undefined ? "new" : existing ? "unchanged" : "added",
    workflows: updates,
    stray: strayBlacklist(root, next),
    // From the one-account workflows: their secrets are read no more.
    switched: config === undefined && updates.some((u) => u.action === "replace"),
  } as const;
  io.stdout(
    initAccountReport(report, { lang: args.lang, dir: args.dir, version, format: args.format }),
  );
  return 0;
}

/** --account NAME (once) and --appid, checked. */
function accountFlags(args: InitAccountArgs): { name: string; appid: string } {
  const names = [args.account ?? []].flat();
  if (names.length !== 1 || args.all) throw new InputError(msg("initAccount.oneAccount"));
  const name = String(names[0]);
  if (!ACCOUNT_NAME.test(name)) {
    const suggestion = suggestAccountName(name);
    throw new InputError(msg("initAccount.badName", { account: name, suggestion }));
  }
  const appid = args.appid?.trim();
  if (!appid) throw new InputError(msg("initAccount.needsAppid", { account: name }));
  if (!APPID.test(appid)) throw new InputError(msg("initAccount.badAppid", { appid }));
  return { name, appid };
}

/** The account's file: --file, else accounts/NAME/blacklist.yaml; inside the repository. */
function fileFlag(args: InitAccountArgs, name: string): string {
  if (!args.fileGiven) return `accounts/${name}/blacklist.yaml`;
  if (isOutsideRepository(args.file)) {
    throw new InputError(msg("initAccount.badFile", { file: args.file }));
  }
  return normalFile(args.file);
}

/**
 * What would make the new account wrong (exit 3, nothing written): its name already in
 * wxbl.yaml with another file, its file or its variables another account's, its appid already
 * another account's file's.
 */
async function checkClashes(
  root: string,
  config: AccountsConfig | undefined,
  account: AccountConfig,
  appid: string,
): Promise<void> {
  for (const other of config?.accounts ?? []) {
    if (other.name === account.name) {
      if (normalFile(other.file) !== account.file) {
        throw new InputError(
          msg("initAccount.otherFile", {
            account: account.name,
            line: other.line,
            other: other.file,
            file: account.file,
          }),
        );
      }
      continue;
    }
    if (normalFile(other.file) === account.file) {
      throw new InputError(msg("initAccount.fileTaken", { file: account.file, other: other.name }));
    }
    if (other.env === account.env) {
      throw new InputError(
        msg("initAccount.envTaken", { account: account.name, env: account.env, other: other.name }),
      );
    }
    // A glance at the other file's top-level appid: a guard against a second entry for one
    // Official Account, not a validation (wxbl validate does that).
    const text = await readText(root, other.file);
    const found = text && /^appid:\s*["']?(wx[0-9a-f]{16})["']?\s*(?:#.*)?$/m.exec(text)?.[1];
    if (found === appid) {
      throw new InputError(
        msg("initAccount.appidTaken", { appid, other: other.name, file: other.file }),
      );
    }
  }
}

/**
 * The account's file: there for this appid (unchanged), there without an appid (the line
 * added after `version:`), there for another appid (exit 3); missing: the live list when the
 * account's credentials are set (as `wxbl export` writes it), else a starter file.
 */
async function accountFile(
  root: string,
  account: AccountConfig,
  appid: string,
  context: { args: InitAccountArgs; io: Io; now: Date; version: string },
): Promise<AccountFileOutcome> {
  const text = await readText(root, account.file);
  if (text !== undefined) {
    const loaded = await loadDesired(account.file, { text, now: context.now });
    if (!loaded.state) {
      const problems = loaded.diagnostics
        .filter((d) => d.severity === "error")
        .slice(0, 10)
        .map((d) => formatDiagnostic({ ...d, file: account.file }, context.args.lang))
        .join("\n");
      throw new InputError(msg("initAccount.fileInvalid", { file: account.file, problems }));
    }
    const found = loaded.state.appid;
    if (found === appid) return { action: "unchanged", text };
    if (found !== undefined) {
      throw new InputError(
        msg("initAccount.otherAppid", {
          account: account.name,
          file: account.file,
          appid: found,
          given: appid,
        }),
      );
    }
    return { action: "addedAppid", text: withAppid(text, appid) };
  }
  const { args, io } = context;
  const hasCredentials = (["APPSECRET", "ACCESS_TOKEN"] as const).some((what) =>
    io.env[accountVariable(account, what)]?.trim(),
  );
  if (!hasCredentials) {
    return {
      action: "starter",
      text: starterBlacklist(context.version, { name: account.name, appid }),
    };
  }
  const connection = accountConnection(io.env, account, appid);
  if (connection.credentials.kind === "token" && !args.quiet) {
    const variable = accountVariable(account, "ACCESS_TOKEN");
    io.stderr(
      `${t(args.lang, "cmd.warning", { message: t(args.lang, "initAccount.tokenOnly", { variable, appid }) })}\n`,
    );
  }
  const client = openClient(connection, args, io);
  try {
    const live = await readLiveShown(client, args, io);
    return {
      action: "live",
      count: live.openids.length,
      text: renderExport({ openids: live.openids, appid, now: context.now }),
    };
  } finally {
    await client.close();
  }
}

/**
 * The file with `appid: …` (a splice): in place of the starter file's commented example, else
 * on the line after its top-level `version:`.
 */
function withAppid(text: string, appid: string): string {
  const example = /^# appid: wx0123456789abcdef .*$/m.exec(text);
  if (example) {
    const line = `appid: ${appid} # wxbl refuses to touch any other account`;
    return `${text.slice(0, example.index)}${line}${text.slice(example.index + example[0].length)}`;
  }
  const version = /^version:[^\n]*\n/m.exec(text);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  if (!version) return `appid: ${appid}${eol}${text}`;
  const at = version.index + version[0].length;
  return `${text.slice(0, at)}appid: ${appid}${eol}${text.slice(at)}`;
}

export function workflowAccounts(config: AccountsConfig): WorkflowAccount[] {
  return config.accounts.map((a) => ({ name: a.name, file: normalFile(a.file), env: a.env }));
}

/** blacklist.yaml at the root when no account has it: with wxbl.yaml, nothing reads it. */
function strayBlacklist(root: string, config: AccountsConfig): string | undefined {
  const path = "blacklist.yaml";
  const claimed = config.accounts.some((a) => normalFile(a.file) === path);
  return !claimed && existsSync(join(root, path)) ? path : undefined;
}

/** A file's text, or undefined when there is none. */
export async function readText(root: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(join(root, ...path.split("/")), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new InputError(
      msg("initAccount.cannotRead", { file: path, code: code ?? String(error) }),
    );
  }
}

export async function write(
  root: string,
  files: readonly { path: string; text: string }[],
): Promise<void> {
  for (const file of files) {
    const path = join(root, ...file.path.split("/"));
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, file.text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new InputError(msg("init.cannotWrite", { path: file.path, code }));
    }
  }
}
