import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxState } from "../../../src/sandbox/index.js";
import { call, PATH, stableToken } from "../../support/sandbox-http.js";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function control(sb: Sandbox, method: string, name: string, body?: unknown) {
  const response = await fetch(`${sb.url}/__sandbox/${name}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { http: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("state and call log", () => {
  it("GET /__sandbox/state serves what state() returns, with the call log and counters", async () => {
    sandbox = await startSandbox({ state: { followers: ["oA", "oB", "oC"], blacklist: ["oB"] } });
    const token = await stableToken(sandbox);
    await call(sandbox, token, PATH.block, { openid_list: ["oA", "oC"] });
    await call(sandbox, token, PATH.unblock, { openid_list: ["oNOPE"] });
    await call(sandbox, token, PATH.getBlacklist, {});
    const { http, json } = await control(sandbox, "GET", "state");
    expect(http).toBe(200);
    expect(json).toEqual(sandbox.state());
    const state = json as unknown as SandboxState;
    expect(state.blacklist).toEqual(["oB", "oA", "oC"]);
    expect(state.followers).toBe(3);
    expect(state.blocked).toBe(3);
    expect(
      state.calls.map(({ seq, path, errcode, http: status, ids }) => ({
        seq,
        path,
        errcode,
        status,
        ids,
      })),
    ).toEqual([
      { seq: 1, path: PATH.stableToken, errcode: 0, status: 200, ids: undefined },
      { seq: 2, path: PATH.block, errcode: 0, status: 200, ids: 2 },
      { seq: 3, path: PATH.unblock, errcode: 40003, status: 200, ids: 1 },
      { seq: 4, path: PATH.getBlacklist, errcode: 0, status: 200, ids: 3 },
    ]);
    expect(state.counts).toEqual({
      [PATH.stableToken]: 1,
      [PATH.block]: 1,
      [PATH.unblock]: 1,
      [PATH.getBlacklist]: 1,
    });
    expect(state.errcodes).toEqual({ "0": 3, "40003": 1 });
  });

  it("never logs the access token", async () => {
    sandbox = await startSandbox({ followers: 2, blocked: 1 });
    const token = await stableToken(sandbox);
    await call(sandbox, token, PATH.getBlacklist, {});
    expect(JSON.stringify(sandbox.state())).not.toContain(token);
  });

  it("omits the blacklist with ?blacklist=0 but keeps its size", async () => {
    sandbox = await startSandbox({ followers: 10, blocked: 4 });
    const response = await fetch(`${sandbox.url}/__sandbox/state?blacklist=0`);
    expect(await response.json()).toMatchObject({ blacklist: [], blocked: 4, followers: 10 });
  });

  it("keeps only the last callLogLimit calls but counts them all", async () => {
    sandbox = await startSandbox({ callLogLimit: 3 });
    const token = await stableToken(sandbox);
    for (let i = 0; i < 5; i++) await call(sandbox, token, PATH.getBlacklist, {});
    const state = sandbox.state();
    expect(state.calls.map((c) => c.seq)).toEqual([4, 5, 6]);
    expect(state.counts[PATH.getBlacklist]).toBe(5);
  });

  it("POST /__sandbox/reset-log clears the log and counters", async () => {
    sandbox = await startSandbox();
    await stableToken(sandbox);
    expect((await control(sandbox, "POST", "reset-log")).json).toEqual({ ok: true });
    expect(sandbox.state()).toMatchObject({
      calls: [],
      counts: {},
      errcodes: {},
      forceRefreshes: 0,
    });
  });

  it("POST /__sandbox/faults replaces the faults; nonsense is a 400", async () => {
    sandbox = await startSandbox({ followers: 1, blocked: 1 });
    const token = await stableToken(sandbox);
    expect((await control(sandbox, "POST", "faults", { busyRate: 1, latencyMs: 5 })).json).toEqual({
      busyRate: 1,
      latencyMs: 5,
    });
    expect((await call(sandbox, token, PATH.getBlacklist, {})).json.errcode).toBe(-1);
    const bad = await control(sandbox, "POST", "faults", { busyRate: "lots" });
    expect(bad.http).toBe(400);
    expect(bad.json.error).toMatch(/busyRate/);
    expect((await control(sandbox, "GET", "faults")).json).toEqual({ busyRate: 1, latencyMs: 5 });
  });

  it("POST /__sandbox/followers adds followers who can then be blocked", async () => {
    sandbox = await startSandbox();
    const token = await stableToken(sandbox);
    expect((await call(sandbox, token, PATH.block, { openid_list: ["oNEW"] })).json.errcode).toBe(
      40003,
    );
    expect((await control(sandbox, "POST", "followers", { openids: ["oNEW"] })).json).toEqual({
      followers: 1,
    });
    expect((await call(sandbox, token, PATH.block, { openid_list: ["oNEW"] })).json.errcode).toBe(
      0,
    );
  });

  it("answers unknown paths with HTTP 404", async () => {
    sandbox = await startSandbox();
    expect((await fetch(`${sandbox.url}/cgi-bin/nothing`)).status).toBe(404);
    expect((await fetch(`${sandbox.url}/__sandbox/nothing`)).status).toBe(404);
  });

  it("listens on 127.0.0.1 by default", async () => {
    sandbox = await startSandbox();
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
