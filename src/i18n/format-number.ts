/**
 * Number formatting (a neutral place: the engine and the renderers both use it) shared by the plan renderers and the guard messages, so "1,180" and
 * "34.9%" look the same everywhere. Locale-independent on purpose: output is deterministic
 * whatever the machine's locale.
 */

/** 1180 -> "1,180"; 0 -> "0". Integers; anything else is rounded first. */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A percentage value (25 means 25%) with at most `decimals` decimals and no trailing zeros:
 * 34.915 -> "34.9%", 25 -> "25%", 0.04 -> "0%".
 */
export function formatPercent(percent: number, decimals = 1): string {
  const fixed = percent.toFixed(decimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return `${trimmed === "-0" ? "0" : trimmed}%`;
}

/** `part` as a percentage of `whole` ("34.9%"); "0%" when `whole` is 0. */
export function formatShare(part: number, whole: number, decimals = 1): string {
  return formatPercent(whole === 0 ? 0 : (part * 100) / whole, decimals);
}
