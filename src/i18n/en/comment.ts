/**
 * English: the pull-request comment that carries the plan and the file diff (posted by the
 * GitHub Action; src/render/render-plan-comment.ts puts it together).
 */
export const comment = {
  "comment.planFailed": (p: { exitCode: number }) => `### wxbl plan failed (exit ${p.exitCode})`,
  "comment.exitCodes": () =>
    "Exit 1: WeChat or network failure; 3: invalid file, flags or credentials; 4: refused for safety (e.g. appid mismatch).",
  "comment.noOutput": () => "### wxbl plan produced no output\n\nSee the workflow run log.",
  "comment.diff": () => "What this pull request changes in the file (wxbl diff)",
  "comment.diffTooLong": () =>
    "_The file diff is too long for this comment: see it in the run summary of the workflow._",
  /** `sha` and `run` arrive as markdown (a code span, a link target). */
  "comment.footer": (p: { sha?: string; run?: string }) =>
    (p.sha === undefined ? "Planned" : `Planned for ${p.sha}`) +
    (p.run === undefined ? "" : ` in [this run](${p.run})`) +
    " · updated on every push · `wxbl apply` runs when this is merged.",
};
