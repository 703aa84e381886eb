import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { accountsFixture, anyCalls, type AccountShape, type Fixture } from "./accounts-fixture.js";
import { blockByHand, desiredFile, schemaValidator } from "./run-wxbl.js";

const validatePlans = schemaValidator("plans.schema.json");
const validateReports = schemaValidator("reports.schema.json");

let fx: Fixture;
afterEach(() => fx.close());

/**
 * Four accounts, one of each outcome: "bad" has an invalid file (3), "guarded" trips its
 * guard (4), "quota" has no write quota left (1), "ok" is fine (0, or 2 with changes).
 */
async function fourOutcomes(): Promise<void> {
  const shapes: AccountShape[] = [
    { name: "bad", prefix: "B4dxx" },
    { name: "guarded", prefix: "Gu4rd" },
    { name: "quota", prefix: "Qu0ta", sandbox: { faults: { dailyWriteQuota: 0 } } },
    { name: "ok", prefix: "0kOkk" },
  ];
  fx = await accountsFixture(shapes);
  writeFileSync(
    join(fx.dir, "accounts/bad/blacklist.yaml"),
    "version: 1\nappid: wx0000000000000000\nusers:\n  - 12345\n",
  );
  const { kept, toBlock } = fx.ids.guarded!;
  writeFileSync(
    join(fx.dir, "accounts/guarded/blacklist.yaml"),
    desiredFile({
      users: [...kept, ...toBlock],
      appid: fx.sandbox.account("guarded").appid,
      guard: { max_unblock: 0 },
    }).text,
  );
}

describe("the combined exit code (SPEC 11: 3, else 4, else 1, else 2, else 0)", () => {
  it.each([
    { name: "apply --all: an invalid file wins", args: ["apply", "--all", "--yes"], code: 3 },
    {
      name: "apply without the invalid one: a refusal wins",
      args: ["apply", "--yes", "--account", "guarded", "--account", "quota", "--account", "ok"],
      code: 4,
    },
    {
      name: "apply of a failing and a fine account: the failure wins",
      args: ["apply", "--yes", "--account", "quota", "--account", "ok"],
      code: 1,
    },
    {
      name: "apply of the fine account alone",
      args: ["apply", "--yes", "--account", "ok"],
      code: 0,
    },
    {
      name: "plan --detailed-exitcode with changes (a tripped guard is shown, not refused)",
      args: ["plan", "--detailed-exitcode", "--account", "quota", "--account", "guarded"],
      code: 2,
    },
    {
      name: "plan without --detailed-exitcode",
      args: ["plan", "--account", "quota", "--account", "guarded"],
      code: 0,
    },
    {
      name: "plan of every account: the invalid file wins over changes",
      args: ["plan", "--detailed-exitcode"],
      code: 3,
    },
  ])("$name: exit $code", async ({ args, code }) => {
    await fourOutcomes();
    const run = await fx.run([...args, "--format", "json"]);
    expect(run.code, run.stderr).toBe(code);
    const data = JSON.parse(run.stdout) as { errors: Record<string, { exit_code: number }> };
    expect(args[0] === "apply" ? validateReports(data) : validatePlans(data)).toEqual([]);
    const expected: Record<string, number> = { bad: 3, guarded: 4, quota: 1 };
    for (const [name, error] of Object.entries(data.errors))
      expect(error.exit_code).toBe(expected[name]);
    expect(anyCalls(fx.state("bad"))).toBe(0);
  });
});

describe("an account's invalid file", () => {
  it("is listed under its name, with the way to list all its problems (--account, not --file)", async () => {
    await fourOutcomes();
    const run = await fx.run(["plan", "--account", "bad", "--account", "ok"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^\[bad\] wxbl: accounts\/bad\/blacklist\.yaml \(account bad\) is not valid \(1 error\)/m,
    );
    expect(run.stderr).toMatch(
      /^\[bad\] accounts\/bad\/blacklist\.yaml:4:5: error: openid 12345 is read by YAML as a number/m,
    );
    expect(run.stderr).toContain(
      "[bad] Fix the file (wxbl validate --account bad lists the same problems), then run again.",
    );
    expect(run.stdout).toContain("[ok] Plan: 3 to block, 2 to unblock, 6 unchanged.");
  });
});

describe("JSON and markdown with several accounts (SPEC 11)", () => {
  const shapes: AccountShape[] = [
    { name: "main", prefix: "Mn8Qz" },
    { name: "shop", prefix: "sH0p-" },
  ];

  it("JSON is always wxbl-plans/1, even for one --account", async () => {
    fx = await accountsFixture(shapes);
    const run = await fx.run(["plan", "--account", "shop", "--format", "json"]);
    expect(run.code).toBe(0);
    const plans = JSON.parse(run.stdout) as {
      format: string;
      accounts: Record<string, { summary: object; fingerprint: { appid: string } }>;
      errors: object;
    };
    expect(validatePlans(plans)).toEqual([]);
    expect(plans.format).toBe("wxbl-plans/1");
    expect(Object.keys(plans.accounts)).toEqual(["shop"]);
    expect(plans.accounts.shop?.summary).toEqual({
      block: 3,
      unblock: 2,
      unchanged: 6,
      unmanaged: 0,
      live: 8,
      desired: 9,
    });
    expect(plans.accounts.shop?.fingerprint.appid).toBe(fx.sandbox.account("shop").appid);
    expect(plans.errors).toEqual({});
  });

  it("a saved plan carries every account's fingerprint: a stale account is refused (4), the others applied", async () => {
    fx = await accountsFixture(shapes);
    expect((await fx.run(["plan", "--all", "--out", "plans.json"])).code).toBe(0);
    const saved = JSON.parse(readFileSync(join(fx.dir, "plans.json"), "utf8")) as {
      accounts: Record<string, { fingerprint: { live_sha256: string; appid: string } }>;
    };
    expect(validatePlans(saved)).toEqual([]);
    expect(Object.keys(saved.accounts)).toEqual(["main", "shop"]);
    const shop = fx.sandbox.account("shop");
    await blockByHand({ ...shop, url: fx.sandbox.url } as never, [fx.ids.shop!.toBlock[0]!]);
    const run = await fx.run(["apply", "plans.json", "--all", "--yes", "--report", "reports.json"]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /^\[shop\] wxbl: the saved plan plans\.json is stale, nothing was changed: the live blacklist changed/m,
    );
    const reports = JSON.parse(readFileSync(join(fx.dir, "reports.json"), "utf8")) as {
      accounts: Record<string, { blocked: string[] }>;
      errors: Record<string, { exit_code: number }>;
    };
    expect(validateReports(reports)).toEqual([]);
    expect(Object.keys(reports.accounts)).toEqual(["main"]);
    expect(reports.accounts.main?.blocked).toEqual(fx.ids.main!.toBlock);
    expect(reports.errors).toEqual({ shop: expect.objectContaining({ exit_code: 4 }) });
  });

  it.each([
    {
      name: "a one-account plan file",
      text: '{"format": "wxbl-plan/1"}',
      message: /is the plan of one account \(wxbl-plan\/1\)/,
    },
    { name: "not JSON", text: "{", message: /is not a saved plan: it is not JSON/ },
    {
      name: "another shape",
      text: '{"format": "wxbl-plans/1", "accounts": []}',
      message: /is not a wxbl-plans\/1 file: .*\/accounts must be object/,
    },
  ])("a saved plan file that is $name is exit 3, nothing called", async ({ text, message }) => {
    fx = await accountsFixture(shapes);
    writeFileSync(join(fx.dir, "plans.json"), text);
    const run = await fx.run(["apply", "plans.json", "--all", "--yes"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(message);
    expect(anyCalls(fx.state("main")) + anyCalls(fx.state("shop"))).toBe(0);
  });

  it("an account missing from the saved plans is exit 3 for it; the planned one is applied", async () => {
    fx = await accountsFixture(shapes);
    await fx.run(["plan", "--account", "main", "--out", "plans.json"]);
    const run = await fx.run(["apply", "plans.json", "--all", "--yes"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      "[shop] wxbl: the saved plans plans.json have no plan for account shop",
    );
    expect(anyCalls(fx.state("shop"))).toBe(0);
    expect(run.stdout).toContain("[main] Verified: the live list shows every change.");
  });

  it("markdown has a table of every account and a section for each with changes, in the reader's language", async () => {
    fx = await accountsFixture([
      ...shapes,
      { name: "calm", prefix: "C4lmm", stray: 0, toBlock: 0 },
    ]);
    const en = await fx.run(["plan", "--format", "markdown"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("## wxbl plan: 3 accounts");
    expect(en.stdout).toContain(
      "| `calm` | `accounts/calm/blacklist.yaml` | 0 | 0 | 6 | no changes |",
    );
    expect(en.stdout).toContain(
      "## Account `main`\n\n### wxbl plan for `accounts/main/blacklist.yaml`",
    );
    expect(en.stdout).toContain("## Account `shop`");
    expect(en.stdout).not.toContain("## Account `calm`");
    const zh = await fx.run(["plan", "--format", "markdown", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("## wxbl 计划：3 个公众号");
    expect(zh.stdout).toContain("## 公众号 `shop`");
    expect(zh.stdout).toContain("| `calm` | `accounts/calm/blacklist.yaml` | 0 | 0 | 6 | 无变更 |");
  });

  it("with GITHUB_STEP_SUMMARY, plan adds the same markdown there", async () => {
    fx = await accountsFixture(shapes);
    const summary = join(fx.dir, "summary.md");
    writeFileSync(summary, "");
    const run = await fx.run(["plan"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(0);
    const text = readFileSync(summary, "utf8");
    expect(text).toContain("## wxbl plan: 2 accounts");
    expect(text).toContain("## Account `shop`");
  });

  it("apply in Chinese: its question, its refusal without --yes", async () => {
    fx = await accountsFixture(shapes);
    let asked = "";
    const run = await fx.run(["apply", "--all", "--lang", "zh-CN"], {
      interactive: true,
      confirm: async (question) => {
        asked = question;
        return false;
      },
    });
    expect(asked).toBe("要在 2 个线上公众号（main, shop）中拉黑 6 个、取消拉黑 4 个用户吗？");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("wxbl：已取消 apply；没有更改任何公众号");
    const ci = await fx.run(["apply", "--all", "--lang", "zh-CN"]);
    expect(ci.code).toBe(3);
    expect(ci.stderr).toContain("不在终端中运行时，apply 需要 --yes");
    expect(anyCalls(fx.state("main"))).toBeGreaterThan(0);
    expect(fx.state("main").counts["/cgi-bin/tags/members/batchblacklist"] ?? 0).toBe(0);
  });
});
