import { actionStep, checkoutStep } from "./workflow-steps.js";

/**
 * The first job of a many-account apply or drift workflow (SPEC 11): the Action's `accounts`
 * command reads wxbl.yaml and prints the accounts to work on as a matrix (on a push, those whose
 * file or wxbl.yaml entry the push changed; otherwise every account, or those named by
 * `account`). The jobs after it run once per account from `outputs.matrix`, and are skipped
 * when it lists none (`outputs.accounts` is then `[]`).
 */
export function accountsJob(input: {
  wxbl: string;
  lang: string;
  /** The job's name in the run's graph. */
  name: string;
  /** A comment line above the job, without the `#`. */
  note: string;
  /** The `account` input: names to narrow to (an expression), or none. */
  account?: string;
  /** The `if:` of the job, or none. */
  condition?: string;
  /** Check out the history: what tells the accounts a push changed (apply). */
  history: boolean;
}): string {
  const lines = [
    `  # ${input.note}`,
    "  accounts:",
    `    name: ${input.name}`,
    ...(input.condition === undefined ? [] : [`    if: ${input.condition}`]),
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 10",
    "    permissions:",
    "      contents: read",
    "    outputs:",
    "      matrix: ${{ steps.accounts.outputs.matrix }}",
    "      accounts: ${{ steps.accounts.outputs.accounts }}",
    "    steps:",
    checkoutStep(
      input.history
        ? {
            why: [
              "The history: what tells which accounts' files (or entries in wxbl.yaml) a",
              "push changed.",
            ],
          }
        : undefined,
    ),
    actionStep({
      name: "List the accounts",
      id: "accounts",
      uses: input.wxbl,
      with: {
        command: "accounts",
        ...(input.account === undefined ? {} : { account: input.account }),
        lang: input.lang,
      },
    }),
  ];
  return lines.join("\n");
}

/**
 * The `strategy:` of a job run once per account: every account's job runs to its end whatever
 * another's does (one account's failure never stops another, SPEC 11).
 */
export const PER_ACCOUNT_STRATEGY = [
  "    strategy:",
  "      fail-fast: false",
  "      matrix: ${{ fromJSON(needs.accounts.outputs.matrix) }}",
].join("\n");

/** The condition of the per-account jobs: the accounts job listed at least one. */
export const SOME_ACCOUNTS = "needs.accounts.outputs.accounts != '[]'";
