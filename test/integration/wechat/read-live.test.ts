import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index.js";
import { readLive } from "../../../src/wechat/read-live.js";
import { createWechatClient, type WechatClient } from "../../../src/wechat/wechat-client.js";
import { say } from "../../../src/i18n/message.js";

const GETBLACKLIST = "/cgi-bin/tags/members/getblacklist";

let sandbox: Sandbox | undefined;
let client: WechatClient | undefined;
afterEach(async () => {
  await client?.close();
  await sandbox?.close();
  client = sandbox = undefined;
});

async function setUp(options: Parameters<typeof startSandbox>[0]) {
  sandbox = await startSandbox(options);
  client = createWechatClient({
    baseUrl: sandbox.url,
    credentials: { kind: "appsecret", appid: sandbox.appid, secret: sandbox.secret },
    retry: { baseDelayMs: 1, maxDelayMs: 5, attempts: 8 },
    env: {},
  });
  return { sandbox, client };
}

describe("readLive against the sandbox", () => {
  it.each([
    [1, 0],
    [1, 1],
    [1, 7],
    [1000, 999],
    [1000, 2000],
    [1000, 2500],
    [10_000, 10_000],
    [10_000, 25_000],
  ])(
    "at page size %i reads all %i blocked ids with the minimum pages plus at most one empty page",
    async (pageSize, blocked) => {
      const { sandbox, client } = await setUp({
        pageSize,
        followers: blocked + 5,
        blocked,
        seed: 7,
      });
      const warnings: string[] = [];
      const live = await readLive(client, { warn: (m) => warnings.push(say("en", m)) });
      const state = sandbox.state();
      expect(live.openids.join("\n")).toBe(state.blacklist.join("\n"));
      expect(live.total).toBe(blocked);
      const reads = state.counts[GETBLACKLIST];
      const minimum = Math.max(1, Math.ceil(blocked / pageSize));
      expect(reads).toBe(live.pages);
      expect(reads).toBeGreaterThanOrEqual(minimum);
      expect(reads).toBeLessThanOrEqual(minimum + 1);
      expect(warnings).toEqual([]);
    },
  );

  it("reads the whole list through busy answers, HTTP 500s and dropped connections (seeded)", async () => {
    const { sandbox, client } = await setUp({
      pageSize: 50,
      followers: 1_200,
      blocked: 1_000,
      seed: 42,
      faults: { busyRate: 0.2, http500Rate: 0.1, dropRate: 0.1 },
    });
    const live = await readLive(client);
    const state = sandbox.state();
    expect(live.openids.join("\n")).toBe(state.blacklist.join("\n"));
    expect(live.pages).toBe(21);
    expect(state.calls.some((c) => c.fault === "busy")).toBe(true);
    expect(state.calls.some((c) => c.fault === "http500")).toBe(true);
    expect(state.calls.some((c) => c.fault === "drop")).toBe(true);
    expect(client.stats.calls.getblacklist).toBe(state.counts[GETBLACKLIST]);
  });

  it("reads the whole list while the token expires every 3rd call", async () => {
    const { sandbox, client } = await setUp({
      pageSize: 10,
      followers: 100,
      blocked: 100,
      faults: { tokenExpiryEvery: 3 },
    });
    const live = await readLive(client);
    const state = sandbox.state();
    expect(live.openids).toEqual(state.blacklist);
    const expired = state.calls.filter((c) => c.errcode === 42001).length;
    expect(expired).toBeGreaterThan(0);
    expect(state.counts["/cgi-bin/stable_token"]).toBe(1 + expired);
  });
});
