import { formatCount, formatShare } from "../format-number.js";

/**
 * English: the plan as a moderator reads it (text and markdown), its guard's reasons and the
 * notes on temporary bans. Numbers arrive as numbers and are formatted here; file names, ids
 * and code spans arrive ready to print (escaped by the renderer for its format).
 */
type Action = "block" | "unblock";

const WAY_FORWARD = "review the plan, then re-run apply with --force";
const entries = (n: number) => `${formatCount(n)} ${n === 1 ? "entry" : "entries"}`;
const days = (n: number) => `${formatCount(n)} ${n === 1 ? "day" : "days"}`;

export const plan = {
  // Both formats.
  "plan.noChanges": (p: { file: string }) => `No changes. The live blacklist matches ${p.file}.`,
  "plan.why.notInFile": () => "not in file",
  "plan.why.expired": (p: { date: string }) => `expired ${p.date}`,
  /** How long a ban lasts; `days` counts from the day of the plan (UTC), absent when unknown. */
  "plan.expires": (p: { date: string; days?: number }) =>
    `expires ${p.date}` + (p.days === undefined ? "" : ` (in ${days(p.days)})`),
  /** The same in a table column headed "expires". */
  "plan.expiresCell": (p: { date: string; days?: number }) =>
    p.date + (p.days === undefined ? "" : ` (in ${days(p.days)})`),

  // Text.
  "plan.text.block": () => "+ block  ",
  "plan.text.unblock": () => "- unblock",
  "plan.text.more": (p: { n: number; action: Action }) =>
    `  … and ${formatCount(p.n)} more to ${p.action} (--full shows all)`,
  "plan.text.totals": (p: {
    block: number;
    unblock: number;
    unchanged: number;
    unmanaged: number;
  }) =>
    `Plan: ${formatCount(p.block)} to block, ${formatCount(p.unblock)} to unblock, ` +
    `${formatCount(p.unchanged)} unchanged` +
    (p.unmanaged > 0 ? `, ${formatCount(p.unmanaged)} unmanaged` : "") +
    ".",
  "plan.text.unmanaged": (p: { n: number; file: string }) =>
    `${formatCount(p.n)} live ${p.n === 1 ? "entry is" : "entries are"} not in ${p.file} and left alone (prune: false).`,
  "plan.text.guardTripped": () => "Guard tripped: apply will refuse this plan without --force.",
  "plan.text.guardForced": () => "Guard tripped: going ahead anyway because of --force.",
  "plan.text.expiring": (p: { n: number; days: number }) =>
    `${entries(p.n)} ${p.n === 1 ? "expires" : "expire"} within the next ${days(p.days)}; ` +
    `from 00:00 UTC on that date ${p.n === 1 ? "it is" : "they are"} no longer blocked:`,
  "plan.text.moreExpiring": (p: { n: number }) =>
    `  … and ${formatCount(p.n)} more expiring (--full shows all)`,

  // Markdown. `file` is a code span; the renderer escapes everything it passes.
  "plan.md.heading": (p: { file: string }) => `### wxbl plan for ${p.file}`,
  "plan.md.totals": (p: { block: number; unblock: number; unchanged: number }) =>
    `**${formatCount(p.block)} to block, ${formatCount(p.unblock)} to unblock**, ${formatCount(p.unchanged)} unchanged.`,
  "plan.md.entries": () => "entries",
  "plan.md.toBlock": () => "to block",
  "plan.md.toUnblock": () => "to unblock",
  "plan.md.unchanged": () => "unchanged",
  "plan.md.unmanaged": () => "unmanaged (left alone, prune: false)",
  "plan.md.live": () => "live now",
  "plan.md.desired": () => "desired",
  "plan.md.guardTripped": () =>
    "**Guard tripped:** `wxbl apply` will refuse this plan unless run with `--force`.",
  "plan.md.guardForced": () => "**Guard tripped:** going ahead anyway because of `--force`.",
  "plan.md.guardsPassed": () => "Guards: passed.",
  "plan.md.section": (p: { n: number; action: Action }) => `${formatCount(p.n)} to ${p.action}`,
  "plan.md.blockColumns": () => "| openid | reason | line |",
  "plan.md.blockColumnsExpires": () => "| openid | reason | expires | line |",
  "plan.md.unblockColumns": () => "| openid | why | reason | line |",
  "plan.md.rest": (p: { n: number; action: Action }) =>
    `… and ${formatCount(p.n)} more to ${p.action}, not shown here to keep this comment under GitHub's size limit; ` +
    "see the full plan in the JSON plan artifact (`wxbl plan --format json` or `--out`).",
  "plan.md.notShown": (p: { n: number; action: Action }) =>
    `${formatCount(p.n)} to ${p.action}: not shown here; see the full JSON plan.`,
  "plan.md.expiring": (p: { n: number; days: number }) =>
    `**${entries(p.n)} ${p.n === 1 ? "expires" : "expire"} within the next ${days(p.days)}**: ` +
    `from 00:00 UTC on that date ${p.n === 1 ? "it is" : "they are"} no longer blocked.`,
  "plan.md.expiringSection": (p: { n: number }) => `${formatCount(p.n)} expiring soon`,
  "plan.md.expiringColumns": () => "| openid | expires | reason | line |",
  "plan.md.expiringRest": (p: { n: number }) =>
    `… and ${formatCount(p.n)} more expiring soon, not shown here to keep this comment under GitHub's size limit.`,
  "plan.md.expiringNotShown": (p: { n: number }) =>
    `${formatCount(p.n)} expiring soon: not shown here; \`wxbl plan --full\` lists them.`,
  "plan.md.footer": (p: { format: string; fileSha: string; liveSha: string; account?: string }) =>
    `${p.format} · file sha256 ${p.fileSha} · live sha256 ${p.liveSha}` +
    (p.account === undefined ? "" : ` · account ${p.account}`),

  // The guard's reasons (src/reconcile/guard.ts): the plan JSON keeps them in English.
  "guard.overCount": (p: { action: Action; n: number; live: number; limit: number }) => {
    const setting = p.action === "block" ? "max_block" : "max_unblock";
    const share = formatShare(p.n, p.live);
    const amount =
      p.live === 0
        ? entries(p.n)
        : p.action === "unblock"
          ? `${formatCount(p.n)} of ${formatCount(p.live)} live entries (${share})`
          : `${entries(p.n)} (${share} of ${formatCount(p.live)} live)`;
    return `${amount} would be ${p.action === "block" ? "blocked" : "unblocked"}, over the guard of ${formatCount(p.limit)} (${setting}); ${WAY_FORWARD}`;
  },
  "guard.overPercent": (p: {
    action: Action;
    n: number;
    live: number;
    share: string;
    limit: string;
  }) =>
    p.action === "unblock"
      ? `${formatCount(p.n)} of ${formatCount(p.live)} live entries (${p.share}) would be unblocked, over the ${p.limit} guard (max_unblock); ${WAY_FORWARD}`
      : `${entries(p.n)} would be blocked, ${p.share} of the ${formatCount(p.live)} live entries, over the ${p.limit} guard (max_block); ${WAY_FORWARD}`,
  "guard.emptyFile": (p: { file: string; n: number }) =>
    `${p.file} lists no users and prune is true, so ${entries(p.n)} (all of the live blacklist) ` +
    `would be unblocked; if you mean to empty the blacklist, ${WAY_FORWARD}`,
};
