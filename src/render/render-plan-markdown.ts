import { t } from "../i18n/catalog.js";
import { formatCount } from "../i18n/format-number.js";
import type { Lang } from "../i18n/lang.js";
import type { Change } from "../reconcile/change.js";
import { EXPIRY_NOTICE_DAYS } from "../reconcile/expiry.js";
import type { Plan } from "../reconcile/plan-types.js";
import type { PlanNotes } from "../reconcile/plan-notes.js";
import { MARKDOWN_LIMIT, codeSpan, escapeMarkdown, fitRows } from "./markdown.js";
import { expiresText, guardReasons, whyText } from "./plan-words.js";
import { clip } from "./plain-text.js";

export { MARKDOWN_LIMIT, escapeMarkdown } from "./markdown.js";

export interface PlanMarkdownOptions {
  /** The reader's language (SPEC 12). */
  lang: Lang;
  /** The desired-state file as the operator named it. */
  file: string;
  /**
   * URL of the file at the planned revision, e.g. `https://github.com/o/r/blob/<sha>/blacklist.yaml`;
   * when given, file lines link to `<linkBase>#L14`.
   */
  linkBase?: string;
  /** `apply --force`: a tripped guard is reported as overridden, not as a refusal. */
  forced?: boolean;
  /**
   * The guard's reasons as messages and the temporary bans (src/reconcile/plan-notes.ts);
   * without them the reasons are shown in English and no expiry note is made.
   */
  notes?: PlanNotes;
  /** At most this many characters (default MARKDOWN_LIMIT), e.g. to share a comment. */
  limit?: number;
}

// Longest pieces of outside text shown whole; anything longer is clipped with "…".
const MAX_REASON = 200;
const MAX_OPENID = 128; // the longest openid the file accepts (SPEC section 1)
const MAX_FILE = 200;
const MAX_GUARD_REASON = 1_000;
const MAX_LINK_BASE = 1_000;
const MAX_GUARD_REASONS = 5;

/** Every table here has four columns but a plan without temporary bans' blocks (three). */
const SEPARATOR = { 3: "| --- | --- | --- |", 4: "| --- | --- | --- | --- |" };

/**
 * The plan as GitHub markdown for a pull-request comment or a step summary: heading, summary
 * table, guard state, the temporary bans that end within a week, and the changes in
 * `<details>`, cut to fit the limit with a count of the rest and a pointer to the JSON plan.
 * The size is measured on the rendered text, so it holds in every language.
 */
export function renderPlanMarkdown(plan: Plan, options: PlanMarkdownOptions): string {
  const { lang } = options;
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const file = escapeMarkdown(clip(options.file, MAX_FILE));
  const fileCode = codeSpan(clip(options.file, MAX_FILE));
  const linkBase =
    options.linkBase !== undefined &&
    options.linkBase.length <= MAX_LINK_BASE &&
    /^https?:\/\/[^\s()<>]+$/.test(options.linkBase)
      ? options.linkBase
      : undefined;
  const { summary } = plan;
  const today = options.notes?.today;
  const soon = options.notes?.expiring ?? [];

  // 1. The fixed parts: heading, totals, guard, footer. Their size is bounded by the clips.
  const head: string[] = [t(lang, "plan.md.heading", { file: fileCode }), ""];
  if (summary.block === 0 && summary.unblock === 0) {
    head.push(t(lang, "plan.noChanges", { file: fileCode }), "");
  } else {
    head.push(t(lang, "plan.md.totals", summary), "");
  }
  const row = (label: string, n: number) => `| ${label} | ${formatCount(n)} |`;
  head.push(
    `| | ${t(lang, "plan.md.entries")} |`,
    "| --- | ---: |",
    row(t(lang, "plan.md.toBlock"), summary.block),
    row(t(lang, "plan.md.toUnblock"), summary.unblock),
    row(t(lang, "plan.md.unchanged"), summary.unchanged),
    row(t(lang, "plan.md.unmanaged"), summary.unmanaged),
    row(t(lang, "plan.md.live"), summary.live),
    row(t(lang, "plan.md.desired"), summary.desired),
    "",
  );
  if (plan.guard.tripped) {
    head.push(
      "> [!WARNING]",
      `> ${t(lang, options.forced ? "plan.md.guardForced" : "plan.md.guardTripped")}`,
      ">",
      ...guardReasons(lang, plan.guard, options.notes)
        .slice(0, MAX_GUARD_REASONS)
        .map((r) => `> - ${escapeMarkdown(clip(r, MAX_GUARD_REASON))}`),
      "",
    );
  } else {
    head.push(t(lang, "plan.md.guardsPassed"), "");
  }
  if (soon.length > 0) {
    head.push(t(lang, "plan.md.expiring", { n: soon.length, days: EXPIRY_NOTICE_DAYS }), "");
  }
  const fp = plan.fingerprint;
  const foot = `<sub>${t(lang, "plan.md.footer", {
    format: plan.format,
    fileSha: codeSpan(fp.file_sha256.slice(0, 12)),
    liveSha: codeSpan(fp.live_sha256.slice(0, 12)),
    ...(fp.appid === null ? {} : { account: codeSpan(clip(fp.appid, 64)) }),
  })}</sub>\n`;
  const fixed = `${head.join("\n")}\n`;

  // 2. The lists, in whatever room is left, shared out in order: each gets an equal part of
  // what the ones before it left over.
  const blocks: Change[] = [];
  const unblocks: Change[] = [];
  for (const change of plan.changes) (change.action === "block" ? blocks : unblocks).push(change);
  const where = (line: number | undefined) => location(file, line, linkBase);
  const withExpiry = blocks.some((c) => c.action === "block" && c.expires !== undefined);
  const sections = [
    section(blocks, {
      summary: t(lang, "plan.md.section", { n: blocks.length, action: "block" }),
      columns: t(lang, withExpiry ? "plan.md.blockColumnsExpires" : "plan.md.blockColumns"),
      row: (c) => {
        const cells = [openidCell(c.openid), reasonCell(c.reason)];
        if (withExpiry) {
          const expires = c.action === "block" ? c.expires : undefined;
          cells.push(
            expires === undefined ? "" : escapeMarkdown(expiresText(lang, expires, today, "cell")),
          );
        }
        return `| ${[...cells, where(c.line)].join(" | ")} |\n`;
      },
      rest: (n) => t(lang, "plan.md.rest", { n, action: "block" }),
      notShown: t(lang, "plan.md.notShown", { n: blocks.length, action: "block" }),
    }),
    section(unblocks, {
      summary: t(lang, "plan.md.section", { n: unblocks.length, action: "unblock" }),
      columns: t(lang, "plan.md.unblockColumns"),
      row: (c) => {
        const why = c.action === "unblock" ? whyText(lang, c.why) : "";
        return `| ${[openidCell(c.openid), reasonCell(why), reasonCell(c.reason), where(c.line)].join(" | ")} |\n`;
      },
      rest: (n) => t(lang, "plan.md.rest", { n, action: "unblock" }),
      notShown: t(lang, "plan.md.notShown", { n: unblocks.length, action: "unblock" }),
    }),
    section(soon, {
      summary: t(lang, "plan.md.expiringSection", { n: soon.length }),
      columns: t(lang, "plan.md.expiringColumns"),
      row: (e) => {
        const expires = escapeMarkdown(expiresText(lang, e.expires, today, "cell"));
        return `| ${[openidCell(e.openid), expires, reasonCell(e.reason), where(e.line)].join(" | ")} |\n`;
      },
      rest: (n) => t(lang, "plan.md.expiringRest", { n }),
      notShown: t(lang, "plan.md.expiringNotShown", { n: soon.length }),
    }),
  ].filter((render) => render !== null);
  let room = limit - 1 - fixed.length - foot.length;
  let body = "";
  sections.forEach((render, i) => {
    const text = render(Math.floor(room / (sections.length - i)));
    body += text;
    room -= text.length;
  });
  return fixed + body + foot;
}

interface SectionWords<T> {
  summary: string;
  columns: string;
  row: (item: T) => string;
  rest: (n: number) => string;
  notShown: string;
}

/**
 * One `<details>` block of at most `budget` characters: a table cut with a count of the rest
 * (null when there is nothing to list).
 */
function section<T>(
  items: readonly T[],
  words: SectionWords<T>,
): ((budget: number) => string) | null {
  if (items.length === 0) return null;
  return (budget) => {
    const columns = words.columns.split("|").length - 2;
    const header = `<details>\n<summary>${words.summary}</summary>\n\n${words.columns}\n${SEPARATOR[columns as 3 | 4]}\n`;
    const close = "\n</details>\n\n";
    const cut = (n: number) => `\n${words.rest(n)}\n`;
    if (header.length + close.length + cut(items.length).length > budget) {
      const line = `${words.notShown}\n\n`;
      return line.length <= budget ? line : "";
    }
    const { text } = fitRows(items, words.row, cut, budget - header.length - close.length);
    return header + text + close;
  };
}

function openidCell(openid: string): string {
  const clipped = clip(openid, MAX_OPENID);
  return /^[A-Za-z0-9_-]+$/.test(openid) ? `\`${clipped}\`` : escapeMarkdown(clipped);
}

function reasonCell(text: string | undefined): string {
  return text === undefined ? "" : escapeMarkdown(clip(text, MAX_REASON));
}

function location(file: string, line: number | undefined, linkBase: string | undefined): string {
  if (line === undefined) return "";
  return linkBase === undefined ? `${file}:${line}` : `[${file}:${line}](${linkBase}#L${line})`;
}
