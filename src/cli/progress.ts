import type cliProgressModule from "cli-progress";
import { createRequire } from "node:module";
import { t } from "../i18n/catalog.js";
import { formatCount, formatPercent } from "../i18n/format-number.js";
import type { Lang } from "../i18n/lang.js";
import type { Io } from "./io.js";

/** How often a non-terminal run reports progress (CI logs want a heartbeat, not a flood). */
const LINE_INTERVAL_MS = 5_000;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * Progress on stderr (SPEC section 4): a bar on a terminal, a line every few seconds otherwise,
 * nothing with --quiet. `label` is already in the reader's language, as are the lines.
 */
export function startProgress(
  io: Io,
  label: string,
  options: { quiet: boolean; lang: Lang; now?: () => number; terminal?: boolean },
): Progress {
  if (options.quiet) return { update: () => {}, stop: () => {} };
  const terminal = options.terminal ?? (io.interactive && Boolean(process.stderr.isTTY));
  if (terminal) {
    // Loaded only for a terminal: CI runs never draw a bar and need not pay for loading it.
    const cliProgress = createRequire(import.meta.url)("cli-progress") as typeof cliProgressModule;
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
        // Counts as everywhere else ("1,200/4,000"); the percentage and times as cli-progress has them.
        formatValue: (value, _options, type) =>
          type === "value" || type === "total" ? formatCount(value) : String(value),
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else {
          bar.setTotal(total);
          bar.update(done);
        }
      },
      stop: () => started && bar.stop(),
    };
  }
  const now = options.now ?? Date.now;
  let last = now();
  let latest: { done: number; total: number } | undefined;
  let printed = false;
  // Rounded down, so that 99.6% done is not shown as 100%.
  const line = ({ done, total }: { done: number; total: number }) => {
    const percent = formatPercent(total === 0 ? 100 : Math.floor((done / total) * 100), 0);
    return `${t(options.lang, "progress.line", { label, done, total, percent })}\n`;
  };
  return {
    update(done, total) {
      latest = { done, total };
      if (now() - last >= LINE_INTERVAL_MS) {
        last = now();
        printed = true;
        io.stderr(line(latest));
      }
    },
    stop() {
      // A run short enough to print no heartbeat ends silently too.
      if (latest && printed) io.stderr(line(latest));
    },
  };
}
