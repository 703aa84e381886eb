import type { Plan } from "../reconcile/plan-types.js";
import type { PlanNotes } from "../reconcile/plan-notes.js";
import { renderPlan } from "../render/render-plan.js";
import { useColor, type GlobalOptions } from "./command.js";
import type { Io } from "./io.js";

/**
 * The plan as `plan` and `apply` print it: in the format and language asked for, with colour
 * and file links as the context allows. Shared here because commands do not import each other.
 */
export function renderPlanFor(
  plan: Plan,
  notes: PlanNotes,
  args: Pick<GlobalOptions, "format" | "color" | "file" | "lang"> & {
    full?: boolean;
    force?: boolean;
  },
  io: Io,
): string {
  return renderPlan(plan, {
    format: args.format,
    lang: args.lang,
    file: args.file,
    color: useColor(args, io),
    full: Boolean(args.full),
    forced: Boolean(args.force),
    linkBase: githubLinkBase(io, args.file),
    notes,
  });
}

/** `https://github.com/OWNER/REPO/blob/SHA/FILE` in GitHub Actions, so plan lines link to the file. */
export function githubLinkBase(io: Io, file: string): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = io.env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_SHA) return undefined;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/${file.replace(/^\.\//, "")}`;
}
