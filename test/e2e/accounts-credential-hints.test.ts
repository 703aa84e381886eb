import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxState } from "../../src/sandbox/index.js";
import {
  accountCalls,
  accountsFixture,
  type AccountShape,
  type Fixture,
} from "./accounts-fixture.js";
import { desiredFile, openids, stableToken, tempDir, wxbl, type Run } from "./run-wxbl.js";

/**
 * When WeChat rejects an account's AppID, AppSecret or token, the hint names that account and
 * the variable its credentials came from (WECHAT_<ENV>_...), never the single-account
 * WECHAT_APPSECRET / WECHAT_ACCESS_TOKEN that wxbl.yaml turns off (SPEC 11), in both languages.
 * Without wxbl.yaml the hints are the single-account ones, word for word.
 */

let fx: Fixture | undefined;
let single: { sandbox: Sandbox; dir: string; remove: () => void } | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
  await single?.sandbox.close();
  single?.remove();
  single = undefined;
});

const WRONG_SECRET = "wrong-secret-for-shop-0123456789";
const UNISSUED_TOKEN = "not-a-token-anyone-issued-0123456789";

/** Three accounts; the two that do not fail meet faults of their own and ride them out. */
const shapes = (shop: AccountShape["sandbox"] = {}): AccountShape[] => [
  { name: "main", prefix: "Mn8Qz", sandbox: { seed: 5, faults: { busyRate: 0.3 } } },
  { name: "shop", prefix: "sH0p-", sandbox: shop },
  { name: "web", prefix: "W3b_c", sandbox: { faults: { tokenExpiryEvery: 4 } } },
];

/** Every credential variable the output names. */
const variablesNamed = (run: Run) =>
  new Set((run.stdout + run.stderr).match(/WECHAT_[A-Z0-9_]*(APPID|APPSECRET|ACCESS_TOKEN)\b/g));

/** The account's blacklist is what its file asks for. */
function matchesFile(name: string): boolean {
  const { kept, toBlock } = fx!.ids[name]!;
  return sameIds(fx!.state(name).blacklist, [...kept, ...toBlock]);
}

/** The account's blacklist is what it was before the run. */
function untouched(name: string): boolean {
  const { kept, stray } = fx!.ids[name]!;
  return sameIds(fx!.state(name).blacklist, [...kept, ...stray]);
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();
const faulted = (state: SandboxState) => state.calls.filter((c) => c.fault !== undefined).length;
const errcodesOf = (state: SandboxState) =>
  Object.keys(state.errcodes).filter((code) => code !== "0" && code !== "-1" && code !== "42001");

/** No account's secret, and no value given in the run's variables, appears in its output. */
function expectNoSecret(run: Run, ...given: string[]): void {
  const out = run.stdout + run.stderr;
  for (const account of fx?.sandbox.accounts ?? []) expect(out).not.toContain(account.secret);
  for (const value of given) expect(out).not.toContain(value);
}

describe("a rejected AppSecret (40125) names the failing account's own variable (SPEC 11)", () => {
  it.each([
    {
      lang: "en",
      line: "[shop] wxbl: stable_token failed: the AppSecret is invalid (errcode 40125). Next: check WECHAT_SHOP_APPSECRET, account shop's AppSecret, against that account's admin console (Settings and Development > Basic Configuration).",
    },
    {
      lang: "zh-CN",
      line: "[shop] wxbl：stable_token 调用失败：AppSecret 无效（errcode 40125）。下一步：到公众号 shop 的后台（设置与开发 > 基本配置）核对 WECHAT_SHOP_APPSECRET（这个公众号的 AppSecret）。",
    },
  ])(
    "apply --all in $lang: shop's hint names WECHAT_SHOP_APPSECRET; main and web apply through their own faults",
    async ({ lang, line }) => {
      fx = await accountsFixture(shapes());
      const run = await fx.run(["apply", "--all", "--yes", "--lang", lang], {
        env: { WECHAT_SHOP_APPSECRET: WRONG_SECRET },
      });
      expect(run.code).toBe(1);
      expect(run.stderr.split("\n")).toContain(line);
      // The only credential variable named is the failing account's own secret.
      expect([...variablesNamed(run)]).toEqual(["WECHAT_SHOP_APPSECRET"]);
      // The 40125 is shop's alone: one token call, refused, nothing else called there.
      expect(fx.state("shop").errcodes).toEqual({ "40125": 1 });
      expect(untouched("shop")).toBe(true);
      for (const name of ["main", "web"]) {
        expect(matchesFile(name)).toBe(true);
        expect(faulted(fx.state(name))).toBeGreaterThan(0);
        expect(errcodesOf(fx.state(name))).toEqual([]);
      }
      expectNoSecret(run, WRONG_SECRET);
    },
  );

  it("--format json: the message of shop's error names its variable; main and web have their plans", async () => {
    fx = await accountsFixture(shapes());
    const run = await fx.run(["plan", "--all", "--format", "json"], {
      env: { WECHAT_SHOP_APPSECRET: WRONG_SECRET },
    });
    expect(run.code).toBe(1);
    const plans = JSON.parse(run.stdout) as {
      accounts: Record<string, unknown>;
      errors: Record<string, { exit_code: number; message: string }>;
    };
    expect(Object.keys(plans.accounts).sort()).toEqual(["main", "web"]);
    expect(plans.errors).toEqual({
      shop: {
        exit_code: 1,
        message:
          "stable_token failed: the AppSecret is invalid (errcode 40125). Next: check WECHAT_SHOP_APPSECRET, account shop's AppSecret, against that account's admin console (Settings and Development > Basic Configuration).",
      },
    });
    expectNoSecret(run, WRONG_SECRET);
  });
});

describe("the other credential hints name the failing account's variables (SPEC 11)", () => {
  it.each([
    {
      lang: "en",
      line: "[shop] wxbl: stable_token failed: the AppID is invalid (errcode 40013). Next: check the appid line of accounts/shop/blacklist.yaml (and WECHAT_SHOP_APPID, when set): it must be account shop's AppID (wx followed by 16 characters).",
    },
    {
      lang: "zh-CN",
      line: "[shop] wxbl：stable_token 调用失败：AppID 无效（errcode 40013）。下一步：检查 accounts/shop/blacklist.yaml 里的 appid 一行（以及设置了的话 WECHAT_SHOP_APPID）：它应当是公众号 shop 的 AppID（wx 开头，后面 16 个字符）。",
    },
  ])(
    "an appid WeChat does not know (40013), in $lang: the account's file and WECHAT_SHOP_APPID",
    async ({ lang, line }) => {
      fx = await accountsFixture(shapes());
      const file = join(fx.dir, "accounts/shop/blacklist.yaml");
      const shopAppid = fx.sandbox.account("shop").appid;
      writeFileSync(file, readFileSync(file, "utf8").replace(shopAppid, "wx00000000000000ff"));
      const run = await fx.run(["plan", "--all", "--lang", lang]);
      expect(run.code).toBe(1);
      expect(run.stderr.split("\n")).toContain(line);
      expect([...variablesNamed(run)]).toEqual(["WECHAT_SHOP_APPID"]);
      for (const name of ["main", "web"]) expect(errcodesOf(fx.state(name))).toEqual([]);
      expectNoSecret(run);
    },
  );

  it("a token given in WECHAT_WEB_ACCESS_TOKEN and rejected (40001): the warning and the error name it and web", async () => {
    fx = await accountsFixture(shapes());
    const run = await fx.run(["apply", "--all", "--yes"], {
      env: { WECHAT_WEB_ACCESS_TOKEN: UNISSUED_TOKEN },
    });
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n");
    expect(lines).toContain(
      `[web] warning: the file is for account ${fx.sandbox.account("web").appid}, but with WECHAT_WEB_ACCESS_TOKEN alone the account cannot be checked; going on`,
    );
    expect(lines).toContain(
      "[web] wxbl: getblacklist failed: WeChat rejected the token given in WECHAT_WEB_ACCESS_TOKEN for account web: the access token is invalid or is not the latest one (errcode 40001). Next: get a fresh token from account web's token service and run again.",
    );
    expect([...variablesNamed(run)]).toEqual(["WECHAT_WEB_ACCESS_TOKEN"]);
    expect(untouched("web")).toBe(true);
    expect(matchesFile("main")).toBe(true);
    expect(matchesFile("shop")).toBe(true);
    expectNoSecret(run, UNISSUED_TOKEN);
  });

  it.each([
    {
      lang: "en",
      next: "Next: wxbl got a new token and WeChat rejected that one too; another service may be renewing account shop's token with GET /cgi-bin/token (each call there invalidates the previous token): give wxbl the token from account shop's central token service in WECHAT_SHOP_ACCESS_TOKEN.",
    },
    {
      lang: "zh-CN",
      next: "下一步：wxbl 重新获取了 token，微信同样拒绝了新的 token；可能有其他服务在用 GET /cgi-bin/token 刷新公众号 shop 的 token（每调用一次，上一个 token 就会失效）：请把公众号 shop 的 token 中控服务发放的 token 放进 WECHAT_SHOP_ACCESS_TOKEN 交给 wxbl。",
    },
  ])(
    "every token of shop rejected (42001 on each call), in $lang: WECHAT_SHOP_ACCESS_TOKEN, not the plain one",
    async ({ lang, next }) => {
      fx = await accountsFixture(shapes({ faults: { tokenExpiryEvery: 1 } }));
      const run = await fx.run(["plan", "--all", "--lang", lang]);
      expect(run.code).toBe(1);
      const shopLines = run.stderr.split("\n").filter((l) => l.includes("42001"));
      expect(shopLines).toHaveLength(1);
      expect(shopLines[0]).toMatch(/^\[shop\] wxbl(: |：)getblacklist/);
      expect(shopLines[0]).toContain(next);
      expect([...variablesNamed(run)]).toEqual(["WECHAT_SHOP_ACCESS_TOKEN"]);
      // Shop fetched its token twice (the first, then one more), never another account's.
      expect(accountCalls(fx.state("shop")).token).toBe(2);
      for (const name of ["main", "web"])
        expect(accountCalls(fx.state(name)).token).toBeGreaterThan(0);
      expectNoSecret(run);
    },
  );
});

describe("without wxbl.yaml the hints are the single-account ones, unchanged", () => {
  async function oneAccount(): Promise<Sandbox> {
    const users = openids("Solo", 4);
    const sandbox = await startSandbox({
      seed: 21,
      state: { followers: users, blacklist: users.slice(0, 2) },
    });
    const { dir, remove } = tempDir("wxbl-hints-");
    writeFileSync(join(dir, "blacklist.yaml"), desiredFile({ users, appid: sandbox.appid }).text);
    single = { sandbox, dir, remove };
    return sandbox;
  }
  const runIn = (args: string[], env: NodeJS.ProcessEnv) => wxbl(args, { cwd: single!.dir, env });

  it.each([
    {
      lang: "en",
      line: "wxbl: stable_token failed: the AppSecret is invalid (errcode 40125). Next: check WECHAT_APPSECRET against the admin console (Settings and Development > Basic Configuration).",
    },
    {
      lang: "zh-CN",
      line: "wxbl：stable_token 调用失败：AppSecret 无效（errcode 40125）。下一步：到公众号后台（设置与开发 > 基本配置）核对 WECHAT_APPSECRET。",
    },
  ])("a rejected WECHAT_APPSECRET (40125), in $lang", async ({ lang, line }) => {
    const sandbox = await oneAccount();
    const run = await runIn(["plan", "--lang", lang], {
      WECHAT_API_BASE: sandbox.url,
      WECHAT_APPID: sandbox.appid,
      WECHAT_APPSECRET: WRONG_SECRET,
    });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")).toContain(line);
    expect(run.stdout + run.stderr).not.toContain(WRONG_SECRET);
    expect(run.stdout + run.stderr).not.toContain(sandbox.secret);
  });

  it("a rejected WECHAT_ACCESS_TOKEN (40001)", async () => {
    const sandbox = await oneAccount();
    const run = await runIn(["plan"], {
      WECHAT_API_BASE: sandbox.url,
      WECHAT_ACCESS_TOKEN: UNISSUED_TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")).toEqual(
      expect.arrayContaining([
        `warning: the file is for account ${sandbox.appid}, but with WECHAT_ACCESS_TOKEN alone the account cannot be checked; going on`,
        "wxbl: getblacklist failed: WeChat rejected the token given in WECHAT_ACCESS_TOKEN: the access token is invalid or is not the latest one (errcode 40001). Next: get a fresh token from the account's token service and run again.",
      ]),
    );
    expect(run.stdout + run.stderr).not.toContain(UNISSUED_TOKEN);
    // A token the account did issue still works: the hint changed nothing else.
    const token = await stableToken(sandbox);
    const ok = await runIn(["plan"], { WECHAT_API_BASE: sandbox.url, WECHAT_ACCESS_TOKEN: token });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout + ok.stderr).not.toContain(token);
  });
});
