import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index.js";
import type { Credentials } from "../../../src/wechat/credentials.js";
import {
  createWechatClient,
  type WechatClient,
  type WechatClientOptions,
} from "../../../src/wechat/wechat-client.js";
import { WechatError } from "../../../src/wechat/wechat-error.js";
import { stableToken } from "../../support/sandbox-helpers.js";
import { fakeClock } from "../../support/fake-clock.js";

const BLOCK = "/cgi-bin/tags/members/batchblacklist";
const UNBLOCK = "/cgi-bin/tags/members/batchunblacklist";
const STABLE_TOKEN = "/cgi-bin/stable_token";

let sandbox: Sandbox | undefined;
const clients: WechatClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await sandbox?.close();
  sandbox = undefined;
});

/** One fake clock for the sandbox and the client: waits take no real time. */
/** The sandbox and the client share one fake clock (token lives, backoff, 45011 waits). */
const sharedClock = () => fakeClock(Date.UTC(2026, 0, 5, 3, 0, 0));

function connect(
  box: Sandbox,
  options: Partial<WechatClientOptions> & { credentials?: Credentials } = {},
) {
  const logs: string[] = [];
  const client = createWechatClient({
    baseUrl: box.url,
    credentials: { kind: "appsecret", appid: box.appid, secret: box.secret },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    log: (line) => logs.push(line),
    env: {},
    ...options,
  });
  clients.push(client);
  return { client, logs };
}

async function followersOf(box: Sandbox, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `oTest${String(i).padStart(23, "0")}`);
  box.addFollowers(ids);
  return ids;
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("block and unblock against the sandbox", () => {
  it("blocks and unblocks batches of up to 20", async () => {
    sandbox = await startSandbox({ seed: 3 });
    const ids = await followersOf(sandbox, 25);
    const { client } = connect(sandbox);
    await client.block(ids.slice(0, 20));
    await client.block(ids.slice(20));
    await client.unblock(ids.slice(0, 2));
    expect(sandbox.state().blacklist).toEqual(ids.slice(2));
    expect(sandbox.state().counts).toMatchObject({ [BLOCK]: 2, [UNBLOCK]: 1, [STABLE_TOKEN]: 1 });
  });

  it.each([0, 21])("refuses %i ids with no request made", async (n) => {
    sandbox = await startSandbox({ seed: 3 });
    const ids = await followersOf(sandbox, n);
    const { client } = connect(sandbox);
    await expect(client.block(ids)).rejects.toThrow(/1 to 20/);
    await expect(client.unblock(ids)).rejects.toThrow(/1 to 20/);
    expect(sandbox.state().calls).toEqual([]);
  });
});

describe("errcodes from the sandbox", () => {
  it("40003: a non-follower fails the batch with kind invalid-openid", async () => {
    sandbox = await startSandbox({ seed: 3 });
    const { client } = connect(sandbox);
    const error = await caught(client.block(["oNotAFollower0000000000000000"]));
    expect(error).toBeInstanceOf(WechatError);
    expect(error).toMatchObject({ errcode: 40003, kind: "invalid-openid", call: "batchblacklist" });
  });

  it("45009: the spent daily quota fails at once with kind quota", async () => {
    const clock = sharedClock();
    sandbox = await startSandbox({ seed: 3, now: clock.now, faults: { dailyWriteQuota: 2 } });
    const ids = await followersOf(sandbox, 3);
    const { client } = connect(sandbox, { now: clock.now, sleep: clock.sleep });
    await client.block([ids[0]!]);
    await client.block([ids[1]!]);
    const error = await caught(client.block([ids[2]!]));
    expect(error).toMatchObject({ errcode: 45009, kind: "quota" });
    expect((error as Error).message).toMatch(/tomorrow/);
    expect(sandbox.state().counts[BLOCK]).toBe(3);
  });

  it.each([
    ["a wrong appid", { appid: "wx0000000000000000" }, 40013, /WECHAT_APPID/],
    ["a wrong secret", { secret: "wrong-secret-000000" }, 40125, /WECHAT_APPSECRET/],
  ])("%s fails the token call with errcode %s", async (_name, override, errcode, hint) => {
    sandbox = await startSandbox({ seed: 3 });
    const { client } = connect(sandbox, {
      credentials: { kind: "appsecret", appid: sandbox.appid, secret: sandbox.secret, ...override },
    });
    const error = await caught(client.getBlacklistPage(""));
    expect(error).toMatchObject({ errcode, kind: "fatal", call: "stable_token" });
    expect((error as Error).message).toMatch(hint);
  });

  it("a rejected WECHAT_ACCESS_TOKEN is a clear token error and no token is fetched", async () => {
    sandbox = await startSandbox({ seed: 3 });
    const { client } = connect(sandbox, {
      credentials: { kind: "token", accessToken: "NOT-a-sandbox-token-123456" },
    });
    const error = await caught(client.getBlacklistPage(""));
    expect(error).toMatchObject({ errcode: 40001, kind: "token" });
    expect((error as Error).message).toMatch(/WECHAT_ACCESS_TOKEN.*fresh token/);
    expect(sandbox.state().counts[STABLE_TOKEN]).toBeUndefined();
  });

  it("never asks for force_refresh and never calls GET /cgi-bin/token by default", async () => {
    sandbox = await startSandbox({ seed: 3, faults: { tokenExpiryEvery: 2 } });
    const ids = await followersOf(sandbox, 10);
    const { client } = connect(sandbox);
    for (const id of ids) await client.block([id]);
    const state = sandbox.state();
    expect(state.forceRefreshes).toBe(0);
    expect(state.counts["/cgi-bin/token"]).toBeUndefined();
    expect(state.counts[STABLE_TOKEN]).toBeGreaterThan(1);
  });
});

describe("token refresh under concurrency", () => {
  it("many calls holding an expired token cause one token fetch, not one each", async () => {
    const clock = sharedClock();
    sandbox = await startSandbox({ seed: 3, now: clock.now, tokenTtlSeconds: 7200 });
    const ids = await followersOf(sandbox, 12);
    // The client's own clock stands still, so it keeps sending the token the sandbox expired.
    const frozen = Date.UTC(2026, 0, 5, 3, 0, 0);
    const { client } = connect(sandbox, { now: () => frozen });
    await client.getBlacklistPage("");
    clock.advance(7_300_000);
    await Promise.all(ids.map((id) => client.block([id])));
    const state = sandbox.state();
    expect(state.counts[STABLE_TOKEN]).toBe(2);
    // each call saw its stale token rejected once: 42001 before the refresh, 40001 after it
    const rejected = state.calls.filter(
      (c) => c.path === BLOCK && [40001, 42001].includes(c.errcode),
    );
    expect(rejected).toHaveLength(12);
    expect(state.counts[BLOCK]).toBe(24);
    expect(state.blacklist).toEqual(expect.arrayContaining(ids));
  });
});

describe("45011: the shared pause", () => {
  it("pauses every call for the wait once any call sees 45011, then all succeed", async () => {
    const clock = sharedClock();
    sandbox = await startSandbox({ seed: 3, now: clock.now, faults: { perMinuteLimit: 3 } });
    const ids = await followersOf(sandbox, 6);
    const { client, logs } = connect(sandbox, {
      now: clock.now,
      sleep: clock.sleep,
      rateLimitWaitMs: 60_000,
    });
    await Promise.all(ids.map((id) => client.block([id])));
    const state = sandbox.state();
    expect([...state.blacklist].sort()).toEqual(ids);
    // How many of the 3 calls past the limit reach the sandbox before the (instant, fake)
    // pause moves the shared clock into the next minute depends on scheduling.
    const limited = state.calls.filter((c) => c.errcode === 45011).length;
    expect(limited).toBeGreaterThanOrEqual(1);
    expect(state.counts[BLOCK]).toBe(6 + limited);
    expect(logs.filter((l) => /pauses for 60 s/.test(l))).toHaveLength(limited);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60_000);
  });

  it("gives up with kind rate-limited after maxRateLimitWaits waits", async () => {
    const clock = sharedClock();
    sandbox = await startSandbox({ seed: 3, now: clock.now, faults: { perMinuteLimit: 1 } });
    const ids = await followersOf(sandbox, 2);
    // a wait shorter than the sandbox's minute never clears the limit
    const { client } = connect(sandbox, {
      now: clock.now,
      sleep: clock.sleep,
      rateLimitWaitMs: 10,
      maxRateLimitWaits: 2,
    });
    await client.block([ids[0]!]);
    await expect(client.block([ids[1]!])).rejects.toMatchObject({
      errcode: 45011,
      kind: "rate-limited",
    });
    expect(sandbox.state().counts[BLOCK]).toBe(4);
  });
});

describe("retries with injected faults", () => {
  it("blocks 200 ids through busy answers, HTTP 500s and drops (seeded)", async () => {
    sandbox = await startSandbox({
      seed: 11,
      faults: { busyRate: 0.2, http500Rate: 0.1, dropRate: 0.1 },
    });
    const ids = await followersOf(sandbox, 200);
    const { client } = connect(sandbox, { retry: { attempts: 8, baseDelayMs: 1, maxDelayMs: 4 } });
    for (let i = 0; i < ids.length; i += 20) await client.block(ids.slice(i, i + 20));
    const state = sandbox.state();
    expect([...state.blacklist].sort()).toEqual(ids);
    expect(state.calls.filter((c) => c.fault !== undefined).length).toBeGreaterThan(0);
    expect(client.stats.calls.batchblacklist).toBe(state.counts[BLOCK]);
  });

  it("gives up after the policy's attempts when every answer is busy", async () => {
    sandbox = await startSandbox({ seed: 3, faults: { busyRate: 1 } });
    const ids = await followersOf(sandbox, 1);
    const { client } = connect(sandbox);
    await expect(client.block(ids)).rejects.toMatchObject({ errcode: -1, kind: "retryable" });
    expect(sandbox.state().counts[BLOCK]).toBe(5);
  });
});

describe("redaction", () => {
  it("no error, error string or log line carries the token or the secret", async () => {
    sandbox = await startSandbox({
      seed: 5,
      faults: { dropRate: 0.5, http500Rate: 0.2, tokenExpiryEvery: 2 },
    });
    const token = await stableToken(sandbox);
    const { client, logs } = connect(sandbox, {
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    });
    const texts: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const error = await caught(client.block(["oNotAFollower0000000000000000"]));
      if (error instanceof Error) texts.push(error.message, String(error), error.stack ?? "");
    }
    const unreachable = connect(sandbox, { baseUrl: "http://127.0.0.1:9", retry: { attempts: 1 } });
    const refused = await caught(unreachable.client.getBlacklistPage(""));
    texts.push(String(refused), (refused as Error).stack ?? "");
    const all = [...texts, ...logs, ...unreachable.logs].join("\n");
    expect(texts.length).toBeGreaterThan(10);
    expect(all).not.toContain(sandbox.secret);
    expect(all).not.toContain(token);
    expect(all).not.toContain("access_token=");
  });
});
