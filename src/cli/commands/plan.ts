import { appendFile } from "node:fs/promises";
import { ExitCode } from "../../errors.js";
import { msg } from "../../i18n/message.js";
import type { Plan } from "../../reconcile/plan.js";
import { makePlan } from "../../reconcile/plan.js";
import { planNotes, type PlanNotes } from "../../reconcile/plan-notes.js";
import { renderPlanJson } from "../../render/render-plan-json.js";
import { renderPlanMarkdown } from "../../render/render-plan-markdown.js";
import { CREDENTIAL_VARIABLES } from "../../wechat/credentials.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { readDesiredAndLive } from "../read-desired-and-live.js";
import { githubLinkBase, renderPlanFor } from "../render-plan-for.js";
import { writeOutputFile } from "../write-output-file.js";

export const planCommand = defineCommand({
  command: "plan",
  describe:
    "Read the live blacklist, compare it with the file and print what apply would change (never writes)",
  builder: (yargs) =>
    yargs
      .epilog(
        `Credentials from the environment: ${CREDENTIAL_VARIABLES}. WECHAT_API_BASE points at a proxy or the sandbox.\n\nExit codes: 0 done (no changes with --detailed-exitcode), 1 WeChat or network failure, 2 changes pending (--detailed-exitcode), 3 invalid file, flag or missing credentials, 4 appid mismatch.`,
      )
      .option("out", {
        type: "string",
        describe:
          "Also save the plan as JSON, for `wxbl apply PLANFILE` (refused there if anything changed since)",
      })
      .option("detailed-exitcode", {
        type: "boolean",
        default: false,
        describe:
          "Exit 2 when changes are pending, 0 when there are none (for CI and drift checks)",
      })
      .option("full", {
        type: "boolean",
        default: false,
        describe: "List every change (text output is cut after 100 lines per action)",
      }),
  run: async (args, io) => {
    const now = io.now?.() ?? new Date();
    // 1. Read desired and live (paging overlaps reading the file).
    const { desired, prepared, client, appid } = await readDesiredAndLive(args, io, now);
    await client.close();
    // 2. Diff, guards and fingerprint: pure. The notes are what text and markdown add.
    const plan = makePlan({ desired, live: prepared, now, appid });
    const notes = planNotes(desired, plan, now);
    // 3. Print, save, summarise.
    io.stdout(renderPlanFor(plan, notes, args, io));
    if (args.out) {
      await writeOutputFile(io, args.out, renderPlanJson(plan), msg("cmd.output.plan"));
    }
    await appendStepSummary(plan, notes, args, io);
    return args.detailedExitcode && plan.changes.length > 0 ? ExitCode.changes : ExitCode.ok;
  },
});

/** In GitHub Actions, `plan` adds its markdown to the job's step summary (SPEC section 8). */
async function appendStepSummary(
  plan: Plan,
  notes: PlanNotes,
  args: Pick<GlobalOptions, "file" | "lang">,
  io: Io,
) {
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (!summary) return;
  const markdown = renderPlanMarkdown(plan, {
    lang: args.lang,
    file: args.file,
    linkBase: githubLinkBase(io, args.file),
    notes,
  });
  await appendFile(summary, `${markdown}\n`);
}
