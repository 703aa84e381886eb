import { afterEach, describe, expect, it } from "vitest";
import {
  startSandbox,
  type Sandbox,
  type SandboxAccountHandle,
} from "../../../src/sandbox/index.js";
import { PATH, call, get, post, type Json } from "../../support/sandbox-http.js";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(options: Parameters<typeof startSandbox>[0]): Promise<Sandbox> {
  sandbox = await startSandbox(options);
  return sandbox;
}

/** A token for one account of the sandbox, through the token call WeChat routes by appid. */
async function tokenOf(box: Sandbox, account: SandboxAccountHandle): Promise<string> {
  const { json } = await post(box, PATH.stableToken, {
    grant_type: "client_credential",
    appid: account.appid,
    secret: account.secret,
    force_refresh: false,
  });
  if (typeof json.access_token !== "string") throw new Error(JSON.stringify(json));
  return json.access_token;
}

const blacklist = async (box: Sandbox, token: string) =>
  (
    (await call(box, token, PATH.getBlacklist, { begin_openid: "" })).json.data as
      { openid: string[] } | undefined
  )?.openid ?? [];

describe("a sandbox of several accounts (SPEC 11)", () => {
  it("gives each account its own name, variables, appid, secret and followers", async () => {
    const box = await start({ accounts: 3, followers: 20, blocked: 5, seed: 3 });
    expect(box.accounts.map((a) => [a.name, a.env])).toEqual([
      ["account-1", "ACCOUNT_1"],
      ["account-2", "ACCOUNT_2"],
      ["account-3", "ACCOUNT_3"],
    ]);
    expect(new Set(box.accounts.map((a) => a.appid)).size).toBe(3);
    expect(new Set(box.accounts.map((a) => a.secret)).size).toBe(3);
    const lists = box.accounts.map((a) => a.state().blacklist);
    for (const list of lists) expect(list).toHaveLength(5);
    expect(new Set(lists.flat()).size).toBe(15);
    expect(box.appid).toBe(box.accounts[0]?.appid);
  });

  it("gives each account real-shaped openids with a prefix of its own (SPEC 7)", async () => {
    const box = await start({
      accounts: [{ name: "a" }, { name: "b" }, { name: "c", openidPrefix: "oR5Gjj" }],
      followers: 50,
      blocked: 50,
    });
    const prefixes = box.accounts.map((account) => {
      const { blacklist, openidPrefix } = account.state();
      expect(blacklist).toHaveLength(50);
      for (const id of blacklist) expect(id).toMatch(/^o[A-Za-z0-9_-]{27}$/);
      expect(new Set(blacklist.map((id) => id.slice(0, 6)))).toEqual(new Set([openidPrefix]));
      return openidPrefix;
    });
    expect(prefixes[2]).toBe("oR5Gjj");
    expect(new Set(prefixes).size).toBe(3);
  });

  it("is the same for the same seed, account by account", async () => {
    const a = await startSandbox({ accounts: 2, followers: 10, blocked: 4, seed: 9 });
    const b = await startSandbox({ accounts: 2, followers: 10, blocked: 4, seed: 9 });
    try {
      expect(b.accounts.map((x) => [x.appid, x.secret, x.state().blacklist])).toEqual(
        a.accounts.map((x) => [x.appid, x.secret, x.state().blacklist]),
      );
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("routes the token call by appid and every other call by the token: each account sees its own list", async () => {
    const box = await start({ accounts: 2, followers: 10, blocked: 3 });
    const [one, two] = box.accounts as [SandboxAccountHandle, SandboxAccountHandle];
    expect(await blacklist(box, await tokenOf(box, one))).toEqual(one.state().blacklist);
    expect(await blacklist(box, await tokenOf(box, two))).toEqual(two.state().blacklist);
    expect(one.state().counts).toEqual({ [PATH.stableToken]: 1, [PATH.getBlacklist]: 1 });
    expect(two.state().counts).toEqual({ [PATH.stableToken]: 1, [PATH.getBlacklist]: 1 });
  });

  it("answers a call no account claims itself, touching no account", async () => {
    const box = await start({ accounts: 2 });
    const [one, two] = box.accounts as [SandboxAccountHandle, SandboxAccountHandle];
    const errcode = (json: Json) => json.errcode;
    // One account's appid with the other's secret is that account's own 40125.
    const crossed = await post(box, PATH.stableToken, {
      grant_type: "client_credential",
      appid: one.appid,
      secret: two.secret,
    });
    expect(errcode(crossed.json)).toBe(40125);
    expect(one.state().errcodes).toEqual({ "40125": 1 });
    const unknown = await post(box, PATH.stableToken, {
      grant_type: "client_credential",
      appid: "wx0000000000000000",
      secret: two.secret,
    });
    expect(errcode(unknown.json)).toBe(40013);
    expect(errcode((await call(box, "no-such-token", PATH.getBlacklist, {})).json)).toBe(40001);
    expect(errcode((await post(box, PATH.getBlacklist, {})).json)).toBe(41001);
    expect(two.state().calls).toEqual([]);
    expect(one.state().calls).toHaveLength(1);
    const { json } = await get(box, "/__sandbox/accounts");
    expect(json.unrouted).toEqual({ "40013": 1, "40001": 1, "41001": 1 });
    expect((json.accounts as { name: string }[]).map((a) => a.name)).toEqual([
      "account-1",
      "account-2",
    ]);
  });

  it("keeps faults and quotas to their account", async () => {
    const box = await start({
      followers: 30,
      blocked: 0,
      accounts: [
        { name: "busy", faults: { busyRate: 1 } },
        { name: "spent", faults: { dailyWriteQuota: 1 } },
        { name: "calm" },
      ],
    });
    const [busy, spent, calm] = box.accounts as [
      SandboxAccountHandle,
      SandboxAccountHandle,
      SandboxAccountHandle,
    ];
    const ids = (a: SandboxAccountHandle) => a.state().blacklist;
    expect(ids(calm)).toEqual([]);
    const busyToken = await tokenOf(box, busy);
    expect((await call(box, busyToken, PATH.getBlacklist, {})).json.errcode).toBe(-1);
    const spentToken = await tokenOf(box, spent);
    const calmToken = await tokenOf(box, calm);
    // Each account gets a follower of its own to block, then unblocks it again.
    const write = async (a: SandboxAccountHandle, token: string, path: string) => {
      const id = `o${a.name.slice(0, 4)}0${"A".repeat(22)}`;
      a.addFollowers([id]);
      return (await call(box, token, path, { openid_list: [id] })).json.errcode;
    };
    expect(await write(spent, spentToken, PATH.block)).toBe(0);
    expect(await write(spent, spentToken, PATH.unblock)).toBe(45009);
    expect(await write(calm, calmToken, PATH.block)).toBe(0);
    expect(await write(calm, calmToken, PATH.unblock)).toBe(0);
    expect(ids(calm)).toEqual([]);
    expect(calm.state().errcodes).toEqual({ "0": 3 });
    expect(calm.state().calls.every((c) => c.fault === undefined)).toBe(true);
  });

  it("serves each account's state, faults and log on the control endpoints with ?account=NAME", async () => {
    const box = await start({ accounts: [{ name: "main" }, { name: "shop", env: "SHOP_CN" }] });
    const [, shop] = box.accounts as [SandboxAccountHandle, SandboxAccountHandle];
    expect(shop.env).toBe("SHOP_CN");
    await post(box, "/__sandbox/faults?account=shop", { latencyMs: 1 });
    expect((await get(box, "/__sandbox/faults", { account: "shop" })).json).toEqual({
      latencyMs: 1,
    });
    expect((await get(box, "/__sandbox/faults")).json).toEqual({});
    await tokenOf(box, shop);
    expect(((await get(box, "/__sandbox/state", { account: "shop" })).json as Json).name).toBe(
      "shop",
    );
    expect(
      ((await get(box, "/__sandbox/state", { account: "shop" })).json.calls as unknown[]).length,
    ).toBe(1);
    await post(box, "/__sandbox/reset-log?account=main", {});
    expect(shop.state().calls).toHaveLength(1);
    await post(box, "/__sandbox/reset-log", {});
    expect(shop.state().calls).toHaveLength(0);
    const missing = await get(box, "/__sandbox/state", { account: "nope" });
    expect(missing.http).toBe(404);
    expect(() => box.account("nope")).toThrow("no account nope in this sandbox");
  });

  it("a sandbox of one account is what it always was: one account named main", async () => {
    const box = await start({ followers: 3, blocked: 1, seed: 5, appid: "wxaaaaaaaaaaaaaaaa" });
    expect(box.accounts.map((a) => a.name)).toEqual(["main"]);
    expect(box.appid).toBe("wxaaaaaaaaaaaaaaaa");
    const wrong = await post(box, PATH.stableToken, {
      grant_type: "client_credential",
      appid: "wxbbbbbbbbbbbbbbbb",
      secret: box.secret,
    });
    expect(wrong.json.errcode).toBe(40013);
    expect(box.state().errcodes).toEqual({ "40013": 1 });
  });

  it.each([
    { name: "no account", options: { accounts: [] }, message: "must list at least one account" },
    {
      name: "zero accounts",
      options: { accounts: 0 },
      message: "accounts must be a whole number of at least 1",
    },
    {
      name: "a bad name",
      options: { accounts: [{ name: "Shop" }] },
      message: 'sandbox account name "Shop" must be',
    },
    {
      name: "two with one name",
      options: { accounts: [{ name: "a" }, { name: "a" }] },
      message: "two sandbox accounts have the name a",
    },
    {
      name: "two with one env",
      options: { accounts: [{ name: "a-b" }, { name: "a", env: "A_B" }] },
      message: "two sandbox accounts have the env A_B",
    },
    {
      name: "two with one openid prefix",
      options: {
        accounts: [
          { name: "a", openidPrefix: "oAAAAA" },
          { name: "b", openidPrefix: "oAAAAA" },
        ],
      },
      message: "two sandbox accounts have the openidPrefix oAAAAA",
    },
  ])("refuses $name", async ({ options, message }) => {
    await expect(startSandbox(options)).rejects.toThrow(message);
  });
});
