/**
 * English messages of the file rules beyond the schema that SPEC 1 adds (a reason's control
 * characters) and of apply's output edge (the --report file, the verification read).
 */
export const harden = {
  "rules.reasonControlCharacter": (p: { code: string }) =>
    `the reason contains the control character U+${p.code}; a reason may hold tabs and line breaks but no other control character: remove it`,
  "apply.reportUnwritable": (p: { path: string; why: string }) =>
    `cannot write the report to ${p.path} (${p.why}); nothing was changed. Name a writable --report path, then run wxbl apply again`,
  "apply.reportNotWritten": (p: { path: string; why: string }) =>
    `the changes above were made, but the report could not be written to ${p.path} (${p.why}); wxbl plan shows the live state`,
  "apply.verifyReadFailed": (p: { message: string }) =>
    `Verification failed: the live list could not be read again (${p.message}). The changes above were made; run wxbl plan to see the live state.`,
  "export.formatOnStdout": (p: { format: string }) =>
    `export writes a desired-state file (YAML) on stdout, which cannot be --format ${p.format}; drop --format, or write the file with --out FILE`,
  "apply.problem.reportNotWritten": (p: { path: string }) =>
    `the report was not written to ${p.path}`,
};
