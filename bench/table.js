// Formatting of the benchmark's figures and its result table. Pure functions.

export function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

export function megabytes(mb) {
  return `${Math.round(mb)} MB`;
}

/** 100000 -> "100k", 1000000 -> "1M". */
export function count(n) {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

export function ratio(value) {
  return value === null || value === undefined || !Number.isFinite(value)
    ? "—"
    : `${value.toFixed(3)}x`;
}

const COLUMNS = [
  ["scenario", (row) => row.scenario],
  ["measured", (row) => row.measured],
  ["target", (row) => row.target],
  ["ratio", (row) => ratio(row.ratio)],
  ["result", (row) => row.result],
];

/** A plain-text table, one row per figure, columns padded to the widest cell. */
export function formatTable(rows) {
  const cells = [COLUMNS.map(([name]) => name), ...rows.map((r) => COLUMNS.map(([, f]) => f(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const lines = cells.map((line) =>
    line
      .map((cell, i) => (i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return `${lines.join("\n")}\n`;
}

/**
 * A row with a limit: passes when `value <= limit` (ratio = value / limit, or value / bound
 * when a lower bound and a factor are given, as in "within 1.15x the lower bound").
 */
export function limitRow(scenario, { measured, target, value, limit, ratioOf }) {
  const r = ratioOf ?? value / limit;
  return { scenario, measured, target, ratio: r, result: value <= limit ? "pass" : "fail" };
}

export function infoRow(scenario, measured, target = "—", r = null) {
  return { scenario, measured, target, ratio: r, result: "info" };
}

export function checkRow(scenario, measured, target, ok) {
  return { scenario, measured, target, ratio: null, result: ok ? "pass" : "fail" };
}
