import { formatCount } from "../i18n/format-number.js";
import { t, type Lang } from "../i18n/index.js";
import type { WorkflowUpdate } from "../scaffold/workflow-updates.js";

/** What became of the account's file. */
export type AccountFileOutcome =
  | { action: "unchanged" | "addedAppid" | "starter"; text: string }
  | { action: "live"; text: string; count: number };

export interface InitAccountOutcome {
  account: string;
  file: string;
  appid: string;
  env: string;
  blacklist: AccountFileOutcome;
  config: "new" | "added" | "unchanged";
  workflows: readonly WorkflowUpdate[];
  /** blacklist.yaml when it is at the root and no account's file. */
  stray: string | undefined;
  /** The workflows moved from their one-account form. */
  switched: boolean;
}

/**
 * What `wxbl init --account` did, for the operator: each file and what became of it, the
 * account's secrets, the next steps (text, in the operator's language); or the same as JSON.
 */
export function initAccountReport(
  outcome: InitAccountOutcome,
  options: { lang: Lang; dir: string; version: string; format: string },
): string {
  const { lang, version } = options;
  const { account, file, appid, env } = outcome;
  const secret = `WECHAT_${env}_APPSECRET`;
  const token = `WECHAT_${env}_ACCESS_TOKEN`;
  const apiBase = `WECHAT_${env}_API_BASE`;
  const written = [
    ...(outcome.blacklist.action === "unchanged" ? [] : [file]),
    ...(outcome.config === "unchanged" ? [] : ["wxbl.yaml"]),
    ...outcome.workflows
      .filter((w) => w.action === "write" || w.action === "replace")
      .map((w) => w.path),
  ];
  if (options.format === "json") {
    const json = {
      account,
      file,
      appid,
      written,
      kept: outcome.workflows.filter((w) => w.action === "keep").map((w) => w.path),
      unchanged: [
        ...(outcome.blacklist.action === "unchanged" ? [file] : []),
        ...(outcome.config === "unchanged" ? ["wxbl.yaml"] : []),
        ...outcome.workflows.filter((w) => w.action === "unchanged").map((w) => w.path),
      ],
      secrets: [secret, token],
    };
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const lines = [t(lang, "initAccount.header", { account, dir: options.dir })];
  const b = outcome.blacklist;
  if (b.action === "live") {
    lines.push(t(lang, "initAccount.wroteLive", { path: file, count: formatCount(b.count) }));
  } else if (b.action === "starter")
    lines.push(t(lang, "initAccount.wroteStarter", { path: file, appid }));
  else if (b.action === "addedAppid")
    lines.push(t(lang, "initAccount.addedAppid", { path: file, appid }));
  else lines.push(t(lang, "initAccount.fileThere", { path: file, appid }));
  const config = {
    new: "initAccount.configNew",
    added: "initAccount.configAdded",
    unchanged: "initAccount.configThere",
  } as const;
  lines.push(t(lang, config[outcome.config], { path: "wxbl.yaml", account }));
  const workflow = {
    write: "initAccount.workflowWrote",
    replace: "initAccount.workflowReplaced",
    keep: "initAccount.workflowKept",
    unchanged: "initAccount.workflowUnchanged",
  } as const;
  for (const w of outcome.workflows) lines.push(t(lang, workflow[w.action], { path: w.path }));
  if (written.length === 0) lines.push(t(lang, "initAccount.nothingChanged", { account }));
  if (outcome.workflows.some((w) => w.action === "keep")) {
    lines.push("", t(lang, "initAccount.keptWorkflows", { account, env, file }));
  }
  if (outcome.stray) lines.push("", t(lang, "initAccount.strayBlacklist", { file: outcome.stray }));
  lines.push(
    "",
    t(lang, "initAccount.secretsHeader", { account }),
    t(lang, "initAccount.secretAppSecret", { variable: secret, appid }),
    t(lang, "initAccount.secretToken", { variable: token }),
    t(lang, "initAccount.secretOptional", { variable: apiBase }),
  );
  const steps = [
    ...(b.action === "starter"
      ? [t(lang, "initAccount.nextAdopt", { variable: secret, version, account })]
      : []),
    ...(written.length > 0
      ? [
          t(lang, "initAccount.nextCommit", {
            paths: [...new Set(written.map(topPath))].join(" "),
            account,
          }),
        ]
      : []),
    t(lang, "initAccount.nextSecrets"),
    ...(outcome.switched ? [t(lang, "initAccount.nextOldSecrets")] : []),
    t(lang, "initAccount.nextPullRequest", { account }),
  ];
  lines.push("", t(lang, "init.nextHeader"), ...steps.map((step, i) => `  ${i + 1}. ${step}`));
  return `${lines.join("\n")}\n`;
}

/** A path as `git add` is told it: the workflows by their folder. */
function topPath(path: string): string {
  return path.startsWith(".github/workflows/") ? ".github/workflows" : path;
}
