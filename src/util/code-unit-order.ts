/**
 * Plain UTF-16 code-unit order, the order of `Array.prototype.sort()` on strings: the one
 * comparison of openids (and other keys) everywhere. Never `localeCompare`: openids are
 * case-sensitive and the order must not depend on the machine's locale.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
