/** One problem found in a desired-state file. Line and column are 1-based. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: "error" | "warning";
  message: string;
  /** Which rule found it, for tools that treat some rules apart (fmt merges duplicates). */
  rule?: "duplicate-openid";
}

/** `file:line:column: severity: message`, the form editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
