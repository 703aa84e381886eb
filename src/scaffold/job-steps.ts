import { credentialInputs, matrixCredentialInputs } from "./workflow-parts.js";
import { actionStep, checkoutStep, uploadReportStep } from "./workflow-steps.js";

/**
 * The steps of the apply, expire and drift jobs, the same in both forms of the workflows: run
 * for blacklist.yaml with the shared secrets, or once per account (SPEC 11), where each run
 * names its account and holds only that account's secrets.
 */
export interface JobSteps {
  /** The Action, pinned (wxblAction). */
  wxbl: string;
  lang: string;
  /** A job of the many-account form, run for `matrix.account`. */
  perAccount: boolean;
}

/** The `account` input and the credential inputs of a job. */
function scoped(job: JobSteps): { account: Record<string, string>; credentials: string } {
  return job.perAccount
    ? { account: { account: "${{ matrix.account }}" }, credentials: matrixCredentialInputs(10) }
    : { account: {}, credentials: credentialInputs(10) };
}

/** What an artifact's name says after its kind: the account, in the many-account form. */
function artifact(kind: string, job: JobSteps): string {
  return job.perAccount ? `${kind}-\${{ matrix.account }}` : kind;
}

/** Apply (past the guards when the run was started by hand with `force`), report kept. */
export function applySteps(job: JobSteps): string {
  const { account, credentials } = scoped(job);
  return [
    checkoutStep(),
    actionStep({
      name: "Apply",
      id: "apply",
      uses: job.wxbl,
      with: {
        command: "apply",
        ...account,
        args: "${{ inputs.force && '--force' || '' }}",
        lang: job.lang,
      },
      more: credentials,
    }),
    uploadReportStep({
      name: "Upload the apply report",
      step: "apply",
      artifact: artifact("wxbl-report", job),
    }),
  ].join("\n");
}

/** The expiry apply (`wxbl apply --only-expired`, SPEC 10), report kept. */
export function expireSteps(job: JobSteps): string {
  const { account, credentials } = scoped(job);
  return [
    checkoutStep(),
    actionStep({
      name: "Unblock expired entries",
      id: "expire",
      uses: job.wxbl,
      with: { command: "expire", ...account, lang: job.lang },
      more: credentials,
    }),
    uploadReportStep({
      name: "Upload the expiry report",
      step: "expire",
      artifact: artifact("wxbl-expire-report", job),
    }),
  ].join("\n");
}

/** The drift check and its one issue (per account in the many-account form). */
export function driftSteps(job: JobSteps): string {
  const { account, credentials } = scoped(job);
  const issue = job.perAccount ? "the account's drift issue" : "the drift issue";
  return [
    checkoutStep(),
    actionStep({
      name: `Plan, and open, update or close ${issue}`,
      uses: job.wxbl,
      with: { command: "drift", ...account, lang: job.lang },
      more: credentials,
    }),
  ].join("\n");
}

/** The apply job's comment on holding every apply for a reviewer's approval. */
export const ENVIRONMENT_NOTE = [
  "    # Optional: a deployment environment with required reviewers holds every apply for approval.",
  "    # environment: wechat-production",
].join("\n");
