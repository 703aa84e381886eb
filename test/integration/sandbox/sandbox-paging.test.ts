import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index.js";
import { call, pageAll, PATH, stableToken } from "../../support/sandbox-http.js";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe("getblacklist paging", () => {
  it.each([
    { pageSize: 1, blocked: 7 },
    { pageSize: 1000, blocked: 2500 },
    { pageSize: 1000, blocked: 2000 },
    { pageSize: 10_000, blocked: 25_000 },
    { pageSize: 10_000, blocked: 0 },
  ])(
    "serves $blocked blocked ids at $pageSize a page in blocking order, then an empty page without data",
    async ({ pageSize, blocked }) => {
      sandbox = await startSandbox({ followers: blocked + 10, blocked, pageSize, seed: 3 });
      const token = await stableToken(sandbox);
      const { ids, reads, pages } = await pageAll(sandbox, token);
      const live = sandbox.state().blacklist;
      expect(ids).toEqual(live);
      expect(new Set(ids).size).toBe(blocked);
      expect(reads).toBe(Math.ceil(blocked / pageSize) + 1);
      for (const page of pages) expect(page.total).toBe(blocked);
      const last = pages.at(-1);
      expect(last).toEqual({ total: blocked, count: 0, next_openid: "" });
      if (blocked > 0) {
        const lastFull = pages.at(-2) as { data: { openid: string[] }; next_openid: string };
        expect(lastFull.next_openid).toBe(lastFull.data.openid.at(-1));
      }
    },
  );

  it("keeps blocking order, not sorted order", async () => {
    sandbox = await startSandbox({
      state: { followers: [], blacklist: ["oZZZ", "oAAA", "oMMM"] },
      pageSize: 2,
    });
    const token = await stableToken(sandbox);
    sandbox.addFollowers(["oBBB"]);
    await call(sandbox, token, PATH.block, { openid_list: ["oBBB"] });
    const { ids } = await pageAll(sandbox, token);
    expect(ids).toEqual(["oZZZ", "oAAA", "oMMM", "oBBB"]);
  });

  it("treats the cursor as exclusive", async () => {
    sandbox = await startSandbox({ followers: 5, blocked: 5, pageSize: 2 });
    const token = await stableToken(sandbox);
    const live = sandbox.state().blacklist;
    const { json } = await call(sandbox, token, PATH.getBlacklist, { begin_openid: live[1] });
    expect(json).toEqual({
      total: 5,
      count: 2,
      data: { openid: live.slice(2, 4) },
      next_openid: live[3],
    });
  });

  it.each([
    { name: "an empty body object", body: {} },
    { name: "an empty begin_openid", body: { begin_openid: "" } },
  ])("starts from the beginning with $name", async ({ body }) => {
    sandbox = await startSandbox({ followers: 3, blocked: 3 });
    const token = await stableToken(sandbox);
    const { json } = await call(sandbox, token, PATH.getBlacklist, body);
    expect(json.data).toEqual({ openid: sandbox.state().blacklist });
  });

  it("answers 40003 for a begin_openid that is not on the blacklist", async () => {
    sandbox = await startSandbox({ followers: 3, blocked: 2 });
    const token = await stableToken(sandbox);
    const { json } = await call(sandbox, token, PATH.getBlacklist, { begin_openid: "oNOTBLOCKED" });
    expect(json.errcode).toBe(40003);
  });

  it("pages correctly after many unblocks (holes are skipped and compacted)", async () => {
    sandbox = await startSandbox({ followers: 3000, blocked: 3000, pageSize: 1000, seed: 9 });
    const token = await stableToken(sandbox);
    const before = sandbox.state().blacklist;
    const removed = before.filter((_, i) => i % 3 !== 0).slice(0, 1900);
    for (let i = 0; i < removed.length; i += 20) {
      const { json } = await call(sandbox, token, PATH.unblock, {
        openid_list: removed.slice(i, i + 20),
      });
      expect(json.errcode).toBe(0);
    }
    const gone = new Set(removed);
    const expected = before.filter((id) => !gone.has(id));
    const { ids, reads } = await pageAll(sandbox, token);
    expect(ids).toEqual(expected);
    expect(reads).toBe(Math.ceil(expected.length / 1000) + 1);
  });
});

describe("generated state", () => {
  it("is the same for the same seed and different for another", async () => {
    const a = await startSandbox({ followers: 50, blocked: 20, seed: 5 });
    const b = await startSandbox({ followers: 50, blocked: 20, seed: 5 });
    const c = await startSandbox({ followers: 50, blocked: 20, seed: 6 });
    try {
      expect(a.state().blacklist).toEqual(b.state().blacklist);
      expect(a.appid).toBe(b.appid);
      expect(a.secret).toBe(b.secret);
      expect(c.state().blacklist).not.toEqual(a.state().blacklist);
      expect(a.state().followers).toBe(50);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it("makes realistic openids and appids", async () => {
    sandbox = await startSandbox({ followers: 1000, blocked: 1000 });
    for (const id of sandbox.state().blacklist) expect(id).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(sandbox.appid).toMatch(/^wx[0-9a-f]{16}$/);
    expect(sandbox.secret).toMatch(/^[0-9a-f]{32}$/);
  });
});
