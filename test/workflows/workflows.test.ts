import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import { describe, expect, it } from "vitest";
import { readWorkflow, runSteps, workflowFiles, type Workflow } from "./workflow-files.js";

/** Errors GitHub's own workflow parser (the one behind the Actions language services) reports. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

/** The write permissions each job may hold; everything else reads `contents` only. */
const ALLOWED_WRITES: Record<string, Record<string, string[]>> = {
  "ci.yml": { test: [], "action-bundle": [], package: [] },
  // The OIDC token npm's provenance is signed with; pushing the moved major tag.
  "release.yml": { publish: ["id-token"], "major-tag": ["contents"] },
  "plan.yml": { review: [], plan: ["pull-requests"] },
  "apply.yml": { apply: [] },
  "drift.yml": { drift: ["issues"] },
};

const FORK_GUARD = "github.event.pull_request.head.repo.full_name == github.repository";

const files = workflowFiles();

describe("the GitHub workflows", () => {
  it("are the ones the product describes", () => {
    expect(files).toEqual(["apply.yml", "ci.yml", "drift.yml", "plan.yml", "release.yml"]);
  });

  it.each(files)("%s is valid for GitHub's workflow parser", async (file) => {
    const workflow = readWorkflow(file);
    expect(await workflowErrors(file, workflow.text)).toEqual([]);
  });

  it.each([
    [
      "an unknown permission level",
      "permissions: { contents: readd }\n",
      "Unexpected value 'readd'",
    ],
    ["a misspelt step key", "", "Unexpected value 'runn'"],
  ])("the parser check fails on %s", async (_, permissions, message) => {
    const broken = `on: push\n${permissions}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - runn: echo\n`;
    expect((await workflowErrors("broken.yml", broken)).join("\n")).toContain(message);
  });

  it.each(files)("%s reads contents only at the top level", (file) => {
    expect(readWorkflow(file).permissions).toEqual({ contents: "read" });
  });

  it.each(files)("%s gives each job only the write permissions it needs", (file) => {
    const workflow = readWorkflow(file);
    const allowed = ALLOWED_WRITES[file] ?? {};
    expect(Object.keys(workflow.jobs).sort()).toEqual(Object.keys(allowed).sort());
    for (const [id, job] of Object.entries(workflow.jobs)) {
      const permissions = job.permissions ?? workflow.permissions;
      expect(typeof permissions, `${file} job ${id}: permissions must be a map`).toBe("object");
      const granted = permissions as Record<string, string>;
      const writes = Object.entries(granted)
        .filter(([, level]) => level === "write")
        .map(([scope]) => scope)
        .sort();
      expect(writes, `${file} job ${id}`).toEqual(allowed[id]);
      if (!allowed[id]?.includes("contents")) {
        expect(granted.contents, `${file} job ${id}`).toBe("read");
      }
    }
  });

  it.each(files)(
    "%s pins every action to a full commit SHA with its version in a comment",
    (file) => {
      const usesLines = readWorkflow(file)
        .text.split("\n")
        .filter((line) => /^\s*(-\s+)?uses:/.test(line));
      expect(usesLines.length).toBeGreaterThan(0);
      for (const line of usesLines) {
        const ref = line.replace(/^\s*(-\s+)?uses:\s*/, "");
        if (ref.startsWith("./")) continue; // a local action lives in this repository
        expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    },
  );

  it.each(files)("%s never runs on pull_request_target", (file) => {
    const workflow = readWorkflow(file);
    expect(Object.keys(workflow.on)).not.toContain("pull_request_target");
    expect(workflow.text).not.toMatch(/pull_request_target:/);
  });

  it.each(files)("%s hands secrets to single steps, never to a whole job or workflow", (file) => {
    const workflow = readWorkflow(file);
    expect(JSON.stringify(workflow.env ?? {})).not.toContain("secrets.");
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(JSON.stringify(job.env ?? {}), `${file} job ${id}`).not.toContain("secrets.");
    }
  });
});

describe("plan.yml", () => {
  const plan = readWorkflow("plan.yml");

  it("runs on pull requests that touch the file or the schema", () => {
    expect(plan.on).toEqual({ pull_request: { paths: ["blacklist.yaml", "schema/**"] } });
  });

  it("gives fork pull requests validate and diff, with no secrets", () => {
    const review = plan.jobs.review!;
    expect(review.if).toBeUndefined();
    expect(JSON.stringify(review)).not.toContain("secrets.");
    const runs = runSteps("plan.yml", "review").map((step) => step.run);
    expect(runs).toContain("node bin/wxbl.js validate");
    expect(runs.join("\n")).toContain('wxbl.js diff --base "origin/$BASE_REF" --format markdown');
  });

  it("uses secrets only in jobs behind the fork guard", () => {
    const withSecrets = Object.entries(plan.jobs).filter(([, job]) =>
      JSON.stringify(job).includes("secrets."),
    );
    expect(withSecrets.map(([id]) => id)).toEqual(["plan"]);
    for (const [, job] of withSecrets) expect(job.if).toBe(FORK_GUARD);
  });

  it("plans with --detailed-exitcode and fails on any exit but 0 and 2", () => {
    const step = runSteps("plan.yml", "plan").find((s) => s.name === "Plan")!;
    expect(step.run).toContain("plan --detailed-exitcode --format markdown");
    const fail = plan.jobs.plan!.steps.find((s) => s.name === "Fail when the plan failed")!;
    expect(fail.if).toContain("steps.plan.outputs.exit_code != '0'");
    expect(fail.if).toContain("steps.plan.outputs.exit_code != '2'");
  });

  it("posts one sticky comment, identified by a fixed header", () => {
    const sticky = plan.jobs.plan!.steps.filter((s) =>
      s.uses?.startsWith("marocchino/sticky-pull-request-comment@"),
    );
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.with).toMatchObject({ header: "wxbl-plan", path: "wxbl-comment.md" });
  });
});

describe("apply.yml", () => {
  const apply = readWorkflow("apply.yml");

  it("runs on pushes that touch the file and by hand, one at a time, never cancelled", () => {
    expect(Object.keys(apply.on).sort()).toEqual(["push", "workflow_dispatch"]);
    expect(apply.on.push).toEqual({ paths: ["blacklist.yaml"] });
    expect(apply.concurrency).toEqual({ group: "wxbl-apply", "cancel-in-progress": false });
  });

  it("applies only the default branch", () => {
    expect(apply.jobs.apply!.if).toBe(
      "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",
    );
  });

  it("applies with --yes and --report, uploads the report and writes the outcome", () => {
    const steps = apply.jobs.apply!.steps;
    const run = runSteps("apply.yml", "apply").find((s) => s.name === "Apply")!;
    expect(run.run).toContain("args=(--yes --report wxbl-report.json)");
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.if).toBe("${{ always() }}");
    expect(upload.with?.path).toBe("wxbl-report.json");
    const summary = steps.find((s) => s.name === "Outcome in the step summary")!;
    expect(summary.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  });
});

describe("drift.yml", () => {
  const drift: Workflow = readWorkflow("drift.yml");

  it("runs daily and by hand", () => {
    expect(Object.keys(drift.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const [schedule] = drift.on.schedule as { cron: string }[];
    expect(schedule!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it("keeps one drift issue: updates an open one, creates one only when none is open", () => {
    const update = runSteps("drift.yml", "drift").find(
      (s) => s.name === "Open or update the drift issue",
    )!;
    expect(update.run).toContain("gh issue list --label wxbl-drift --state open");
    expect(update.run).toContain('gh issue edit "$number"');
    expect(update.run).toContain(
      'gh issue create --title "Blacklist drift detected" --label wxbl-drift',
    );
  });

  it("fails the run on drift and closes the issue once it is gone", () => {
    const steps = drift.jobs.drift!.steps;
    expect(runSteps("drift.yml", "drift").find((s) => s.name === "Plan")!.run).toContain(
      "plan --detailed-exitcode --format markdown",
    );
    expect(steps.find((s) => s.name === "Fail on drift")!.if).toBe(
      "${{ steps.plan.outputs.exit_code == '2' }}",
    );
    expect(steps.find((s) => s.name === "Close the drift issue")!.if).toBe(
      "${{ steps.plan.outputs.exit_code == '0' }}",
    );
  });
});
