import type { FileDiff } from "../reconcile/file-diff.js";

/**
 * `wxbl diff --format json`: the FileDiff's keys in their fixed order, with its warnings in
 * English and nothing else, so the bytes never change with the language (SPEC 12).
 */
export function renderFileDiffJson(diff: FileDiff): string {
  const json = {
    format: diff.format,
    file: diff.file,
    base: diff.base,
    base_missing: diff.base_missing,
    summary: diff.summary,
    settings: diff.settings,
    entries: diff.entries,
    warnings: diff.warnings,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
