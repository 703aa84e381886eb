import type { Change } from "../reconcile/change.js";
import type { Plan } from "../reconcile/plan-types.js";
import { formatCount } from "../i18n/format-number.js";
import { clip } from "./plain-text.js";

export interface PlanMarkdownOptions {
  /** The desired-state file as the operator named it. */
  file: string;
  /**
   * URL of the file at the planned revision, e.g. `https://github.com/o/r/blob/<sha>/blacklist.yaml`;
   * when given, file lines link to `<linkBase>#L14`.
   */
  linkBase?: string;
  /** `apply --force`: a tripped guard is reported as overridden, not as a refusal. */
  forced?: boolean;
}

/**
 * The rendered plan stays under this many characters, however large the plan: GitHub rejects
 * comments over 65,536 characters, and the workflow adds a marker and a header of its own.
 */
export const MARKDOWN_LIMIT = 60_000;

// Longest pieces of outside text shown whole; anything longer is clipped with "…".
const MAX_REASON = 200;
const MAX_OPENID = 128; // the longest openid the file accepts (SPEC section 1)
const MAX_FILE = 200;
const MAX_GUARD_REASON = 1_000;
const MAX_LINK_BASE = 1_000;

/**
 * The plan as GitHub markdown for a pull-request comment or a step summary: heading, summary
 * table, guard state, and the changes in `<details>`, cut to fit `MARKDOWN_LIMIT` with a count
 * of the rest and a pointer to the full JSON plan.
 */
export function renderPlanMarkdown(plan: Plan, options: PlanMarkdownOptions): string {
  const file = escapeMarkdown(clip(options.file, MAX_FILE));
  const fileCode = `\`${escapeCode(clip(options.file, MAX_FILE))}\``;
  const linkBase =
    options.linkBase !== undefined &&
    options.linkBase.length <= MAX_LINK_BASE &&
    /^https?:\/\/[^\s()<>]+$/.test(options.linkBase)
      ? options.linkBase
      : undefined;
  const { summary } = plan;

  // 1. The fixed parts: heading, totals, guard, footer. Their size is bounded by the clips.
  const head: string[] = [`### wxbl plan for ${fileCode}`, ""];
  if (summary.block === 0 && summary.unblock === 0) {
    head.push(`No changes. The live blacklist matches ${fileCode}.`, "");
  } else {
    head.push(
      `**${formatCount(summary.block)} to block, ${formatCount(summary.unblock)} to unblock**, ` +
        `${formatCount(summary.unchanged)} unchanged.`,
      "",
    );
  }
  head.push(
    "| | entries |",
    "| --- | ---: |",
    `| to block | ${formatCount(summary.block)} |`,
    `| to unblock | ${formatCount(summary.unblock)} |`,
    `| unchanged | ${formatCount(summary.unchanged)} |`,
    `| unmanaged (left alone, prune: false) | ${formatCount(summary.unmanaged)} |`,
    `| live now | ${formatCount(summary.live)} |`,
    `| desired | ${formatCount(summary.desired)} |`,
    "",
  );
  if (plan.guard.tripped) {
    head.push(
      "> [!WARNING]",
      options.forced
        ? "> **Guard tripped:** going ahead anyway because of `--force`."
        : "> **Guard tripped:** `wxbl apply` will refuse this plan unless run with `--force`.",
      ">",
      ...plan.guard.reasons
        .slice(0, 5)
        .map((r) => `> - ${escapeMarkdown(clip(r, MAX_GUARD_REASON))}`),
      "",
    );
  } else {
    head.push("Guards: passed.", "");
  }
  const fp = plan.fingerprint;
  const account = fp.appid === null ? "" : ` · account \`${escapeCode(clip(fp.appid, 64))}\``;
  const foot = `<sub>${plan.format} · file sha256 \`${escapeCode(fp.file_sha256.slice(0, 12))}\` · live sha256 \`${escapeCode(fp.live_sha256.slice(0, 12))}\`${account}</sub>\n`;
  const fixed = `${head.join("\n")}\n`;

  // 2. The changes, in whatever room is left; blocks get half of it when there are unblocks.
  const blocks: Change[] = [];
  const unblocks: Change[] = [];
  for (const change of plan.changes) (change.action === "block" ? blocks : unblocks).push(change);
  let room = MARKDOWN_LIMIT - 1 - fixed.length - foot.length;
  const blockSection = section(
    "block",
    blocks,
    file,
    linkBase,
    unblocks.length > 0 ? Math.floor(room / 2) : room,
  );
  room -= blockSection.length;
  const unblockSection = section("unblock", unblocks, file, linkBase, room);
  return fixed + blockSection + unblockSection + foot;
}

/** One `<details>` block of at most `budget` characters ("" when there is nothing to show). */
function section(
  action: "block" | "unblock",
  changes: readonly Change[],
  file: string,
  linkBase: string | undefined,
  budget: number,
): string {
  if (changes.length === 0) return "";
  const header =
    `<details>\n<summary>${formatCount(changes.length)} to ${action}</summary>\n\n` +
    (action === "block"
      ? "| openid | reason | line |\n| --- | --- | --- |\n"
      : "| openid | why | reason | line |\n| --- | --- | --- | --- |\n");
  const rest = (n: number) =>
    n === 0
      ? "\n</details>\n\n"
      : `\n… and ${formatCount(n)} more to ${action}, not shown here to keep this comment under GitHub's size limit; ` +
        "see the full plan in the JSON plan artifact (`wxbl plan --format json` or `--out`).\n\n</details>\n\n";
  // Reserve room for the longest possible closing note.
  const closingReserve = rest(changes.length).length;
  if (header.length + closingReserve > budget) {
    const line = `${formatCount(changes.length)} to ${action}: not shown here; see the full JSON plan.\n\n`;
    return line.length <= budget ? line : "";
  }
  let out = header;
  let shown = 0;
  for (const change of changes) {
    const row = tableRow(change, file, linkBase);
    if (out.length + row.length + closingReserve > budget) break;
    out += row;
    shown++;
  }
  return out + rest(changes.length - shown);
}

function tableRow(change: Change, file: string, linkBase: string | undefined): string {
  const id = /^[A-Za-z0-9_-]+$/.test(change.openid)
    ? `\`${clip(change.openid, MAX_OPENID)}\``
    : escapeMarkdown(clip(change.openid, MAX_OPENID));
  const reason = change.reason === undefined ? "" : escapeMarkdown(clip(change.reason, MAX_REASON));
  let line = "";
  if (change.line !== undefined) {
    line =
      linkBase === undefined
        ? `${file}:${change.line}`
        : `[${file}:${change.line}](${linkBase}#L${change.line})`;
  }
  return change.action === "block"
    ? `| ${id} | ${reason} | ${line} |\n`
    : `| ${id} | ${escapeMarkdown(clip(change.why, MAX_REASON))} | ${reason} | ${line} |\n`;
}

/**
 * Text from outside (reasons, file names) as inert markdown on one line: no formatting, no
 * HTML, no table breaks, no @mentions that would notify people from a bot comment.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[\\`*_[\]|~]/g, "\\$&")
      .replace(/@/g, "@&#8203;")
  );
}

/** Inside a code span: a backtick would end it early, a line break or a pipe would break the table. */
function escapeCode(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[`|\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
}
