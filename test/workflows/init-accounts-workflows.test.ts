import { describe, expect, it } from "vitest";
import { workflowFiles } from "../../src/scaffold/scaffold-files.js";
import { wxblVersion } from "../../src/version.js";
import { stepAsRun, type ContextValue } from "../support/workflow-expressions.js";
import { workflowErrors } from "./workflow-errors.js";
import { ACCOUNTS, parseWorkflowText, type Workflow, type WorkflowStep } from "./workflow-files.js";

/**
 * The many-account workflows `wxbl init --account` writes (SPEC 11): one plan job for the
 * changed accounts; a job per account for apply, expire and drift, each in its own concurrency
 * group with only its own account's secrets. Expressions are evaluated by GitHub's expression
 * library, as the runner evaluates them. (The rules both forms share: init-workflows.test.ts.)
 */
const version = wxblVersion();
const WXBL = `wxbl/wxbl@v${version}`;
const texts = Object.fromEntries(
  workflowFiles({ version, lang: "en", accounts: ACCOUNTS }).map((f) => [
    f.path.slice(".github/workflows/".length),
    f.text,
  ]),
);
const workflow = (file: string): Workflow => parseWorkflowText(file, texts[file]!);
const wxblStep = (file: string, job: string): WorkflowStep => {
  const steps = workflow(file).jobs[job]!.steps.filter((step) => step.uses === WXBL);
  expect(steps).toHaveLength(1);
  return steps[0]!;
};

/** The repository's secrets: each account's AppSecret and token, two own API bases, the shared ones. */
const SECRETS: Record<string, string> = {
  WECHAT_MAIN_APPSECRET: "main-secret-0123456789abcdef0123",
  WECHAT_SHOP_APPSECRET: "shop-secret-0123456789abcdef0123",
  WECHAT_BRAND_CN_APPSECRET: "brand-secret-0123456789abcdef012",
  WECHAT_SHOP_ACCESS_TOKEN: "shop-token-0123456789abcdef012345",
  WECHAT_BRAND_CN_API_BASE: "https://brand-gateway.example.com",
  WECHAT_API_BASE: "https://gateway.example.com",
  HTTPS_PROXY: "http://egress.example.com:3128",
  // Not wxbl's: must reach no step.
  DEPLOY_KEY: "deploy-key-0123456789abcdef0123",
};
const ownSecrets = (env: string) =>
  Object.entries(SECRETS)
    .filter(([name]) => name.startsWith(`WECHAT_${env}_`))
    .map(([, value]) => value);
const otherAccountsSecrets = (env: string) =>
  ACCOUNTS.filter((a) => a.env !== env).flatMap((a) => ownSecrets(a.env));

/** A matrix entry as the Action's accounts command prints it. */
const entry = (name: string) => {
  const account = ACCOUNTS.find((a) => a.name === name)!;
  return { account: account.name, env: account.env, file: account.file };
};
const contexts = (matrix: Record<string, ContextValue>): Record<string, ContextValue> => ({
  secrets: SECRETS,
  matrix,
  inputs: { force: false, accounts: "" },
  github: { run_id: "4242", run_attempt: "1" },
});

describe("wxbl-plan.yml for several accounts", () => {
  const plan = workflow("wxbl-plan.yml");

  it("runs on pull requests that touch wxbl.yaml, an account's file or itself", () => {
    expect(plan.on).toEqual({
      pull_request: {
        paths: ["wxbl.yaml", ...ACCOUNTS.map((a) => a.file), ".github/workflows/wxbl-plan.yml"],
      },
    });
  });

  it("plans in ONE job, for every changed account, with each account's own variables", () => {
    expect(Object.keys(plan.jobs).sort()).toEqual(["plan", "review"]);
    expect(plan.jobs.plan!.strategy).toBeUndefined();
    const step = wxblStep("wxbl-plan.yml", "plan");
    // No account input: the Action plans the accounts the pull request changes; the comment
    // is the Action's default, ONE sticky comment.
    expect(step.with).toEqual({
      command: "plan",
      lang: "en",
      "api-base": "${{ secrets.WECHAT_API_BASE }}",
      "https-proxy": "${{ secrets.HTTPS_PROXY }}",
    });
    const run = stepAsRun(step, contexts({}));
    const expected: Record<string, string> = {};
    for (const account of ACCOUNTS) {
      for (const what of ["APPSECRET", "ACCESS_TOKEN", "API_BASE"]) {
        const name = `WECHAT_${account.env}_${what}`;
        expected[name] = SECRETS[name] ?? "";
      }
    }
    expect(run.env).toEqual(expected);
    expect(JSON.stringify(run)).not.toContain(SECRETS.DEPLOY_KEY);
  });

  it("keeps only the newest push of a pull request, and checks out the history for diff", () => {
    expect(plan.concurrency).toEqual({
      group: "wxbl-plan-${{ github.event.pull_request.number }}",
      "cancel-in-progress": true,
    });
    const checkout = plan.jobs.plan!.steps.find((s) => s.uses?.startsWith("actions/checkout@"))!;
    expect(checkout.with).toMatchObject({ "fetch-depth": 0, "persist-credentials": false });
  });
});

describe("wxbl-apply.yml for several accounts", () => {
  const apply = workflow("wxbl-apply.yml");

  it("runs on pushes that touch wxbl.yaml or an account's file, and by hand for named accounts", () => {
    expect(apply.on.push).toEqual({ paths: ["wxbl.yaml", ...ACCOUNTS.map((a) => a.file)] });
    const dispatch = apply.on.workflow_dispatch as { inputs: Record<string, { type: string }> };
    expect(Object.keys(dispatch.inputs).sort()).toEqual(["accounts", "force"]);
    expect(dispatch.inputs.accounts!.type).toBe("string");
    // No workflow-wide group: each account's jobs queue on their own, others run side by side.
    expect(apply.concurrency).toBeUndefined();
  });

  it("lists the accounts to apply on the default branch only, from the push's history", () => {
    const accounts = apply.jobs.accounts!;
    expect(accounts.if).toBe(
      "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",
    );
    expect(wxblStep("wxbl-apply.yml", "accounts").with).toEqual({
      command: "accounts",
      account: "${{ inputs.accounts }}",
      lang: "en",
    });
    expect(JSON.stringify(accounts)).not.toContain("secrets");
    const checkout = accounts.steps.find((s) => s.uses?.startsWith("actions/checkout@"))!;
    expect(checkout.with).toMatchObject({ "fetch-depth": 0, "persist-credentials": false });
    expect(accounts.outputs).toEqual({
      matrix: "${{ steps.accounts.outputs.matrix }}",
      accounts: "${{ steps.accounts.outputs.accounts }}",
    });
  });

  it("applies one job per account, never failing fast, each in the account's own group", () => {
    const job = apply.jobs.apply!;
    expect(job.needs).toBe("accounts");
    expect(job.if).toBe("needs.accounts.outputs.accounts != '[]'");
    expect(job.strategy).toEqual({
      "fail-fast": false,
      matrix: "${{ fromJSON(needs.accounts.outputs.matrix) }}",
    });
    expect(job.concurrency).toEqual({
      group: "wxbl-apply-${{ matrix.account }}",
      "cancel-in-progress": false,
    });
    const step = wxblStep("wxbl-apply.yml", "apply");
    expect(step).toMatchObject({
      id: "apply",
      with: { command: "apply", account: "${{ matrix.account }}" },
    });
    const upload = job.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with?.name).toBe(
      "wxbl-report-${{ matrix.account }}-${{ github.run_id }}-${{ github.run_attempt }}",
    );
  });
});

describe("wxbl-drift.yml for several accounts", () => {
  const drift = workflow("wxbl-drift.yml");

  it("runs daily and by hand, for every account (no account input)", () => {
    expect(Object.keys(drift.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(wxblStep("wxbl-drift.yml", "accounts").with).toEqual({
      command: "accounts",
      lang: "en",
    });
  });

  it("lifts expired bans per account in the account's apply group, then checks each account's drift", () => {
    const { expire, drift: check } = drift.jobs;
    expect(expire!.needs).toBe("accounts");
    expect(expire!.concurrency).toEqual({
      group: "wxbl-apply-${{ matrix.account }}",
      "cancel-in-progress": false,
    });
    expect(check!.needs).toEqual(["accounts", "expire"]);
    expect(check!.if).toBe(
      "${{ !cancelled() && needs.accounts.result == 'success' && needs.accounts.outputs.accounts != '[]' }}",
    );
    expect(check!.concurrency).toEqual({
      group: "wxbl-drift-${{ matrix.account }}",
      "cancel-in-progress": false,
    });
    for (const job of [expire!, check!]) {
      expect(job.strategy).toEqual({
        "fail-fast": false,
        matrix: "${{ fromJSON(needs.accounts.outputs.matrix) }}",
      });
    }
    expect(wxblStep("wxbl-drift.yml", "expire").with).toMatchObject({
      command: "expire",
      account: "${{ matrix.account }}",
    });
    expect(wxblStep("wxbl-drift.yml", "drift").with).toMatchObject({
      command: "drift",
      account: "${{ matrix.account }}",
    });
  });
});

describe("each per-account job holds its own account's secrets and no other's", () => {
  const jobs = [
    ["wxbl-apply.yml", "apply"],
    ["wxbl-drift.yml", "expire"],
    ["wxbl-drift.yml", "drift"],
  ] as const;

  it.each(jobs)("%s %s", (file, job) => {
    for (const account of ACCOUNTS) {
      const run = stepAsRun(wxblStep(file, job), contexts(entry(account.name)));
      expect(run.inputs.account).toBe(account.name);
      expect(run.inputs["app-secret"]).toBe(SECRETS[`WECHAT_${account.env}_APPSECRET`]);
      expect(run.inputs["access-token"]).toBe(SECRETS[`WECHAT_${account.env}_ACCESS_TOKEN`] ?? "");
      // Its own API base when it has one, else the shared one.
      expect(run.inputs["api-base"]).toBe(
        SECRETS[`WECHAT_${account.env}_API_BASE`] ?? SECRETS.WECHAT_API_BASE,
      );
      expect(run.inputs["https-proxy"]).toBe(SECRETS.HTTPS_PROXY);
      expect(run.env).toEqual({});
      const everything = JSON.stringify(run);
      for (const secret of otherAccountsSecrets(account.env))
        expect(everything).not.toContain(secret);
      expect(everything).not.toContain(SECRETS.DEPLOY_KEY);
    }
  });

  it.each(jobs)(
    "%s %s names secrets only through its matrix entry, or the shared ones",
    (file, job) => {
      const text = JSON.stringify(workflow(file).jobs[job]);
      const references = text.match(/secrets(?:\.\w+|\[[^\]]*\])/g) ?? [];
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        expect(reference).toMatch(
          /^secrets(?:\[format\('WECHAT_\{0\}_(?:APPSECRET|ACCESS_TOKEN|API_BASE)', matrix\.env\)\]|\.WECHAT_API_BASE|\.HTTPS_PROXY)$/,
        );
      }
    },
  );
});

describe("written with --lang zh-CN", () => {
  const chinese = Object.fromEntries(
    workflowFiles({ version, lang: "zh-CN", accounts: ACCOUNTS }).map((f) => [
      f.path.slice(".github/workflows/".length),
      f.text,
    ]),
  );

  it.each(Object.keys(texts).sort())(
    "%s is the same workflow with lang: zh-CN on every wxbl step, valid for GitHub's parser",
    async (file) => {
      const zh = chinese[file]!;
      expect(await workflowErrors(file, zh)).toEqual([]);
      const langs = zh.match(/^ +lang: .*$/gm) ?? [];
      expect(langs.length).toBeGreaterThan(0);
      expect(new Set(langs.map((line) => line.trim()))).toEqual(new Set(["lang: zh-CN"]));
      expect(zh.replace(/^( +lang: )zh-CN$/gm, "$1en")).toBe(texts[file]);
    },
  );
});
