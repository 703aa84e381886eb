import { combinedExitCode } from "../../accounts/run-per-account.js";
import { t } from "../../i18n/index.js";
import type { FileDiff } from "../../reconcile/file-diff.js";
import { MARKDOWN_LIMIT, renderFileDiffMarkdown } from "../../render/file-diff-markdown.js";
import { renderFileDiffJson } from "../../render/file-diff-json.js";
import { renderFileDiffText } from "../../render/file-diff-text.js";
import { clip } from "../../render/plain-text.js";
import { escapeMarkdown } from "../../render/markdown.js";
import { renderErrors } from "../../render/render-plans-json.js";
import { diffAtBase } from "../commands/diff.js";
import { useColor, type GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { accountPrefix, prefixLines } from "./account-output.js";
import { accountErrors } from "./plans-output.js";
import {
  chooseAccounts,
  runAccounts,
  type AccountsCommand,
  type AccountsContext,
} from "./run-accounts.js";

/**
 * `wxbl diff --base REF` with a wxbl.yaml (SPEC 11): 1. the one-file diff of each account's file
 * (every account unless --account narrows); 2. printed together: text naming
 * the account on every line, markdown a section for each account whose file changed (all
 * under the comment limit), JSON `{"base", "accounts": {name: wxbl-diff/1}, "errors"}`.
 */
export const diffAccounts = (async (
  args: GlobalOptions & { base: string },
  io: Io,
  context: AccountsContext,
) => {
  const accounts = chooseAccounts("diff", args, io, context, { credentials: false });
  // 1. Each account's diff.
  const outcomes = await runAccounts(accounts, args, io, async (account, accountIo) => ({
    exitCode: 0, // informational: a diff is never a failure
    diff: (await diffAtBase({ ...args, file: account.file }, accountIo)).diff,
  }));
  // 2. Print.
  const diffs = outcomes.flatMap((o) =>
    o.value ? [{ name: o.account.name, diff: o.value.diff }] : [],
  );
  if (args.format === "json") {
    const lines = diffs.map(
      ({ name, diff }) =>
        `    ${JSON.stringify(name)}: ${renderFileDiffJson(diff).trimEnd().replace(/\n/g, "\n    ")}`,
    );
    io.stdout(
      [
        "{",
        `  "base": ${JSON.stringify(args.base)},`,
        lines.length === 0 ? `  "accounts": {},` : `  "accounts": {\n${lines.join(",\n")}\n  },`,
        `  "errors": ${renderErrors(accountErrors(outcomes), "  ")}`,
        "}",
        "",
      ].join("\n"),
    );
  } else if (args.format === "markdown") {
    io.stdout(diffsMarkdown(diffs, accountErrors(outcomes), args));
  } else {
    for (const o of outcomes) {
      const text = o.value
        ? renderFileDiffText(o.value.diff, { lang: args.lang, color: useColor(args, io) })
        : `${t(args.lang, "accounts.text.noDiff", { code: o.exitCode })}\n`;
      io.stdout(prefixLines(text, accountPrefix(o.account.name)));
    }
  }
  return combinedExitCode(outcomes.map((o) => o.exitCode));
}) as AccountsCommand;

/** A section for each account whose file changed or failed, in equal shares of the limit. */
function diffsMarkdown(
  diffs: readonly { name: string; diff: FileDiff }[],
  errors: ReturnType<typeof accountErrors>,
  args: Pick<GlobalOptions, "lang">,
): string {
  const changed = diffs.filter(
    ({ diff }) => diff.entries.length > 0 || diff.settings.length > 0 || diff.warnings.length > 0,
  );
  const unchanged = diffs.filter((d) => !changed.includes(d)).map((d) => `\`${d.name}\``);
  let out = `${t(args.lang, "accounts.md.diffHeading", { accounts: diffs.length + errors.length })}\n\n`;
  if (unchanged.length > 0) {
    out += `${t(args.lang, "accounts.md.diffUnchanged", { accounts: unchanged.join(", ") })}\n\n`;
  }
  let listed = 0;
  for (const error of errors) {
    const text =
      `${t(args.lang, "accounts.md.section", { account: error.name })}\n\n` +
      `${t(args.lang, "accounts.md.failed", { code: error.exitCode, message: escapeMarkdown(clip(error.message, 500)) })}\n\n`;
    if (out.length + text.length >= MARKDOWN_LIMIT / 2) break;
    out += text;
    listed++;
  }
  if (listed < errors.length) {
    out += `${t(args.lang, "accounts.md.moreAccounts", { count: errors.length - listed })}\n\n`;
  }
  changed.forEach(({ name, diff }, index) => {
    const heading = `${t(args.lang, "accounts.md.section", { account: name })}\n\n`;
    const share = Math.floor((MARKDOWN_LIMIT - 1 - out.length) / (changed.length - index));
    const body = renderFileDiffMarkdown(diff, { lang: args.lang, limit: share - heading.length });
    if (heading.length + body.length + 1 <= share) out += `${heading}${body}\n`;
    else out += `${t(args.lang, "accounts.md.tooLong", { account: name })}\n\n`;
  });
  return out;
}
