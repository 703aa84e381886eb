/**
 * English messages of the GitHub Action (SPEC 9): the pull-request comment's frame, the apply
 * summary, the drift issue, and the Action's own log lines and errors. The plan and the diff
 * inside them come from the renderers' catalogues.
 */
export const action = {
  "action.badCommand": (p: { command: string; commands: readonly string[] }) =>
    `the command input "${p.command}" is not one of ${p.commands.join(", ")}`,
  "action.badBoolean": (p: { name: string; value: string }) =>
    `the ${p.name} input must be true or false, not "${p.value}"`,
  "action.badArgs": (p: { detail: string }) =>
    `the args input cannot be split into flags: ${p.detail}; quote with "…" or '…'`,
  "action.diffNeedsBase": () =>
    "diff outside a pull request needs a base revision: add --base REF to the args input (e.g. --base origin/main)",
  "action.noGithubToken": () =>
    "the github-token input is empty: leave it out (the job's token is the default) or give a token",
  "action.stepFailed": (p: { command: string; code: number }) =>
    `wxbl ${p.command} exited ${p.code}; see the log above and the run summary`,
  "action.running": (p: { argv: string }) => `Running: wxbl ${p.argv}`,
  "action.forkNoComment": () =>
    "This pull request comes from a fork: its token may not comment, so the result is in the run summary only.",
  "action.noPullRequest": () => "Not run for a pull request: no comment to post.",
  "action.commentCreated": (p: { url: string }) => `Posted the wxbl comment: ${p.url}`,
  "action.commentUpdated": (p: { url: string }) => `Updated the wxbl comment: ${p.url}`,
  "action.commentFailed": (p: { status: string; message: string }) =>
    `could not post the pull-request comment (GitHub answered ${p.status}: ${p.message}); the job needs "permissions: pull-requests: write", or set the comment input to false`,
  "action.issueFailed": (p: { status: string; message: string }) =>
    `could not open, update or close the drift issue (GitHub answered ${p.status}: ${p.message}); the job needs "permissions: issues: write"`,
  "action.driftOpened": (p: { url: string }) => `Drift: opened ${p.url}`,
  "action.driftUpdated": (p: { url: string }) => `Drift: updated ${p.url}`,
  "action.driftClosed": (p: { url: string }) => `No drift any more: closed ${p.url}`,
  "action.driftNone": () => "No drift, and no open drift issue.",
  "action.driftUntouched": () => "The plan failed, so the drift issue (if any) is left as it is.",

  "action.applyTitle": () => "## wxbl apply",
  "action.expireTitle": () => "## wxbl expire: lifting expired bans",
  "action.applyExit0": () => "Exit 0: applied; the live blacklist matches the file.",
  "action.expireExit0": () =>
    "Exit 0: done; every expired entry that was still blocked is unblocked.",
  "action.applyExit1": () =>
    "Exit 1: failed or partial: a WeChat or network error, an exhausted quota, or a live list that did not verify. Re-running picks up what remains.",
  "action.applyExit3": () =>
    "Exit 3: invalid input: the file, a flag or the credentials are not usable. Nothing was changed.",
  "action.applyExit4": () =>
    "Exit 4: refused for safety: a guard tripped or the appid does not match. Nothing was changed; review the plan, then run the apply workflow by hand with force ticked if the change is intended.",
  "action.applyExitOther": (p: { code: number }) => `Exit ${p.code}: unexpected; see the log.`,
  "action.noReport": () => "No report was written.",
  "action.reportUnreadable": () => "The report could not be read as JSON.",
  "action.reportTable": () =>
    "| blocked | unblocked | failed | remaining to block | remaining to unblock | verified |",
  "action.yes": () => "yes",
  "action.no": () => "**no**",
  "action.notApplicable": () => "n/a",
  "action.failedChanges": () => "Failed changes",
  "action.failedTable": () => "| action | openid | errcode | line |",
  "action.moreFailures": (p: { count: string }) => `…and ${p.count} more in the report artifact.`,
  "action.reportArtifact": () => "The full JSON report is attached to this run as an artifact.",

  "action.driftTitle": () => "Blacklist drift detected",
  "action.driftTitleAccount": (p: { account: string }) => `Blacklist drift detected: ${p.account}`,
  "action.driftBody": (p: { file: string; runUrl: string; date: string }) =>
    `The live blacklist differs from \`${p.file}\` on the default branch. Last seen by [this run](${p.runUrl}) on ${p.date}.\n\n` +
    "Either run the **wxbl apply** workflow to make the live list match the file, or change the file (for example with `wxbl export`) to adopt what was changed by hand. This issue is updated by every check and closed once the two match.",
  "action.driftCloseComment": (p: { file: string; runUrl: string }) =>
    `No drift any more: the live blacklist matches \`${p.file}\` ([run](${p.runUrl})).`,
};
