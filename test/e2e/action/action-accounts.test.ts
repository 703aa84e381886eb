import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  fileOf,
  headUsers,
  ids,
  live,
  NAMES,
  startAccountsWorld,
  type AccountName,
  type AccountsWorld,
} from "./accounts-action-fixture.js";
import { desiredFile } from "../run-wxbl.js";

/**
 * The Action run as the runner runs it, for a repository of four accounts (SPEC 11), with the
 * inputs and variables of the workflows `wxbl init --account` writes, evaluated as GitHub does:
 * one plan job and ONE comment for the changed accounts; the accounts command's matrix; a job
 * per account for apply and drift, each with only its own secrets, each touching only its own
 * account and its own drift issue.
 */
let world: AccountsWorld;
beforeEach(async () => {
  world = await startAccountsWorld();
});
afterEach(async () => {
  await world.close();
});

const pullRequest = () => ({ event: world.pullRequestEvent(), eventName: "pull_request" });
const push = () => ({ event: world.pushEvent(), eventName: "push" });
const schedule = { event: { schedule: "17 3 * * *" }, eventName: "schedule" };
const state = (name: AccountName) => world.sandbox.account(name).state();
const tokenCalls = (name: AccountName) => state(name).counts["/cgi-bin/stable_token"] ?? 0;
const secretsIn = (text: string) =>
  Object.values(world.secrets).filter((s) => !s.startsWith("http") && text.includes(s));
/** The log, less the lines that mask the secrets (the only place a secret may appear). */
const shown = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");

/** The accounts command of a workflow's first job: its matrix entries. */
async function matrixOf(file: string, options: { event: unknown; eventName: string }) {
  const run = await world.run(world.step(file, "accounts"), options);
  expect(run.code, run.stdout).toBe(0);
  const matrix = JSON.parse(run.outputs.matrix!) as {
    include: { account: AccountName; env: string; file: string }[];
  };
  expect(JSON.parse(run.outputs.accounts!)).toEqual(matrix.include.map((e) => e.account));
  return { run, entries: matrix.include };
}

describe(
  "the pull request's plan: ONE job, ONE comment, a section per changed account",
  { timeout: 300_000 },
  () => {
    it("plans the accounts the pull request changes (files, and entries of wxbl.yaml), each with its own secret", async () => {
      world.github.pullRequestFiles.set(7, [
        { filename: "wxbl.yaml" },
        { filename: fileOf("main") },
        { filename: fileOf("shop") },
      ]);
      const step = world.step("wxbl-plan.yml", "plan");
      const run = await world.run(step, pullRequest());
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({ "exit-code": "2", changes: "true" });
      expect(run.stdout).toContain(
        "3 of 4 accounts, whose file or entry in wxbl.yaml changed: `main`, `shop`, `brand-cn`.",
      );
      expect(run.stdout).toMatch(/wxbl plan .*--account main --account shop --account brand-cn/);

      expect(world.github.comments).toHaveLength(1);
      const body = world.github.comments[0]!.body;
      expect(body.split("\n")[0]).toBe("<!-- wxbl:comment -->");
      expect(body).toContain("## wxbl plan: 3 accounts");
      expect(body).toContain("## Account `main`");
      expect(body).toContain("## Account `shop`");
      expect(body).not.toContain("## Account `brand-cn`"); // its entry changed, its plan has no change
      expect(body).toMatch(
        /\| `brand-cn` \| `accounts\/brand-cn\/blacklist\.yaml` \| 0 \| 0 \| 8 \| no changes \|/,
      );
      expect(body).not.toContain("news");
      for (const name of ["main", "shop"] as const) {
        for (const id of ids[name].toBlock) expect(body).toContain(id);
      }
      expect(run.summary).toContain("## Account `shop`");
      // Each account read through its own credentials; news was never asked.
      for (const name of ["main", "shop", "brand-cn"] as const) {
        expect(tokenCalls(name), name).toBe(1);
        expect(state(name).errcodes["40125"], name).toBeUndefined();
      }
      expect(state("news").calls).toEqual([]);
      expect(world.github.calls.filter((c) => c.method === "GET").map((c) => c.path)).toContain(
        "/repos/octo-org/blacklist/pulls/7/files",
      );
      expect(world.github.calls.some((c) => c.path.startsWith("/search"))).toBe(false);
      expect(secretsIn(shown(run.stdout) + run.stderr + run.summary + body)).toEqual([]);

      // The next push edits the same comment.
      const again = await world.run(step, pullRequest());
      expect(again.outputs["exit-code"]).toBe("2");
      expect(world.github.comments).toHaveLength(1);
      expect(world.github.writes().at(-1)).toMatchObject({ method: "PATCH" });
    });

    it("a pull request that changes no account: the comment says so, WeChat is not asked", async () => {
      world.github.pullRequestFiles.set(7, [{ filename: ".github/workflows/wxbl-plan.yml" }]);
      const run = await world.run(world.step("wxbl-plan.yml", "plan"), pullRequest());
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ "exit-code": "0", changes: "false" });
      expect(world.github.comments).toHaveLength(1);
      expect(world.github.comments[0]!.body).toContain("This pull request changes no account");
      for (const name of NAMES) expect(state(name).calls, name).toEqual([]);
    });

    it("a wxbl.yaml that is not valid fails the step at its line, instead of planning as the inputs say", async () => {
      writeFileSync(
        join(world.repo, "wxbl.yaml"),
        `accounts:\n  main:\n    file: ${fileOf("main")}\n    fiel: x.yaml\n`,
      );
      world.github.pullRequestFiles.set(7, [{ filename: fileOf("main") }]);
      const run = await world.run(world.step("wxbl-plan.yml", "plan"), pullRequest());
      expect(run.code).toBe(1);
      expect(run.outputs["exit-code"]).toBe("3");
      expect(run.stdout).toMatch(/^::error::wxbl\.yaml is not valid \(1 problem\)/m);
      expect(run.stdout).toMatch(/wxbl\.yaml:4:5\b[^\n]*unknown key "fiel" in account main/);
      expect(world.github.comments).toEqual([]);
      for (const name of NAMES) expect(state(name).calls, name).toEqual([]);
    });
  },
);

describe(
  "apply: the push's changed accounts as a matrix, a job each with its own secrets",
  { timeout: 300_000 },
  () => {
    it("applies each changed account in its own job; news is never touched", async () => {
      const { run: listed, entries } = await matrixOf("wxbl-apply.yml", push());
      expect(entries).toEqual([
        { account: "main", env: "MAIN", file: fileOf("main") },
        { account: "shop", env: "SHOP", file: fileOf("shop") },
        { account: "brand-cn", env: "BRAND_CN", file: fileOf("brand-cn") },
      ]);
      expect(listed.summary).toContain("3 of 4 accounts, whose file or entry in wxbl.yaml changed");
      const reports = new Set<string>();
      for (const entry of entries) {
        const before = NAMES.map((name) => state(name).calls.length);
        const step = world.step("wxbl-apply.yml", "apply", entry);
        // Only its own account's secret is among its inputs.
        expect(secretsIn(JSON.stringify(step))).toEqual([
          world.sandbox.account(entry.account).secret,
        ]);
        const run = await world.run(step, push());
        expect(run.code, run.stdout).toBe(0);
        expect(run.outputs["exit-code"]).toBe("0");
        reports.add(run.outputs.report!);
        const report = JSON.parse(readFileSync(run.outputs.report!, "utf8")) as {
          format: string;
          accounts: Record<string, { blocked: string[] }>;
        };
        expect(Object.keys(report.accounts)).toEqual([entry.account]);
        // Only this job's account was called.
        NAMES.forEach((name, i) => {
          const called = state(name).calls.length > before[i]!;
          expect(called, `${entry.account}'s job called ${name}`).toBe(name === entry.account);
        });
        expect(secretsIn(shown(run.stdout) + run.stderr + run.summary)).toEqual([]);
      }
      expect(reports.size).toBe(3);
      for (const name of ["main", "shop", "brand-cn"] as const) {
        expect(state(name).blacklist.sort(), name).toEqual([...headUsers(name)].sort());
      }
      expect(state("news").calls).toEqual([]);
      expect(state("news").blacklist.sort()).toEqual([...live("news")].sort());
    });

    it("another account's secret in a job is refused by WeChat, and that account is not touched", async () => {
      const step = world.step("wxbl-apply.yml", "apply", { account: "main", env: "MAIN" });
      const swapped = {
        ...step,
        inputs: { ...step.inputs, "app-secret": world.sandbox.account("shop").secret },
      };
      const run = await world.run(swapped, push());
      expect(run.code).toBe(1);
      expect(run.outputs["exit-code"]).toBe("1");
      expect(state("main").errcodes["40125"]).toBe(1);
      expect(state("main").blacklist.sort()).toEqual([...live("main")].sort());
      expect(state("shop").calls).toEqual([]);
    });

    it("by hand: the accounts named, or every account; an unknown name fails the step", async () => {
      const dispatch = {
        event: { inputs: { accounts: "news shop" } },
        eventName: "workflow_dispatch",
      };
      const named = world.step("wxbl-apply.yml", "accounts");
      const run = await world.run(
        { ...named, inputs: { ...named.inputs, account: "news shop" } },
        dispatch,
      );
      expect(JSON.parse(run.outputs.accounts!)).toEqual(["shop", "news"]); // wxbl.yaml's order
      const every = await matrixOf("wxbl-apply.yml", { event: {}, eventName: "workflow_dispatch" });
      expect(every.entries.map((e) => e.account)).toEqual([...NAMES]);
      const unknown = await world.run(
        { ...named, inputs: { ...named.inputs, account: "shops" } },
        dispatch,
      );
      expect(unknown.code).toBe(1);
      expect(unknown.outputs["exit-code"]).toBe("3");
      expect(unknown.stdout).toMatch(
        /^::error::no account "shops" in wxbl\.yaml; did you mean "shop"\?/m,
      );
    });
  },
);

describe("drift: a job per account, each with its own issue", { timeout: 300_000 }, () => {
  it("opens, updates and closes each account's issue, touching no other", async () => {
    // The head commit's files, as if merged and not yet applied: main and shop have drifted.
    const { entries } = await matrixOf("wxbl-drift.yml", schedule);
    expect(entries.map((e) => e.account)).toEqual([...NAMES]);
    // An issue from before the accounts (no account in its marker): no account's job touches it.
    world.github.issues.push({
      number: 50,
      title: "Blacklist drift detected",
      body: "<!-- wxbl:drift -->\nold",
      state: "open",
      labels: ["wxbl-drift"],
    });
    const drift = (name: AccountName) =>
      world.run(
        world.step(
          "wxbl-drift.yml",
          "drift",
          entries.find((e) => e.account === name)!,
        ),
        schedule,
      );
    for (const entry of entries) {
      const run = await drift(entry.account);
      expect(run.code, run.stdout).toBe(0);
      const drifted = entry.account === "main" || entry.account === "shop";
      expect(run.outputs["exit-code"], entry.account).toBe(drifted ? "2" : "0");
    }
    const issueOf = (name: AccountName) =>
      world.github.issues.find((i) => i.body.startsWith(`<!-- wxbl:drift account=${name} -->\n`));
    const main = issueOf("main")!;
    const shop = issueOf("shop")!;
    expect(world.github.issues).toHaveLength(3);
    expect(main).toMatchObject({ state: "open", labels: ["wxbl-drift"] });
    expect(main.title).toContain("main");
    expect(main.body).toContain(fileOf("main"));
    expect(main.body).toContain(ids.main.toBlock[0]);
    expect(main.body).not.toContain(ids.shop.toBlock[0]);
    expect(shop.body).toContain(ids.shop.toBlock[0]);
    expect(issueOf("brand-cn")).toBeUndefined();

    // main is applied; its next drift job closes its issue and touches nothing else.
    const applied = await world.run(
      world.step(
        "wxbl-apply.yml",
        "apply",
        entries.find((e) => e.account === "main")!,
      ),
      push(),
    );
    expect(applied.outputs["exit-code"]).toBe("0");
    const writes = world.github.writes().length;
    const closed = await drift("main");
    expect(closed.outputs["exit-code"]).toBe("0");
    const after = world.github.writes().slice(writes);
    expect(after.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /repos/octo-org/blacklist/issues/${main.number}/comments`,
      `PATCH /repos/octo-org/blacklist/issues/${main.number}`,
    ]);
    expect(main.state).toBe("closed");
    // shop's next job updates shop's issue only.
    const updated = await drift("shop");
    expect(updated.outputs["exit-code"]).toBe("2");
    expect(
      world.github
        .writes()
        .slice(writes + 2)
        .map((c) => `${c.method} ${c.path}`),
    ).toEqual([`PATCH /repos/octo-org/blacklist/issues/${shop.number}`]);
    expect(shop.state).toBe("open");
    expect(world.github.issues.find((i) => i.number === 50)).toMatchObject({
      state: "open",
      body: "<!-- wxbl:drift -->\nold",
    });
  });
});

describe(
  "expire: a job per account, lifting only that account's lapsed bans",
  { timeout: 300_000 },
  () => {
    it("unblocks the account's expired entries and nothing else, in no other account", async () => {
      // news: one of its live entries has lapsed. shop: one too, beside the blocks and unblocks
      // its file asks for (which expire leaves to apply).
      const lapsed = { news: ids.news.stray[0]!, shop: ids.shop.kept[0]! };
      const rewrite = (name: "news" | "shop", users: string[]) =>
        writeFileSync(
          join(world.repo, fileOf(name)),
          desiredFile({
            appid: world.sandbox.account(name).appid,
            users: users.map((openid) =>
              openid === lapsed[name] ? { openid, expires: "2020-01-01" } : openid,
            ),
          }).text,
        );
      rewrite("news", live("news"));
      rewrite("shop", headUsers("shop"));
      const { entries } = await matrixOf("wxbl-drift.yml", schedule);
      for (const name of ["news", "shop"] as const) {
        const before = NAMES.map((other) => state(other).calls.length);
        const step = world.step(
          "wxbl-drift.yml",
          "expire",
          entries.find((e) => e.account === name)!,
        );
        expect(secretsIn(JSON.stringify(step))).toEqual([world.sandbox.account(name).secret]);
        const run = await world.run(step, schedule);
        expect(run.code, run.stdout).toBe(0);
        expect(run.outputs["exit-code"]).toBe("0");
        const report = JSON.parse(readFileSync(run.outputs.report!, "utf8")) as {
          accounts: Record<string, { unblocked: string[]; blocked: string[] }>;
        };
        expect(Object.keys(report.accounts)).toEqual([name]);
        expect(report.accounts[name]!.unblocked).toEqual([lapsed[name]]);
        expect(report.accounts[name]!.blocked).toEqual([]);
        NAMES.forEach((other, i) => {
          const called = state(other).calls.length > before[i]!;
          expect(called, `${name}'s job called ${other}`).toBe(other === name);
        });
        expect(secretsIn(shown(run.stdout) + run.stderr + run.summary)).toEqual([]);
      }
      expect(state("news").blacklist.sort()).toEqual(
        live("news")
          .filter((id) => id !== lapsed.news)
          .sort(),
      );
      // shop: only the lapsed ban lifted; its pending blocks and unblocks wait for apply.
      expect(state("shop").blacklist.sort()).toEqual(
        live("shop")
          .filter((id) => id !== lapsed.shop)
          .sort(),
      );
      for (const name of ["main", "brand-cn"] as const) {
        expect(state(name).calls, name).toEqual([]);
      }
    });
  },
);
