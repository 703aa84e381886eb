import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  fileOf,
  ids,
  NAMES,
  startAccountsWorld,
  type AccountName,
  type AccountsWorld,
} from "./accounts-action-fixture.js";

/**
 * The many-account workflows written with `wxbl init --account … --lang zh-CN` (SPEC 11, 12):
 * the one pull-request comment, the accounts command's run summary and each account's drift
 * issue are in Chinese; the matrix, the markers and the exit codes are the same as in English.
 */
let world: AccountsWorld;
beforeEach(async () => {
  world = await startAccountsWorld({ lang: "zh-CN" });
});
afterEach(async () => {
  await world.close();
});

const pullRequest = () => ({ event: world.pullRequestEvent(), eventName: "pull_request" });
const schedule = { event: { schedule: "17 3 * * *" }, eventName: "schedule" };

describe("the many-account Action in Chinese", { timeout: 300_000 }, () => {
  it("ONE comment for the changed accounts, a section each, in Chinese", async () => {
    world.github.pullRequestFiles.set(7, [
      { filename: "wxbl.yaml" },
      { filename: fileOf("main") },
      { filename: fileOf("shop") },
    ]);
    const step = world.step("wxbl-plan.yml", "plan");
    expect(step.inputs.lang).toBe("zh-CN");
    const run = await world.run(step, pullRequest());
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ "exit-code": "2", changes: "true" });
    expect(run.stdout).toContain(
      "4 个公众号中的 3 个（其文件或在 wxbl.yaml 中的配置有改动）：`main`、`shop`、`brand-cn`。",
    );
    expect(world.github.comments).toHaveLength(1);
    const body = world.github.comments[0]!.body;
    expect(body.split("\n")[0]).toBe("<!-- wxbl:comment -->");
    expect(body).toContain("## wxbl 计划：3 个公众号");
    expect(body).toContain("| 公众号 | 文件 | 拉黑 | 取消拉黑 | 不变 | 状态 |");
    expect(body).toContain("## 公众号 `main`");
    expect(body).toContain("## 公众号 `shop`");
    expect(body).not.toContain("## 公众号 `brand-cn`");
    expect(body).toMatch(
      /\| `brand-cn` \| `accounts\/brand-cn\/blacklist\.yaml` \| 0 \| 0 \| 8 \| 无变更 \|/,
    );
    expect(body).not.toContain("## Account");
    expect(body).not.toContain("news");
  });

  it("a pull request that changes no account: one line in Chinese, WeChat not asked", async () => {
    world.github.pullRequestFiles.set(7, [{ filename: ".github/workflows/wxbl-plan.yml" }]);
    const run = await world.run(world.step("wxbl-plan.yml", "plan"), pullRequest());
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ "exit-code": "0", changes: "false" });
    expect(world.github.comments).toHaveLength(1);
    expect(world.github.comments[0]!.body).toContain("这个拉取请求没有改动任何公众号");
    for (const name of NAMES) expect(world.sandbox.account(name).state().calls).toEqual([]);
  });

  it("the daily matrix is the same JSON; each account's drift issue is titled in Chinese", async () => {
    const listed = await world.run(world.step("wxbl-drift.yml", "accounts"), schedule);
    expect(listed.code, listed.stdout).toBe(0);
    expect(listed.summary).toContain(`全部公众号（4 个）：`);
    const entries = (
      JSON.parse(listed.outputs.matrix!) as {
        include: { account: AccountName; env: string; file: string }[];
      }
    ).include;
    expect(entries.map((e) => e.account)).toEqual([...NAMES]);
    expect(JSON.parse(listed.outputs.accounts!)).toEqual([...NAMES]);

    const entry = entries.find((e) => e.account === "shop")!;
    const run = await world.run(world.step("wxbl-drift.yml", "drift", entry), schedule);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs["exit-code"]).toBe("2");
    expect(world.github.issues).toHaveLength(1);
    const issue = world.github.issues[0]!;
    expect(issue.body.split("\n")[0]).toBe("<!-- wxbl:drift account=shop -->");
    expect(issue.title).toBe("线上黑名单与文件不一致：shop");
    expect(issue.body).toContain(ids.shop.toBlock[0]);
    expect(issue.body).toContain("## wxbl 计划：1 个公众号");
    expect(issue.body).not.toContain(ids.main.toBlock[0]);
  });
});
