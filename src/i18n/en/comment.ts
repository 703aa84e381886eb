/**
 * English: the frame of the pull-request comment that carries the plan and the file diff
 * (src/render/render-plan-comment.ts; the GitHub Action posts it), and of a failed command's
 * output in the comment and the run summary.
 */
export const comment = {
  "comment.failed": (p: { command: string; code: number }) =>
    `### wxbl ${p.command} failed (exit ${p.code})`,
  "comment.exitCodes": () =>
    "Exit 1: WeChat or network failure; 3: invalid file, flags or credentials; 4: refused for safety (e.g. appid mismatch).",
  "comment.noOutput": () => "wxbl printed nothing; see the workflow run log.",
  "comment.diff": () => "What this pull request changes in the file (wxbl diff)",
  "comment.diffTooLong": () =>
    "_The file diff is too long for this comment: see it in the run summary._",
  "comment.cut": () => "…(cut: see the run summary)",
  /** `sha` (shortened; GitHub links it) and `runUrl` are absent when unknown. */
  "comment.footer": (p: { sha?: string; runUrl?: string }) =>
    (p.sha === undefined ? "Planned" : `Planned for ${p.sha}`) +
    (p.runUrl === undefined ? "" : ` in [this run](${p.runUrl})`) +
    " · updated on every push · merging applies it.",
  "comment.footerDiff": (p: { sha?: string; runUrl?: string }) =>
    (p.sha === undefined ? "Compared" : `Compared at ${p.sha}`) +
    (p.runUrl === undefined ? "" : ` in [this run](${p.runUrl})`) +
    " · updated on every push.",
};
