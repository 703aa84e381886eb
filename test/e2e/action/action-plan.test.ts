import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  followers,
  GITHUB_TOKEN,
  linesBeforeMask,
  startActionWorld,
  type ActionWorld,
} from "./action-fixture.js";

/**
 * The Action's `plan` on a pull request, run as the runner runs it (node action/dist/index.js,
 * INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH) against the sandbox, with
 * the GitHub stand-in recording the comment calls.
 */
let world: ActionWorld;
beforeEach(async () => {
  world = await startActionWorld();
});
afterEach(async () => {
  await world.close();
});

const commentPath = "/repos/octo-org/blacklist/issues/7/comments";

describe("the Action: plan on a pull request", { timeout: 120_000 }, () => {
  it("posts ONE sticky comment with the plan and the file diff, then edits it in place", async () => {
    const first = await world.run({ command: "plan", ...world.credentials() });
    expect(first.code).toBe(0); // exit 2 (changes pending) is not a failure of the step
    expect(first.outputs).toMatchObject({ "exit-code": "2", changes: "true", report: "" });
    const markdown = readFileSync(first.outputs.markdown!, "utf8");
    expect(markdown).toContain(followers[12]);
    expect(first.summary).toContain(markdown.trim());
    expect(world.github.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST ${commentPath}`,
    ]);
    const [comment] = world.github.comments;
    expect(comment!.body.split("\n")[0]).toBe("<!-- wxbl:comment -->");
    expect(comment!.body).toContain(followers[12]);
    expect(comment!.body).toContain("<summary>What this pull request changes in the file");
    expect(comment!.body).toContain(`Planned for ${world.headSha.slice(0, 7)}`);
    expect(comment!.body).toContain("https://github.com/octo-org/blacklist/actions/runs/4242");
    // Only a plan: nothing was written to WeChat.
    expect(world.sandbox.state().counts["/cgi-bin/tags/members/batchblacklist"] ?? 0).toBe(0);

    const second = await world.run({ command: "plan", ...world.credentials() });
    expect(second.code).toBe(0);
    expect(world.github.comments).toHaveLength(1);
    expect(world.github.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST ${commentPath}`,
      `PATCH /repos/octo-org/blacklist/issues/comments/${comment!.id}`,
    ]);
    expect(world.github.calls.every((c) => c.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);
    expect(world.github.calls.some((c) => c.path.startsWith("/search"))).toBe(false);
  });

  it("masks every secret input before printing anything, and never shows one anywhere", async () => {
    const proxy = "http://user:s3cr3t-proxy-pass@127.0.0.1:9"; // not used: NO_PROXY below
    const run = await world.run(
      { command: "plan", ...world.credentials(), "https-proxy": proxy },
      { env: { NO_PROXY: "127.0.0.1" } },
    );
    expect(run.outputs["exit-code"]).toBe("2");
    for (const secret of [world.sandbox.secret, GITHUB_TOKEN, proxy]) {
      expect(run.stdout).toContain(`::add-mask::${secret}`);
      expect(linesBeforeMask(run.stdout, secret)).toEqual([]);
      const shown = run.stdout.replace(`::add-mask::${secret}`, "");
      for (const text of [shown, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
        expect(text).not.toContain(secret);
      }
      expect(world.github.comments[0]!.body).not.toContain(secret);
      expect(readFileSync(run.outputs.markdown!, "utf8")).not.toContain(secret);
    }
  });

  it("in Chinese with lang: zh-CN (the comment's frame from the catalogue)", async () => {
    const run = await world.run({ command: "plan", lang: "zh-CN", ...world.credentials() });
    expect(run.outputs["exit-code"]).toBe("2");
    const body = world.github.comments[0]!.body;
    expect(body).toContain("每次推送都会更新");
    expect(body).not.toContain("updated on every push");
    // The plan and the file diff inside it are in Chinese too, from the renderers.
    expect(body).toContain("### wxbl 计划：`blacklist.yaml`");
    expect(body).toMatch(/\*\*拉黑 \d+ 个，取消拉黑 \d+ 个\*\*/);
    expect(body).toContain("<summary>这个拉取请求对文件做了哪些修改（wxbl diff）</summary>");
    expect(body).toContain("### wxbl diff：`blacklist.yaml` 相对 ");
    expect(body).not.toMatch(/to block|to unblock|Guards: passed/);
    expect(readFileSync(run.outputs.markdown!, "utf8")).toContain("### wxbl 计划");
  });

  it("a fork's pull request gets no comment and no call to GitHub", async () => {
    const run = await world.run(
      { command: "plan", ...world.credentials() },
      { event: world.pullRequestEvent({ fork: true }) },
    );
    expect(run.outputs["exit-code"]).toBe("2");
    expect(run.stdout).toMatch(/^::notice::This pull request comes from a fork/m);
    expect(world.github.calls).toEqual([]);
  });

  it("comment: false leaves the pull request alone; the summary still has the plan", async () => {
    const run = await world.run({ command: "plan", comment: "false", ...world.credentials() });
    expect(run.outputs["exit-code"]).toBe("2");
    expect(run.summary).toContain(followers[12]);
    expect(world.github.calls).toEqual([]);
  });

  it("a failed plan (no credentials) fails the step, with the error in the comment and the summary", async () => {
    const run = await world.run({ command: "plan" });
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("3");
    expect(run.outputs.changes).toBe("false");
    expect(run.stdout).toMatch(/^::error::wxbl plan exited 3/m);
    expect(run.summary).toContain("### wxbl plan failed (exit 3)");
    expect(run.summary).toContain("WeChat credentials are missing");
    expect(world.github.comments).toHaveLength(1);
    expect(world.github.comments[0]!.body).toContain("### wxbl plan failed (exit 3)");
  });

  it("without GitHub's permission to comment, fails naming the permission", async () => {
    await world.github.close(); // nothing answers at GITHUB_API_URL
    const run = await world.run({ command: "plan", ...world.credentials() });
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("1");
    expect(run.stdout).toMatch(/::error::could not post the pull-request comment/);
    expect(run.stdout).toContain("pull-requests: write");
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
