import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "../../src/sandbox/index.js";
import {
  accountsFixture,
  accountTrafficProxy,
  anyCalls,
  linesNotNaming,
  type Fixture,
} from "./accounts-fixture.js";
import { desiredFile, envFor, openids, tempDir, wxbl, writeText } from "./run-wxbl.js";

let fx: Fixture;
beforeEach(async () => {
  fx = await accountsFixture([
    { name: "main", prefix: "Mn8Qz" },
    { name: "shop", prefix: "sH0p-" },
    { name: "web-cn", prefix: "W3b_c" },
  ]);
});
afterEach(() => fx.close());

const names = ["main", "shop", "web-cn"];
const touched = () => names.filter((name) => anyCalls(fx.state(name)) > 0);

describe("which accounts a command works on (SPEC 11)", () => {
  it.each([
    { name: "plan without flags works on every account", args: ["plan"], code: 0, accounts: names },
    {
      name: "--account narrows plan to one",
      args: ["plan", "--account", "shop"],
      code: 0,
      accounts: ["shop"],
    },
    {
      name: "--account repeats, and the output follows wxbl.yaml's order",
      args: ["plan", "--account", "web-cn", "--account", "main"],
      code: 0,
      accounts: ["main", "web-cn"],
    },
    { name: "--all is every account", args: ["plan", "--all"], code: 0, accounts: names },
    {
      name: "apply without --account or --all is exit 3, nothing called",
      args: ["apply", "--yes"],
      code: 3,
      accounts: [],
    },
    {
      name: "apply --account changes only that account",
      args: ["apply", "--yes", "--account", "shop"],
      code: 0,
      accounts: ["shop"],
    },
    {
      name: "an unknown account is exit 3 with a did-you-mean, nothing called",
      args: ["plan", "--account", "shpo"],
      code: 3,
      accounts: [],
      stderr: /no account "shpo" in wxbl\.yaml; did you mean "shop"\?/,
    },
    {
      name: "--all with --account is exit 3",
      args: ["apply", "--yes", "--all", "--account", "main"],
      code: 3,
      accounts: [],
    },
    {
      name: "--file with a wxbl.yaml is exit 3",
      args: ["plan", "--file", "accounts/main/blacklist.yaml"],
      code: 3,
      accounts: [],
      stderr: /--file cannot be used here: wxbl\.yaml/,
    },
    {
      name: "--parallel out of range is exit 3",
      args: ["plan", "--parallel", "0"],
      code: 3,
      accounts: [],
    },
  ])("$name", async ({ args, code, accounts, stderr }) => {
    const run = await fx.run(args);
    expect(run.code, run.stderr).toBe(code);
    expect(touched()).toEqual(accounts);
    if (stderr) expect(run.stderr).toMatch(stderr);
    if (code === 0) {
      const named = new Set([...run.stdout.matchAll(/^\[([a-z0-9-]+)\]/gm)].map((m) => m[1]));
      expect([...named]).toEqual(accounts);
    }
  });

  it("names the account on every line of text output, on stdout and stderr", async () => {
    const run = await fx.run(["apply", "--all", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect(linesNotNaming(run.stdout)).toEqual([]);
    expect(linesNotNaming(run.stderr)).toEqual([]);
    expect(run.stdout).toContain("[shop] Plan: 3 to block, 2 to unblock, 6 unchanged.");
    expect(run.stdout).toContain("[web-cn] Verified: the live list shows every change.");
    for (const name of names) {
      const { kept, toBlock } = fx.ids[name]!;
      expect(new Set(fx.state(name).blacklist)).toEqual(new Set([...kept, ...toBlock]));
    }
  });

  it("validate, fmt --check and plan --detailed-exitcode cover every account", async () => {
    expect((await fx.run(["validate"])).code).toBe(0);
    expect((await fx.run(["fmt", "--check"])).code).toBe(0);
    const plan = await fx.run(["plan", "--detailed-exitcode"]);
    expect(plan.code).toBe(2);
    await fx.run(["apply", "--all", "--yes"]);
    expect((await fx.run(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("fmt rewrites each account's file in place, naming the account", async () => {
    const file = join(fx.dir, "accounts/shop/blacklist.yaml");
    const { kept, toBlock } = fx.ids.shop!;
    writeFileSync(
      file,
      desiredFile({
        users: [...toBlock, ...kept].reverse(),
        appid: fx.sandbox.account("shop").appid,
      }).text,
    );
    const check = await fx.run(["fmt", "--check"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^\[shop\] accounts\/shop\/blacklist\.yaml is not formatted/m);
    const fmt = await fx.run(["fmt"]);
    expect(fmt.code).toBe(0);
    expect(fmt.stderr).toContain("[shop] accounts/shop/blacklist.yaml: formatted");
    expect(fmt.stderr).toContain("[main] accounts/main/blacklist.yaml: already formatted");
    const ids = [...readFileSync(file, "utf8").matchAll(/^ {2}- (o\S+)$/gm)].map((m) => m[1]);
    expect(ids).toEqual([...kept, ...toBlock].sort());
  });

  it("export writes each account's live list to its file, with its appid", async () => {
    const run = await fx.run(["export", "--account", "web-cn"]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(fx.dir, "accounts/web-cn/blacklist.yaml"), "utf8");
    expect(text).toContain(`appid: ${fx.sandbox.account("web-cn").appid}`);
    const { kept, stray } = fx.ids["web-cn"]!;
    expect([...text.matchAll(/^ {2}- (o\S+)$/gm)].map((m) => m[1])).toEqual(
      [...kept, ...stray].sort(),
    );
    expect(run.stderr).toContain("[web-cn] Exported 8 blocked openids");
    expect(touched()).toEqual(["web-cn"]);
    expect((await fx.run(["export", "--out", "x.yaml"])).code).toBe(3);
  });

  it("an account's file without appid: is exit 3 for that account; the others go on", async () => {
    await fx.close();
    fx = await accountsFixture([
      { name: "main", prefix: "Mn8Qz" },
      { name: "shop", prefix: "sH0p-", noAppid: true },
    ]);
    const plan = await fx.run(["plan"]);
    expect(plan.code).toBe(3);
    expect(plan.stderr).toMatch(
      /^\[shop\] wxbl: accounts\/shop\/blacklist\.yaml \(account shop\) has no appid: line/m,
    );
    expect(plan.stdout).toContain("[main] Plan: 3 to block, 2 to unblock, 6 unchanged.");
    expect(plan.stdout).toContain("[shop] No plan (exit 3)");
    expect(anyCalls(fx.state("shop"))).toBe(0);
    const validate = await fx.run(["validate"]);
    expect(validate.code).toBe(3);
    expect(validate.stdout).toMatch(
      /^\[shop\] accounts\/shop\/blacklist\.yaml:1:1: error: .*has no appid: line/m,
    );
  });
});

describe("validate with several accounts", () => {
  it("JSON holds wxbl.yaml's check and each account's, markdown a section each", async () => {
    const file = join(fx.dir, "accounts/shop/blacklist.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("users:", "user:"));
    const json = await fx.run(["validate", "--format", "json"]);
    expect(json.code).toBe(3);
    const data = JSON.parse(json.stdout) as {
      config: { file: string; errors: number };
      accounts: Record<string, { file: string; errors: number; users: number }>;
      errors: object;
    };
    expect(data.config).toMatchObject({ file: "wxbl.yaml", errors: 0 });
    expect(Object.keys(data.accounts)).toEqual(names);
    expect(data.accounts.main).toMatchObject({
      file: "accounts/main/blacklist.yaml",
      errors: 0,
      users: 9,
    });
    expect(data.accounts.shop?.errors).toBeGreaterThan(0);
    expect(data.errors).toEqual({});
    const markdown = await fx.run(["validate", "--format", "markdown"]);
    expect(markdown.stdout).toContain(
      "## Account `main`\n\nNo problems in `accounts/main/blacklist.yaml`.",
    );
    expect(markdown.stdout).toMatch(
      /## Account `shop`\n\n- \*\*error\*\* `accounts\/shop\/blacklist\.yaml:\d+:\d+`/,
    );
    expect(markdown.stderr).toMatch(
      /^\[shop\] accounts\/shop\/blacklist\.yaml: [1-9]\d* errors?, /m,
    );
  });

  it("under GitHub Actions, text output adds annotations on each account's file, unprefixed", async () => {
    const file = join(fx.dir, "accounts/web-cn/blacklist.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}  - 1234\n`);
    const run = await fx.run(["validate"], { env: { GITHUB_ACTIONS: "true" } });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(
      /^::error file=accounts\/web-cn\/blacklist\.yaml,line=\d+,col=\d+::openid 1234 is read by YAML as a number/m,
    );
    expect(run.stdout).toMatch(
      /^\[web-cn\] accounts\/web-cn\/blacklist\.yaml:\d+:\d+: error: openid 1234/m,
    );
  });
});

describe("wxbl.yaml (SPEC 11)", () => {
  it.each([
    {
      name: "an unknown key, with a did-you-mean at its line and column",
      yaml: "accounts:\n  main:\n    file: a.yaml\n    evn: MAIN\n",
      expected: 'wxbl.yaml:4:5: error: unknown key "evn" in account main; did you mean "env"?',
    },
    {
      name: "a name that is not lowercase letters, digits and -",
      yaml: "accounts:\n  Main_Shop:\n    file: a.yaml\n",
      expected:
        'wxbl.yaml:2:3: error: account name "Main_Shop" may use only lowercase letters, digits and - (at most 64); e.g. "main-shop"',
    },
    {
      name: "an account without a file",
      yaml: "accounts:\n  main:\n    env: MAIN\n",
      expected: "wxbl.yaml:2:3: error: account main has no file",
    },
    {
      name: "two accounts sharing their variables",
      yaml: "accounts:\n  main-cn:\n    file: a.yaml\n  other:\n    file: b.yaml\n    env: MAIN_CN\n",
      expected:
        "wxbl.yaml:6:10: error: account other would use the variables of account main-cn (line 2): WECHAT_MAIN_CN_...",
    },
  ])("is exit 3 with every problem: $name", async ({ yaml, expected }) => {
    writeFileSync(join(fx.dir, "wxbl.yaml"), yaml);
    const validate = await fx.run(["validate"]);
    expect(validate.code).toBe(3);
    expect(validate.stdout).toContain(expected);
    const plan = await fx.run(["plan"]);
    expect(plan.code).toBe(3);
    expect(plan.stderr).toContain(expected);
    expect(touched()).toEqual([]);
  });

  it("its problems are in the operator's language", async () => {
    writeFileSync(join(fx.dir, "wxbl.yaml"), "accounts:\n  main:\n    fiel: a.yaml\n");
    const run = await fx.run(["plan", "--lang", "zh-CN"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      'wxbl.yaml:3:5: 错误：未知的键 "fiel"（公众号 main）；是不是想写 "file"？',
    );
    expect(run.stderr).toContain("wxbl.yaml 无效（2 个问题）");
  });

  it("without a wxbl.yaml, --account and --all are exit 3 and --file works as always", async () => {
    const { dir, remove } = tempDir("wxbl-one-");
    const box = await startSandbox({ state: { followers: openids("One", 2), blacklist: [] } });
    try {
      writeText(dir, "blacklist.yaml", desiredFile({ users: openids("One", 2) }).text);
      const run = (args: string[]) => wxbl(args, { cwd: dir, env: envFor(box) });
      const named = await run(["plan", "--account", "main"]);
      expect(named.code).toBe(3);
      expect(named.stderr).toContain("--account needs a wxbl.yaml in the current directory");
      expect((await run(["apply", "--all", "--yes"])).code).toBe(3);
      const plain = await run(["plan", "--file", "blacklist.yaml"]);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toContain("Plan: 2 to block, 0 to unblock, 0 unchanged.");
    } finally {
      await box.close();
      remove();
    }
  });
});

describe("--parallel (SPEC 11)", () => {
  it.each([
    { parallel: 1, hold: undefined },
    { parallel: 2, hold: 2 },
    { parallel: 3, hold: 3 },
  ])(
    "--parallel $parallel works on that many accounts at once, never more",
    async ({ parallel, hold }) => {
      const proxy = await accountTrafficProxy(fx.sandbox, { holdUntil: hold });
      try {
        const run = await fx.run(["plan", "--parallel", String(parallel)], {
          env: { WECHAT_API_BASE: proxy.url },
        });
        expect(run.code, run.stderr).toBe(0);
        expect(new Set(proxy.events.map((e) => e.account))).toEqual(new Set(names));
        expect(proxy.maxAtOnce()).toBe(parallel);
      } finally {
        await proxy.close();
      }
    },
  );
});
