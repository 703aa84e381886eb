import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxFaults } from "../../../src/sandbox/index.js";
import { call, PATH, stableToken } from "../../support/sandbox-http.js";

const opened: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((sb) => sb.close()));
});

async function start(faults: SandboxFaults, seed = 1, now?: () => number): Promise<Sandbox> {
  const sandbox = await startSandbox({
    followers: 40,
    blocked: 20,
    seed,
    faults,
    ...(now ? { now } : {}),
  });
  opened.push(sandbox);
  return sandbox;
}

/** One getblacklist call, described as "ok", "-1", "http500" or "drop". */
async function outcome(sandbox: Sandbox, token: string): Promise<string> {
  const url = `${sandbox.url}${PATH.getBlacklist}?access_token=${token}`;
  try {
    const response = await fetch(url, { method: "POST", body: "{}" });
    if (response.status !== 200) return `http${response.status}`;
    const json = (await response.json()) as { errcode?: number };
    return json.errcode ? String(json.errcode) : "ok";
  } catch {
    return "drop";
  }
}

async function outcomes(sandbox: Sandbox, n: number): Promise<string[]> {
  const token = await stableToken(sandbox);
  const seen: string[] = [];
  for (let i = 0; i < n; i++) seen.push(await outcome(sandbox, token));
  return seen;
}

describe("random faults", () => {
  it.each([
    { kind: "busy", faults: { busyRate: 0.5 }, shows: "-1" },
    { kind: "HTTP 500", faults: { http500Rate: 0.5 }, shows: "http500" },
    { kind: "dropped connection", faults: { dropRate: 0.5 }, shows: "drop" },
  ])(
    "$kind: the same seed gives the same sequence, another seed another",
    async ({ faults, shows }) => {
      const a = await outcomes(await start(faults, 11), 24);
      const b = await outcomes(await start(faults, 11), 24);
      const c = await outcomes(await start(faults, 12), 24);
      expect(a).toEqual(b);
      expect(c).not.toEqual(a);
      expect(a).toContain(shows);
      expect(a).toContain("ok");
      expect(new Set(a)).toEqual(new Set([shows, "ok"]));
    },
  );

  it("logs injected faults and leaves the token endpoints alone", async () => {
    const sb = await start({ busyRate: 1 });
    const seen = await outcomes(sb, 3);
    expect(seen).toEqual(["-1", "-1", "-1"]);
    const calls = sb.state().calls;
    expect(calls[0]).toMatchObject({ path: PATH.stableToken, errcode: 0, http: 200 });
    expect(calls.slice(1).map((c) => c.fault)).toEqual(["busy", "busy", "busy"]);
  });

  it("a faulted write changes nothing", async () => {
    const sb = await start({ busyRate: 1 });
    const token = await stableToken(sb);
    const before = sb.state().blacklist;
    const { json } = await call(sb, token, PATH.unblock, { openid_list: before.slice(0, 5) });
    expect(json.errcode).toBe(-1);
    expect(sb.state().blacklist).toEqual(before);
  });

  it("setFaults replaces the faults and restarts the sequence", async () => {
    const sb = await start({});
    expect(await outcomes(sb, 3)).toEqual(["ok", "ok", "ok"]);
    sb.setFaults({ http500Rate: 1 });
    expect(await outcomes(sb, 2)).toEqual(["http500", "http500"]);
  });

  it("latency delays every answer by at least latencyMs", async () => {
    const sb = await start({ latencyMs: 60 });
    const token = await stableToken(sb);
    const started = performance.now();
    expect(await outcome(sb, token)).toBe("ok");
    // A lower bound only: an answer cannot come early, however busy the machine is.
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("rejects nonsense faults", async () => {
    const sb = await start({});
    expect(() => sb.setFaults({ busyRate: 2 })).toThrow(/busyRate/);
    expect(() => sb.setFaults({ nope: 1 } as SandboxFaults)).toThrow(/unknown sandbox fault nope/);
    expect(() => sb.setFaults({ unauthorized: 1 } as unknown as SandboxFaults)).toThrow(
      /sandbox fault unauthorized must be true or false/,
    );
  });
});

describe("token expiry every N calls", () => {
  it("the N-th authenticated call gets 42001 and stable_token then returns a new token", async () => {
    const sb = await start({ tokenExpiryEvery: 3 });
    const first = await stableToken(sb);
    expect([await outcome(sb, first), await outcome(sb, first), await outcome(sb, first)]).toEqual([
      "ok",
      "ok",
      "42001",
    ]);
    expect(await outcome(sb, first)).toBe("42001");
    const second = await stableToken(sb);
    expect(second).not.toBe(first);
    expect([
      await outcome(sb, second),
      await outcome(sb, second),
      await outcome(sb, second),
    ]).toEqual(["ok", "ok", "42001"]);
    expect(sb.state().calls.filter((c) => c.fault === "token-expiry")).toHaveLength(2);
  });
});

describe("write limits on the sandbox clock", () => {
  const write = (sb: Sandbox, token: string) =>
    call(sb, token, PATH.block, { openid_list: [sb.state().blacklist[0]] }).then(
      (r) => r.json.errcode,
    );

  it("per-minute limit: 45011 past N writes in a minute, served again the next minute", async () => {
    let clock = Date.UTC(2026, 0, 1, 0, 0, 10);
    const sb = await start({ perMinuteLimit: 2 }, 1, () => clock);
    const token = await stableToken(sb);
    expect([await write(sb, token), await write(sb, token), await write(sb, token)]).toEqual([
      0, 0, 45011,
    ]);
    expect((await call(sb, token, PATH.getBlacklist, {})).json.errcode).toBeUndefined();
    clock += 60_000;
    expect(await write(sb, token)).toBe(0);
  });

  it("daily quota: 45009 once N writes were served that day, until Beijing midnight", async () => {
    let clock = Date.UTC(2026, 0, 1, 15, 0, 0); // 23:00 in Beijing
    const sb = await start({ dailyWriteQuota: 2 }, 1, () => clock);
    const token = await stableToken(sb);
    expect([await write(sb, token), await write(sb, token), await write(sb, token)]).toEqual([
      0, 0, 45009,
    ]);
    clock = Date.UTC(2026, 0, 1, 16, 0, 1); // 00:00:01 the next day in Beijing
    expect(await write(sb, token)).toBe(0);
  });

  it("reset-log clears the quota counters", async () => {
    const sb = await start({ dailyWriteQuota: 1 });
    const token = await stableToken(sb);
    expect([await write(sb, token), await write(sb, token)]).toEqual([0, 45009]);
    await fetch(`${sb.url}/__sandbox/reset-log`, { method: "POST" });
    expect(await write(sb, token)).toBe(0);
  });
});
