import { describe, expect, it } from "vitest";
import { scaffoldFiles } from "../../src/scaffold/scaffold-files.js";
import { wxblVersion } from "../../src/version.js";
import { workflowErrors } from "./workflow-errors.js";
import { parseWorkflowText, type Workflow, type WorkflowStep } from "./workflow-files.js";

/**
 * The workflows `wxbl init` writes into a config repository (SPEC 8, 9): what the plan, apply
 * and drift workflows of this repository were, now thin files that call the Action.
 */
const version = wxblVersion();
const written = Object.fromEntries(
  scaffoldFiles({ version, lang: "en" })
    .filter((file) => file.path.startsWith(".github/workflows/"))
    .map((file) => [file.path.slice(".github/workflows/".length), file.text]),
);
const files = Object.keys(written).sort();
const workflow = (file: string): Workflow => parseWorkflowText(file, written[file]!);

/** The write permissions each job may hold; everything else reads `contents` only. */
const ALLOWED_WRITES: Record<string, Record<string, string[]>> = {
  "wxbl-plan.yml": { review: [], plan: ["pull-requests"] },
  "wxbl-apply.yml": { apply: [] },
  "wxbl-drift.yml": { expire: [], drift: ["issues"] },
};

const FORK_GUARD = "github.event.pull_request.head.repo.full_name == github.repository";
const WXBL = `wxbl/wxbl@v${version}`;

/** The steps of a job that call the wxbl Action, by their `command` input. */
function wxblSteps(file: string, job: string): WorkflowStep[] {
  return workflow(file).jobs[job]!.steps.filter((step) => step.uses === WXBL);
}
const commandsOf = (file: string, job: string) =>
  wxblSteps(file, job).map((step) => step.with?.command);

describe("the workflows wxbl init writes", () => {
  it("are plan, apply and drift", () => {
    expect(files).toEqual(["wxbl-apply.yml", "wxbl-drift.yml", "wxbl-plan.yml"]);
  });

  it.each(files)("%s is valid for GitHub's workflow parser", async (file) => {
    expect(await workflowErrors(file, written[file]!)).toEqual([]);
  });

  it("the parser check fails on a broken workflow", async () => {
    const broken = `on: push\npermissions: { contents: readd }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - runn: echo\n`;
    expect((await workflowErrors("broken.yml", broken)).join("\n")).toContain(
      "Unexpected value 'readd'",
    );
  });

  it.each(files)("%s reads contents only at the top level", (file) => {
    expect(workflow(file).permissions).toEqual({ contents: "read" });
  });

  it.each(files)("%s gives each job only the write permissions it needs", (file) => {
    const { jobs } = workflow(file);
    const allowed = ALLOWED_WRITES[file]!;
    expect(Object.keys(jobs).sort()).toEqual(Object.keys(allowed).sort());
    for (const [id, job] of Object.entries(jobs)) {
      const granted = job.permissions as Record<string, string>;
      expect(typeof granted, `${file} job ${id}: permissions must be a map`).toBe("object");
      const writes = Object.entries(granted)
        .filter(([, level]) => level === "write")
        .map(([scope]) => scope)
        .sort();
      expect(writes, `${file} job ${id}`).toEqual(allowed[id]);
      expect(granted.contents, `${file} job ${id}`).toBe("read");
    }
  });

  it.each(files)(
    "%s pins third-party actions by full commit SHA and wxbl's by its exact version",
    (file) => {
      const refs = written[file]!.split("\n")
        .filter((line) => /^\s*(-\s+)?uses:/.test(line))
        .map((line) => line.replace(/^\s*(-\s+)?uses:\s*/, ""));
      expect(refs.length).toBeGreaterThan(0);
      expect(refs).toContain(WXBL);
      for (const ref of refs) {
        if (ref === WXBL) continue;
        expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    },
  );

  it.each(files)("%s never runs on pull_request_target", (file) => {
    expect(Object.keys(workflow(file).on)).not.toContain("pull_request_target");
    expect(written[file]).not.toMatch(/pull_request_target:/);
  });

  it.each(files)("%s hands secrets to the wxbl steps only, never to a job or workflow", (file) => {
    const { env, jobs } = workflow(file);
    expect(JSON.stringify(env ?? {})).not.toContain("secrets.");
    for (const [id, job] of Object.entries(jobs)) {
      expect(JSON.stringify(job.env ?? {}), `${file} job ${id}`).not.toContain("secrets.");
      for (const step of job.steps) {
        if (step.uses !== WXBL) expect(JSON.stringify(step)).not.toContain("secrets.");
      }
    }
  });

  it.each(files)("%s passes the language to every wxbl step", (file) => {
    for (const id of Object.keys(workflow(file).jobs)) {
      for (const step of wxblSteps(file, id)) expect(step.with?.lang).toBe("en");
    }
    const steps = Object.keys(workflow(file).jobs).flatMap((id) => wxblSteps(file, id));
    expect(steps.length).toBeGreaterThan(0);
  });
});

describe("wxbl-plan.yml", () => {
  const plan = workflow("wxbl-plan.yml");

  it("runs on pull requests that touch the file", () => {
    expect(plan.on).toEqual({
      pull_request: { paths: ["blacklist.yaml", ".github/workflows/wxbl-plan.yml"] },
    });
  });

  it("gives every pull request, forks included, validate and diff with no secrets", () => {
    const review = plan.jobs.review!;
    expect(review.if).toBeUndefined();
    expect(JSON.stringify(review)).not.toContain("secrets.");
    expect(commandsOf("wxbl-plan.yml", "review")).toEqual(["validate", "diff"]);
    const checkout = review.steps.find((s) => s.uses?.startsWith("actions/checkout@"))!;
    expect(checkout.with).toMatchObject({ "fetch-depth": 0, "persist-credentials": false });
  });

  it("uses secrets only in the plan job, behind the fork guard, which posts the comment", () => {
    const withSecrets = Object.entries(plan.jobs).filter(([, job]) =>
      JSON.stringify(job).includes("secrets."),
    );
    expect(withSecrets.map(([id]) => id)).toEqual(["plan"]);
    expect(plan.jobs.plan!.if).toBe(FORK_GUARD);
    const [step] = wxblSteps("wxbl-plan.yml", "plan");
    expect(step!.with).toMatchObject({
      command: "plan",
      "app-secret": "${{ secrets.WECHAT_APPSECRET }}",
      "access-token": "${{ secrets.WECHAT_ACCESS_TOKEN }}",
    });
    expect(step!.with?.comment).toBeUndefined(); // the Action's default: one sticky comment
  });

  it("keeps only the newest push of a pull request", () => {
    expect(plan.concurrency).toEqual({
      group: "wxbl-plan-${{ github.event.pull_request.number }}",
      "cancel-in-progress": true,
    });
  });
});

describe("wxbl-apply.yml", () => {
  const apply = workflow("wxbl-apply.yml");

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

  it("applies (with --force only when asked by hand) and uploads the report as an artifact", () => {
    const [step] = wxblSteps("wxbl-apply.yml", "apply");
    expect(step).toMatchObject({
      id: "apply",
      with: { command: "apply", args: "${{ inputs.force && '--force' || '' }}" },
    });
    const upload = apply.jobs.apply!.steps.find((s) =>
      s.uses?.startsWith("actions/upload-artifact@"),
    )!;
    expect(upload.if).toBe("${{ always() && steps.apply.outputs.report != '' }}");
    expect(upload.with?.path).toBe("${{ steps.apply.outputs.report }}");
  });
});

describe("wxbl-drift.yml", () => {
  const drift = workflow("wxbl-drift.yml");

  it("runs daily and by hand", () => {
    expect(Object.keys(drift.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const [schedule] = drift.on.schedule as { cron: string }[];
    expect(schedule!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it("lifts expired bans first, serialized with apply, then checks drift even if that failed", () => {
    expect(commandsOf("wxbl-drift.yml", "expire")).toEqual(["expire"]);
    expect(drift.jobs.expire!.concurrency).toEqual({
      group: "wxbl-apply",
      "cancel-in-progress": false,
    });
    expect(commandsOf("wxbl-drift.yml", "drift")).toEqual(["drift"]);
    expect(drift.jobs.drift!.needs).toBe("expire");
    expect(drift.jobs.drift!.if).toBe("${{ !cancelled() }}");
    const upload = drift.jobs.expire!.steps.find((s) =>
      s.uses?.startsWith("actions/upload-artifact@"),
    )!;
    expect(upload.with?.path).toBe("${{ steps.expire.outputs.report }}");
  });
});
