import { afterEach, describe, expect, it } from "vitest";
import type { SandboxState } from "../../src/sandbox/index.js";
import {
  accountCalls,
  accountsFixture,
  anyCalls,
  type AccountShape,
  type Fixture,
} from "./accounts-fixture.js";
import { schemaValidator, stableToken } from "./run-wxbl.js";

const validateReports = schemaValidator("reports.schema.json");

let fx: Fixture;
afterEach(() => fx.close());

const shapes = (shop: AccountShape["sandbox"] = {}): AccountShape[] => [
  { name: "main", prefix: "Mn8Qz" },
  { name: "shop", prefix: "sH0p-", sandbox: shop },
  { name: "web", prefix: "W3b_c" },
];

/** The account's blacklist is what its file asks for. */
function matchesFile(name: string): boolean {
  const { kept, toBlock } = fx.ids[name]!;
  return sameIds(fx.state(name).blacklist, [...kept, ...toBlock]);
}

/** The account's blacklist is what it was before the run. */
function untouched(name: string): boolean {
  const { kept, stray } = fx.ids[name]!;
  return sameIds(fx.state(name).blacklist, [...kept, ...stray]);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

const errcodes = (state: SandboxState) =>
  Object.keys(state.errcodes).filter((code) => code !== "0");
const faulted = (state: SandboxState) =>
  state.calls.filter((call) => call.fault !== undefined).length;

interface Reports {
  accounts: Record<
    string,
    {
      remaining: { block: number; unblock: number };
      stopped: { reason: string } | null;
      verified: boolean;
    }
  >;
  errors: Record<string, { exit_code: number; message: string }>;
}

describe("one account's trouble leaves the others untouched (SPEC 11)", () => {
  it("a spent daily quota (45009) stops that account only; the report says what remains there", async () => {
    fx = await accountsFixture(shapes({ faults: { dailyWriteQuota: 0 } }));
    const run = await fx.run(["apply", "--all", "--yes", "--format", "json"]);
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout) as Reports;
    expect(validateReports(reports)).toEqual([]);
    expect(reports.accounts.shop).toMatchObject({
      remaining: { block: 3, unblock: 2 },
      stopped: { reason: "quota" },
      verified: false,
    });
    expect(Object.keys(reports.errors)).toEqual(["shop"]);
    expect(reports.errors.shop?.exit_code).toBe(1);
    for (const name of ["main", "web"]) {
      expect(reports.accounts[name]).toMatchObject({
        remaining: { block: 0, unblock: 0 },
        stopped: null,
        verified: true,
      });
      expect(matchesFile(name)).toBe(true);
      expect(errcodes(fx.state(name))).toEqual([]);
    }
    expect(untouched("shop")).toBe(true);
    expect(fx.state("shop").errcodes["45009"]).toBeGreaterThanOrEqual(1);
    expect(run.stderr).toMatch(/^\[shop\] Not done: 3 to block, 2 to unblock\./m);
    expect(run.stderr).toMatch(/^\[shop\] wxbl: apply did not finish cleanly: stopped \(quota\)/m);
  });

  it("a rejected token is that account's exit 1; the others get and keep their own tokens", async () => {
    fx = await accountsFixture(shapes());
    const run = await fx.run(["apply", "--all", "--yes"], {
      env: { WECHAT_SHOP_ACCESS_TOKEN: "not-a-token-anyone-issued-0123456789" },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^\[shop\] wxbl: getblacklist failed: WeChat rejected the token given in WECHAT_SHOP_ACCESS_TOKEN for account shop:/m,
    );
    expect(untouched("shop")).toBe(true);
    for (const name of ["main", "web"]) {
      expect(matchesFile(name)).toBe(true);
      expect(accountCalls(fx.state(name)).token).toBe(1);
      expect(errcodes(fx.state(name))).toEqual([]);
    }
    // The bad token reached no account: WeChat (the sandbox) could not tell whose it was.
    expect(anyCalls(fx.state("shop"))).toBe(0);
  });

  it("faults on one account (busy answers, expiring tokens) are ridden out there and never seen elsewhere", async () => {
    fx = await accountsFixture(
      shapes({ seed: 99, faults: { busyRate: 0.25, tokenExpiryEvery: 3 } }),
    );
    const run = await fx.run(["apply", "--all", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    for (const name of ["main", "shop", "web"]) expect(matchesFile(name)).toBe(true);
    const shop = fx.state("shop");
    expect(faulted(shop)).toBeGreaterThan(0);
    expect(accountCalls(shop).token).toBeGreaterThan(1);
    for (const name of ["main", "web"]) {
      expect(faulted(fx.state(name))).toBe(0);
      expect(accountCalls(fx.state(name)).token).toBe(1);
    }
  });
});

describe("an account's credentials are its own (SPEC 11)", () => {
  it("the plain WECHAT_APPID/APPSECRET are ignored with a warning: an account without its own is exit 3, nothing called", async () => {
    fx = await accountsFixture(shapes());
    const shop = fx.sandbox.account("shop");
    const run = await fx.run(["plan"], {
      env: { WECHAT_SHOP_APPSECRET: "", WECHAT_APPID: shop.appid, WECHAT_APPSECRET: shop.secret },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      "warning: WECHAT_APPID, WECHAT_APPSECRET ignored: with wxbl.yaml, each account's credentials come from its own WECHAT_<ENV>_... variables",
    );
    expect(run.stderr).toMatch(
      /^\[shop\] wxbl: credentials for account shop are missing: set WECHAT_SHOP_APPSECRET/m,
    );
    expect(anyCalls(fx.state("shop"))).toBe(0);
    expect(run.stdout).toContain("[main] Plan: 3 to block, 2 to unblock, 6 unchanged.");
  });

  it("WECHAT_<ENV>_APPID naming another account is refused (exit 4) before any call", async () => {
    fx = await accountsFixture(shapes());
    const shop = fx.sandbox.account("shop");
    const run = await fx.run(["apply", "--account", "main", "--yes"], {
      env: { WECHAT_MAIN_APPID: shop.appid, WECHAT_MAIN_APPSECRET: shop.secret },
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      `[main] wxbl: refused, nothing was called for account main: WECHAT_MAIN_APPID is ${shop.appid} but accounts/main/blacklist.yaml is for ${fx.sandbox.account("main").appid}`,
    );
    for (const name of ["main", "shop", "web"]) expect(anyCalls(fx.state(name))).toBe(0);
  });

  it("another account's secret in an account's variable is rejected by WeChat (40125): that account's exit 1, the other untouched", async () => {
    fx = await accountsFixture(shapes());
    const shop = fx.sandbox.account("shop");
    const run = await fx.run(["apply", "--all", "--yes"], {
      env: { WECHAT_MAIN_APPSECRET: shop.secret },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^\[main\] wxbl: stable_token failed: the AppSecret is invalid \(errcode 40125\)/m,
    );
    expect(fx.state("main").errcodes["40125"]).toBe(1);
    expect(untouched("main")).toBe(true);
    expect(matchesFile("shop")).toBe(true);
    expect(errcodes(fx.state("shop"))).toEqual([]);
  });

  it("a token from the account's token service works, and only for that account", async () => {
    fx = await accountsFixture(shapes());
    const token = await stableToken({ ...fx.sandbox.account("web"), url: fx.sandbox.url });
    const run = await fx.run(["apply", "--account", "web", "--yes"], {
      env: { WECHAT_WEB_ACCESS_TOKEN: token, WECHAT_WEB_APPSECRET: "" },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(matchesFile("web")).toBe(true);
    expect(untouched("main")).toBe(true);
    expect(untouched("shop")).toBe(true);
  });

  it("no secret or token of any account reaches stdout or stderr, even with --verbose", async () => {
    fx = await accountsFixture(shapes({ faults: { tokenExpiryEvery: 2 } }));
    const token = await stableToken({ ...fx.sandbox.account("web"), url: fx.sandbox.url });
    const run = await fx.run(["apply", "--all", "--yes", "--verbose", "--format", "json"], {
      env: { WECHAT_WEB_ACCESS_TOKEN: token, WECHAT_MAIN_APPSECRET: "wrong-secret-for-main-0000" },
    });
    const out = run.stdout + run.stderr;
    for (const account of fx.sandbox.accounts) expect(out).not.toContain(account.secret);
    expect(out).not.toContain(token);
    expect(out).not.toContain("wrong-secret-for-main-0000");
    expect(out).toContain("stable_token failed");
  });
});
