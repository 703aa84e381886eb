import { CHECKOUT, UPLOAD_ARTIFACT } from "./workflow-parts.js";

/**
 * The steps every workflow `wxbl init` writes is made of, as YAML lines of a job's `steps:`
 * (six spaces in). Each is written here once, for the one-account and many-account forms alike.
 */

/**
 * actions/checkout without leaving the token behind; with `history`, every commit (what `wxbl
 * diff` and the changed-accounts list compare against), `why` saying what for.
 */
export function checkoutStep(history?: { why?: readonly string[] }): string {
  return [
    `      - uses: ${CHECKOUT}`,
    "        with:",
    ...(history === undefined
      ? []
      : [...(history.why ?? []).map((line) => `          # ${line}`), "          fetch-depth: 0"]),
    "          persist-credentials: false",
  ].join("\n");
}

/** One step that runs an action. */
export interface ActionStep {
  name: string;
  id?: string;
  if?: string;
  uses: string;
  /** Lines written as given between `uses:` and `with:` (a comment, an `env:`). */
  before?: string;
  /** The `with:` inputs, in order. */
  with: Readonly<Record<string, string>>;
  /** More `with:` lines written as given (the credential inputs, ten spaces in). */
  more?: string;
}

/** A step that runs an action: name, id, condition, the action, then its inputs. */
export function actionStep(step: ActionStep): string {
  return [
    `      - name: ${step.name}`,
    ...(step.id === undefined ? [] : [`        id: ${step.id}`]),
    ...(step.if === undefined ? [] : [`        if: ${step.if}`]),
    `        uses: ${step.uses}`,
    ...(step.before === undefined ? [] : [step.before]),
    "        with:",
    ...Object.entries(step.with).map(([key, value]) => `          ${key}: ${value}`),
    ...(step.more === undefined ? [] : [step.more]),
  ].join("\n");
}

/**
 * Keeps the JSON report of the step `step` (its `report` output) as an artifact for 90 days,
 * whether the step failed or not; none when the step wrote none. `artifact` starts the name,
 * the run id and attempt end it.
 */
export function uploadReportStep(input: { name: string; step: string; artifact: string }): string {
  return actionStep({
    name: input.name,
    if: `\${{ always() && steps.${input.step}.outputs.report != '' }}`,
    uses: UPLOAD_ARTIFACT,
    with: {
      name: `${input.artifact}-\${{ github.run_id }}-\${{ github.run_attempt }}`,
      path: `\${{ steps.${input.step}.outputs.report }}`,
      "if-no-files-found": "warn",
      "retention-days": "90",
    },
  });
}
