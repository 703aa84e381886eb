import type { SingleBar } from "cli-progress";
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
 * nothing with --quiet.
 */
export function startProgress(
  io: Io,
  label: string,
  options: {
    quiet: boolean;
    lang: Lang;
    now?: () => number;
    terminal?: boolean;
    /** Where the bar is drawn (default stderr). */
    stream?: NodeJS.WritableStream;
  },
): Progress {
  if (options.quiet) return { update: () => {}, stop: () => {} };
  const terminal = options.terminal ?? (io.interactive && Boolean(process.stderr.isTTY));
  if (terminal) return terminalBar(label, options.stream ?? process.stderr);
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

/**
 * The bar, drawn once cli-progress has loaded: it is loaded only for a terminal (CI runs never
 * draw one and need not pay for it), and without holding up the work that reports progress.
 */
function terminalBar(label: string, stream: NodeJS.WritableStream): Progress {
  let bar: SingleBar | undefined;
  let latest: { done: number; total: number } | undefined;
  let stopped = false;
  void import("cli-progress").then(({ default: cliProgress }) => {
    if (stopped) return;
    bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
        stream,
        hideCursor: true,
        clearOnComplete: false,
        // Counts as everywhere else ("1,200/4,000"); the percentage and times as cli-progress has them.
        formatValue: (value, _options, type) =>
          type === "value" || type === "total" ? formatCount(value) : String(value),
      },
      cliProgress.Presets.shades_classic,
    );
    if (latest) bar.start(latest.total, latest.done);
  });
  return {
    update(done, total) {
      const started = latest !== undefined;
      latest = { done, total };
      if (!bar) return;
      if (!started) {
        bar.start(total, done);
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      stopped = true;
      if (bar && latest) bar.stop();
    },
  };
}
