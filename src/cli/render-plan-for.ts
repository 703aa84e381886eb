import type { Plan } from "../reconcile/plan-types.js";
import { renderPlan } from "../render/render-plan.js";
import { useColor, type GlobalOptions } from "./command.js";
import type { Io } from "./io.js";

/**
 * The plan in the format asked for, with colour and file links as the context allows: what
 * `plan` prints and what `apply` shows before it asks (commands do not import each other).
 */
export function renderPlanFor(
  plan: Plan,
  args: Pick<GlobalOptions, "format" | "color" | "file"> & { full?: boolean; force?: boolean },
  io: Io,
): string {
  return renderPlan(plan, {
    format: args.format,
    file: args.file,
    color: useColor(args, io),
    full: Boolean(args.full),
    forced: Boolean(args.force),
    linkBase: githubLinkBase(io, args.file),
  });
}

/** `https://github.com/OWNER/REPO/blob/SHA/FILE` in GitHub Actions, so plan lines link to the file. */
export function githubLinkBase(io: Io, file: string): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = io.env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_SHA) return undefined;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/${file.replace(/^\.\//, "")}`;
}
