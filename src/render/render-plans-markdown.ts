import { formatCount } from "../i18n/format-number.js";
import { t, type Lang } from "../i18n/index.js";
import type { Plan } from "../reconcile/plan.js";
import type { PlanNotes } from "../reconcile/plan-notes.js";
import { MARKDOWN_LIMIT, codeSpan, escapeMarkdown } from "./markdown.js";
import { clip } from "./plain-text.js";
import { renderPlanMarkdown } from "./render-plan-markdown.js";
import type { AccountError } from "./render-plans-json.js";

/** One account in the comment: its plan, or the error that left it without one. */
export interface AccountPlanSection {
  name: string;
  file: string;
  plan?: Plan;
  /** The plan's notes (guard reasons in words, expiring bans), when it has a plan. */
  notes?: PlanNotes;
  error?: AccountError;
  /** URL of the account's file at the planned revision, for line links. */
  linkBase?: string;
}

/** The longest error shown in a section. */
const MAX_ERROR = 1_000;

/**
 * The plans of several accounts as one markdown document (one sticky pull-request comment, a
 * section per account, SPEC 11), always under MARKDOWN_LIMIT however many accounts: a table of
 * every account, then a section for each account with changes, a tripped guard or an error,
 * each given an equal share of the room left (a section that cannot fit says so in one line).
 */
export function renderPlansMarkdown(
  sections: readonly AccountPlanSection[],
  options: { lang: Lang; forced?: boolean },
): string {
  const { lang } = options;
  const planned = sections.filter((s) => s.plan !== undefined);
  const block = planned.reduce((n, s) => n + (s.plan?.summary.block ?? 0), 0);
  const unblock = planned.reduce((n, s) => n + (s.plan?.summary.unblock ?? 0), 0);
  const failed = sections.length - planned.length;

  // 1. The heading and the table of every account (cut, with a count, if it alone is too long).
  const head = [
    t(lang, "accounts.md.heading", { accounts: sections.length }),
    "",
    t(lang, "accounts.md.totals", {
      block: formatCount(block),
      unblock: formatCount(unblock),
      accounts: sections.length,
      failed,
    }),
    "",
    t(lang, "accounts.md.tableHead"),
    "| --- | --- | ---: | ---: | ---: | --- |",
  ];
  let table = `${head.join("\n")}\n`;
  let listed = 0;
  for (const section of sections) {
    const row = tableRow(section, lang);
    if (table.length + row.length > MARKDOWN_LIMIT / 2) break;
    table += row;
    listed++;
  }
  if (listed < sections.length) {
    table += `\n${t(lang, "accounts.md.moreAccounts", { count: sections.length - listed })}\n`;
  }
  table += "\n";

  // 2. A section for each account that needs a look, in equal shares of what is left.
  const shown = sections.filter(
    (s) => s.error !== undefined || (s.plan && (s.plan.changes.length > 0 || s.plan.guard.tripped)),
  );
  let out = table;
  let room = MARKDOWN_LIMIT - 1 - out.length;
  shown.forEach((section, index) => {
    const share = Math.floor(room / (shown.length - index));
    const heading = `${t(lang, "accounts.md.section", { account: section.name })}\n\n`;
    let body = section.plan
      ? renderPlanMarkdown(section.plan, {
          lang,
          file: section.file,
          ...(section.notes === undefined ? {} : { notes: section.notes }),
          linkBase: section.linkBase,
          forced: options.forced,
          limit: share - heading.length,
        })
      : `${t(lang, "accounts.md.failed", {
          code: section.error?.exitCode ?? 1,
          message: escapeMarkdown(clip(section.error?.message ?? "", MAX_ERROR)),
        })}\n\n`;
    if (heading.length + body.length + 1 > share) {
      body = `${t(lang, "accounts.md.tooLong", { account: section.name })}\n\n`;
    }
    const text = heading.length + body.length + 1 <= share ? `${heading}${body}\n` : "";
    out += text;
    room -= text.length;
  });
  return out;
}

function tableRow(section: AccountPlanSection, lang: Lang): string {
  const name = codeSpan(section.name);
  const file = codeSpan(clip(section.file, 120));
  const plan = section.plan;
  if (plan === undefined) {
    const status = t(lang, "accounts.md.statusFailed", { code: section.error?.exitCode ?? 1 });
    return `| ${name} | ${file} | | | | ${status} |\n`;
  }
  const { block, unblock, unchanged } = plan.summary;
  const status = plan.guard.tripped
    ? t(lang, "accounts.md.statusGuard")
    : plan.changes.length === 0
      ? t(lang, "accounts.md.statusNone")
      : t(lang, "accounts.md.statusChanges");
  return `| ${name} | ${file} | ${formatCount(block)} | ${formatCount(unblock)} | ${formatCount(unchanged)} | ${status} |\n`;
}
