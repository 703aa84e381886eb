// Builds the body of the sticky plan comment on a pull request (plan.yml): the plan against the
// live account, then the file diff folded away, kept under GitHub's 65,536-character limit for
// comments. Usage: node compose-plan-comment.mjs PLAN.md DIFF.md > comment.md
// Env (optional): HEAD_SHA (the commit planned), RUN_URL (link to the workflow run).
import { existsSync, readFileSync } from "node:fs";

// GitHub rejects comments over 65,536 characters; leave room for the action's hidden header.
const COMMENT_LIMIT = 65_000;

const [planPath, diffPath] = process.argv.slice(2);
if (!planPath || !diffPath) {
  process.stderr.write("usage: compose-plan-comment.mjs PLAN.md DIFF.md\n");
  process.exit(3);
}

const read = (path) => (existsSync(path) ? readFileSync(path, "utf8").trim() : "");
const plan = read(planPath) || "### wxbl plan produced no output\n\nSee the workflow run log.";
const diff = read(diffPath);
const sha = process.env.HEAD_SHA ? process.env.HEAD_SHA.slice(0, 7) : undefined;
const runUrl = process.env.RUN_URL;

const footer = [
  sha ? `Planned for ${sha}` : "Planned",
  runUrl ? `in [this run](${runUrl})` : "",
  "· updated on every push · `wxbl apply` runs when this is merged.",
]
  .filter(Boolean)
  .join(" ");

const diffSection = diff
  ? `<details><summary>What this pull request changes in the file (wxbl diff)</summary>\n\n${diff}\n\n</details>`
  : "";
const tooLong =
  "_The file diff is too long for this comment: see it in the run summary of the Validate and diff job._";

let body = [plan, diffSection, footer].filter(Boolean).join("\n\n");
if (body.length > COMMENT_LIMIT) body = [plan, tooLong, footer].join("\n\n");
if (body.length > COMMENT_LIMIT)
  body = `${body.slice(0, COMMENT_LIMIT - 200)}\n\n…(cut: see the run summary)`;
process.stdout.write(`${body}\n`);
