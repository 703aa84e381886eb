import { resolve } from "node:path";
import type { AccountsConfig } from "../accounts/account-config.js";
import { accountVariable } from "../accounts/account-connection.js";
import { t } from "../i18n/index.js";
import { WORKFLOW_PATHS } from "../scaffold/scaffold-files.js";
import { workflowUpdates } from "../scaffold/workflow-updates.js";
import { wxblVersion } from "../version.js";
import type { GlobalOptions } from "./command.js";
import { readText, workflowAccounts, write } from "./init-account.js";
import type { Io } from "./io.js";

/**
 * `wxbl init` without --account in a repository with a wxbl.yaml (SPEC 11): the workflows in
 * their many-account form for its accounts, and no blacklist.yaml (each account has its file).
 * A workflow init wrote and nobody edited is brought up to date; any other is kept unless
 * --force. So `npx wxbl@NEW init` upgrades the workflows of a repository of several accounts.
 */
export async function initAccounts(
  args: GlobalOptions & { dir: string; force: boolean },
  io: Io,
  config: AccountsConfig,
): Promise<number> {
  const root = resolve(io.cwd, args.dir);
  const accounts = workflowAccounts(config);
  const updates = workflowUpdates({
    version: wxblVersion(),
    lang: args.lang,
    accounts,
    previous: accounts,
    existing: new Map(
      await Promise.all(
        WORKFLOW_PATHS.map(async (path) => [path, await readText(root, path)] as const),
      ),
    ),
    force: args.force,
  });
  await write(
    root,
    updates.filter((u) => u.action === "write" || u.action === "replace"),
  );
  const pick = (action: string) => updates.filter((u) => u.action === action).map((u) => u.path);
  if (args.format === "json") {
    const json = {
      written: [...pick("write"), ...pick("replace")],
      kept: pick("keep"),
      unchanged: pick("unchanged"),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const { lang } = args;
  const key = {
    write: "init.wrote",
    replace: "initAccount.workflowReplaced",
    keep: "init.kept",
    unchanged: "init.unchanged",
  } as const;
  const lines = [
    t(lang, "initAccount.manyHeader", { dir: args.dir, count: config.accounts.length }),
    ...updates.map((u) => t(lang, key[u.action], { path: u.path })),
  ];
  if (updates.every((u) => u.action === "unchanged")) lines.push(t(lang, "init.nothingChanged"));
  lines.push("", t(lang, "initAccount.manySecrets"));
  for (const account of config.accounts) {
    lines.push(
      t(lang, "initAccount.manySecretLine", {
        account: account.name,
        secret: accountVariable(account, "APPSECRET"),
        token: accountVariable(account, "ACCESS_TOKEN"),
      }),
    );
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
