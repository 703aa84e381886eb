import { formatCount } from "../format-number.js";

/**
 * English messages of the commands' own errors, warnings and notes (src/cli): flags, saved
 * plans, output files, the appid check, and what diff, fmt, export and sandbox say on stderr.
 * What plan and apply render (the plan, the summary, progress) lives in its own areas.
 */
const errorsCount = (n: number) => `${formatCount(n)} error${n === 1 ? "" : "s"}`;

export const commands = {
  "cmd.warning": (p: { message: string }) => `warning: ${p.message}`,
  "cmd.fileNote": (p: { file: string; note: string }) => `${p.file}: ${p.note}`,

  "cmd.file.invalid": (p: { file: string; errors: number; listing: string }) =>
    `${p.file} is not valid (${errorsCount(p.errors)}); nothing was planned or changed:\n${p.listing}\n` +
    `Fix the file (wxbl validate --file ${p.file} lists the same problems), then run again.`,
  "cmd.file.more": (p: { rest: number; file: string }) =>
    `… and ${formatCount(p.rest)} more (wxbl validate --file ${p.file} lists them all)`,
  "cmd.appid.unchecked": (p: { appid: string; variable: string }) =>
    `the file is for account ${p.appid}, but with ${p.variable} alone the account cannot be checked; going on`,
  "cmd.appid.mismatch": (p: { file: string; credentials: string }) =>
    `refused: the file is for account ${p.file} but the credentials are for ${p.credentials}; check WECHAT_APPID, or the appid line of the file`,

  "cmd.output.cannotWrite": (p: { what: string; path: string; code: string }) =>
    `cannot write ${p.what} to ${p.path}: ${p.code}; check that the folder exists and is writable`,
  "cmd.output.report": () => "the report",
  "cmd.output.plan": () => "the plan",
  "cmd.output.exported": () => "the exported file",
  "cmd.output.formatted": () => "the formatted file",

  "cmd.savedPlan.cannotRead": (p: { path: string; code: string }) =>
    `cannot read the saved plan ${p.path}: ${p.code}; check the path, or make one with wxbl plan --out ${p.path}`,
  "cmd.savedPlan.notJson": (p: { path: string; error: string }) =>
    `${p.path} is not a saved plan: it is not JSON (${p.error}); make a new one with wxbl plan --out ${p.path}`,
  "cmd.savedPlan.notAPlan": (p: { path: string; problems: string }) =>
    `${p.path} is not a wxbl-plan/1 plan: ${p.problems}; make a new one with wxbl plan --out ${p.path}`,
  "cmd.savedPlan.stale": (p: { path: string; reasons: readonly string[] }) =>
    `the saved plan ${p.path} is stale, nothing was changed: ${p.reasons.join("; ")}. Run wxbl plan --out ${p.path} again, review it, then apply it`,
  "cmd.savedPlan.fileChanged": () => "the file changed",
  "cmd.savedPlan.liveChanged": () => "the live blacklist changed",
  "cmd.savedPlan.otherAccount": (p: { saved: string | null; now: string | null }) =>
    `the plan was made for account ${p.saved ?? "(unknown)"}, these credentials are for ${p.now ?? "(unknown)"}`,
  "cmd.savedPlan.changesDiffer": () =>
    "its changes are no longer what the file gives (an entry expired since, or the plan file was edited)",

  "cmd.apply.concurrency": (p: { value: number }) =>
    `--concurrency must be a whole number from 1 to 64, not ${p.value}`,
  "cmd.apply.rateLimitWait": (p: { value: number }) =>
    `--rate-limit-wait must be a number of seconds, 0 or more, not ${p.value}`,
  "cmd.apply.refused": (p: { reasons: readonly string[] }) =>
    `apply refused, nothing was changed: ${p.reasons.join("; ")}`,
  "cmd.apply.needsYes": () =>
    "apply needs --yes when it is not run on a terminal; nothing was changed. Review the plan (wxbl plan), then run wxbl apply --yes",
  "cmd.apply.cancelled": () => "apply cancelled; nothing was changed",
  "cmd.apply.interrupted": () =>
    "apply interrupted: no new write call was started after the signal",
  "cmd.apply.notClean": (p: { problems: readonly string[] }) =>
    `apply did not finish cleanly: ${p.problems.join(", ")}; see above, then run wxbl apply again (it reads the live list afresh)`,
  "cmd.apply.problem.stopped": (p: {
    reason: "quota" | "unauthorized" | "token" | "interrupted" | "fatal";
  }) => `stopped (${p.reason})`,
  "cmd.apply.problem.failed": (p: { count: number }) => `${formatCount(p.count)} failed`,
  "cmd.apply.problem.notDone": (p: { count: number }) => `${formatCount(p.count)} not done`,
  "cmd.apply.problem.unverified": () => "the live list did not verify",

  "cmd.diff.noGit": () => "wxbl diff needs git, and git was not found on the PATH; install git",
  "cmd.diff.notRepo": (p: { cwd: string; detail: string }) =>
    `wxbl diff compares with a git revision, but ${p.cwd} is not inside a git repository ` +
    `(${p.detail}); run it in a clone of your blacklist repository`,
  "cmd.diff.outside": (p: { file: string }) =>
    `${p.file} is outside the git repository; name a file inside it with --file`,
  "cmd.diff.unknownRevision": (p: { base: string; remote?: string; branch?: string }) => {
    const hint =
      p.remote !== undefined
        ? `fetch it first, e.g. git fetch ${p.remote} ${p.branch ?? ""}`
        : "check the name, or fetch it first, e.g. git fetch origin main";
    return `unknown git revision ${p.base}: ${hint} (in GitHub Actions, check out with fetch-depth: 0)`;
  },
  "cmd.diff.cannotReadAt": (p: { path: string; base: string; detail: string }) =>
    `cannot read ${p.path} at ${p.base}: ${p.detail}`,
  "cmd.diff.fileAtBase": (p: { file: string; base: string }) => `${p.file} at ${p.base}`,
  "cmd.diff.invalid": (p: { label: string; errors: number }) =>
    `${p.label} is not a valid desired-state file (${p.errors} ${p.errors === 1 ? "error" : "errors"} above); ` +
    "fix it (wxbl validate lists every problem) before diffing",
  "cmd.diff.baseMissing": (p: { path: string; base: string }) =>
    `wxbl: note: ${p.path} did not exist at ${p.base}; every entry is added.`,

  "cmd.fmt.hasErrors": (p: { file: string; errors: number }) =>
    `${p.file} has ${p.errors} error${p.errors === 1 ? "" : "s"}; fix them (wxbl validate lists them), then run wxbl fmt again`,
  "cmd.fmt.conflicts": (p: { file: string }) =>
    `${p.file} was not formatted: resolve the conflicting entries above`,
  "cmd.fmt.notFormatted": (p: { file: string }) =>
    `${p.file} is not formatted; run: wxbl fmt --file ${p.file}`,
  "cmd.fmt.done": (p: { file: string; changed: boolean }) =>
    `${p.file}: ${p.changed ? "formatted" : "already formatted"}`,

  "cmd.export.tokenOnly": () =>
    "only WECHAT_ACCESS_TOKEN is set, so the account's appid cannot be checked or recorded in the file",
  "cmd.export.done": (p: { count: number; pages: number; out?: string }) =>
    `Exported ${formatCount(p.count)} blocked openids (${formatCount(p.pages)} page reads)` +
    (p.out === undefined ? "." : ` to ${p.out}.`),

  "cmd.sandbox.blockedOverFollowers": (p: { blocked: number; followers: number }) =>
    `--blocked ${p.blocked} is more than --followers ${p.followers}: the blocked ids are generated followers`,
  "cmd.sandbox.stateMissing": (p: { path: string }) =>
    `cannot read the sandbox state file ${p.path}: it does not exist`,
  "cmd.sandbox.stateUnreadable": (p: { path: string; reason: string }) =>
    `cannot read the sandbox state file ${p.path}: ${p.reason}`,
  "cmd.sandbox.stateNotJson": (p: { path: string; error: string }) =>
    `the sandbox state file ${p.path} is not JSON: ${p.error}`,
  "cmd.sandbox.stateShape": (p: { path: string }) =>
    `the sandbox state file ${p.path} must be {"followers": [openid, ...], "blacklist": [openid, ...]}`,
  "cmd.sandbox.portInUse": (p: { port: number; host: string }) =>
    `port ${p.port} on ${p.host} is in use; pick another with --port (0: any free port)`,
  "cmd.sandbox.noInterface": (p: { host: string }) =>
    `cannot listen on --host ${p.host}: no such interface on this machine`,
  "cmd.sandbox.cannotStart": (p: { error: string }) => `cannot start the sandbox: ${p.error}`,
  "cmd.sandbox.ready": (p: { followers: number; blocked: number; pageSize: number; ms: number }) =>
    `# wxbl sandbox: ${formatCount(p.followers)} followers, ${formatCount(p.blocked)} blocked, ` +
    `${formatCount(p.pageSize)} ids a page (ready in ${p.ms} ms). Ctrl-C stops it.`,
  "cmd.sandbox.exposed": (p: { host: string }) =>
    `listening on ${p.host}: anyone who can reach it can use the fake account`,
  "cmd.sandbox.stopped": () => "wxbl sandbox: stopped",
};
