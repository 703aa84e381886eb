import type { Lang } from "../i18n/lang.js";
import type { Plan } from "../reconcile/plan-types.js";
import type { PlanNotes } from "../reconcile/plan-notes.js";
import { renderPlanJson } from "./render-plan-json.js";
import { renderPlanMarkdown } from "./render-plan-markdown.js";
import { renderPlanText } from "./render-plan-text.js";

export interface RenderPlanOptions {
  format: "text" | "json" | "markdown";
  /** text and markdown: the reader's language (SPEC 12); JSON never changes with it. */
  lang: Lang;
  /** The desired-state file as the operator named it. */
  file: string;
  /** text only: ANSI colours. */
  color: boolean;
  /** text only: every change, not the first 100 per action. */
  full: boolean;
  /** markdown only: URL of the file at the planned revision, for `#L14` links. */
  linkBase?: string;
  /** `apply --force`: a tripped guard is reported as overridden. */
  forced?: boolean;
  /** text and markdown: the guard's reasons as messages, and the temporary bans. */
  notes?: PlanNotes;
}

/** One plan, three renderers (SPEC section 3): `--format` picks one. Pure; ends with a newline. */
export function renderPlan(plan: Plan, options: RenderPlanOptions): string {
  switch (options.format) {
    case "json":
      return renderPlanJson(plan);
    case "markdown":
      return renderPlanMarkdown(plan, {
        lang: options.lang,
        file: options.file,
        linkBase: options.linkBase,
        forced: options.forced,
        notes: options.notes,
      });
    case "text":
      return renderPlanText(plan, {
        lang: options.lang,
        color: options.color,
        full: options.full,
        file: options.file,
        forced: options.forced,
        notes: options.notes,
      });
  }
}
