import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BlacklistPage } from "../../../src/wechat/blacklist-api.js";
import { readLive } from "../../../src/wechat/read-live.js";
import { say } from "../../../src/i18n/message.js";

/** A fake getblacklist that answers from a list of pages and records the cursors it was sent. */
function scripted(pages: BlacklistPage[]) {
  const cursors: string[] = [];
  return {
    cursors,
    api: {
      getBlacklistPage: async (begin: string) => {
        cursors.push(begin);
        const page = pages[cursors.length - 1];
        if (!page) throw new Error(`page ${cursors.length} was not scripted`);
        return page;
      },
    },
  };
}

/** Like the sandbox and WeChat: exclusive cursor, last id repeated as next_openid, then an empty page. */
function pager(list: string[], pageSize: number) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    getBlacklistPage: async (begin: string): Promise<BlacklistPage> => {
      calls += 1;
      const start = begin === "" ? 0 : list.indexOf(begin) + 1;
      const ids = list.slice(start, start + pageSize);
      if (ids.length === 0) return { total: list.length, count: 0, next_openid: "" };
      return {
        total: list.length,
        count: ids.length,
        data: { openid: ids },
        next_openid: ids.at(-1),
      };
    },
  };
}

const p = (ids: string[], next: string | undefined, total = 4): BlacklistPage => ({
  total,
  count: ids.length,
  data: { openid: ids },
  ...(next === undefined ? {} : { next_openid: next }),
});

describe("readLive stop rules", () => {
  it.each<[string, BlacklistPage[], string[], number]>([
    ["a page without data", [p(["a", "b"], "b"), { total: 4, count: 0 }], ["a", "b"], 2],
    [
      "a page with empty data",
      [p(["a", "b"], "b"), { total: 4, count: 0, data: { openid: [] } }],
      ["a", "b"],
      2,
    ],
    ["data without an openid field", [p(["a"], "a"), { total: 4, data: {} }], ["a"], 2],
    ["count 0", [p(["a", "b"], "b"), { ...p(["c"], "c"), count: 0 }], ["a", "b", "c"], 2],
    ["an empty next_openid", [p(["a", "b"], "")], ["a", "b"], 1],
    ["a missing next_openid", [p(["a", "b"], undefined)], ["a", "b"], 1],
    ["next_openid equal to the cursor just sent", [p(["a"], "a"), p(["b"], "a")], ["a", "b"], 2],
    ["a page that adds no new id", [p(["a", "b"], "b"), p(["a", "b"], "z")], ["a", "b"], 2],
  ])("stops on %s", async (_name, pages, expected, reads) => {
    const fake = scripted(pages);
    const live = await readLive(fake.api);
    expect(live.openids).toEqual(expected);
    expect(fake.cursors).toHaveLength(reads);
  });

  it("sends the previous next_openid as the next cursor, starting from empty", async () => {
    const fake = scripted([p(["a", "b"], "b"), p(["c", "d"], "d"), { total: 4, count: 0 }]);
    await readLive(fake.api);
    expect(fake.cursors).toEqual(["", "b", "d"]);
  });

  it("drops repeats across pages and keeps WeChat's order", async () => {
    const fake = scripted([p(["z", "a"], "a"), p(["a", "m", "z"], "z"), p(["b"], "b"), {}]);
    const live = await readLive(fake.api, { warn: () => {} });
    expect(live.openids).toEqual(["z", "a", "m", "b"]);
  });

  it("drops repeats within and across many overlapping pages, keeping first-seen order", async () => {
    // 30k distinct ids, read through pages that each go back over part of the previous one and
    // repeat ids inside themselves: the id index grows many times and probes past collisions.
    const distinct = Array.from({ length: 30_000 }, (_, i) => `o${(i * 7919).toString(36)}x`);
    const pages: BlacklistPage[] = [];
    for (let start = 0; start < distinct.length; start += 1_000) {
      const ids = distinct.slice(Math.max(0, start - 300), start + 1_000);
      ids.push(ids[0] as string, ids[500] as string);
      pages.push({
        total: distinct.length,
        count: ids.length,
        data: { openid: ids },
        next_openid: ids.at(-3),
      });
    }
    pages.push({ total: distinct.length, count: 0 });
    const live = await readLive(scripted(pages).api);
    expect(live.openids.join("\n")).toBe(distinct.join("\n"));
  });

  it("collects the same ids in the same order as a Set would, whatever the repeats", async () => {
    const page = fc.array(
      fc.constantFrom("oa", "oA", "ob", "o_", "o-", "oab", "oba", "", "o\u00e9"),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(page, { minLength: 1, maxLength: 6 }), async (idPages) => {
        const pages: BlacklistPage[] = idPages.map((ids, i) => ({
          count: ids.length,
          data: { openid: ids },
          next_openid: `cursor${i}`,
        }));
        const fake = scripted([...pages, {}]);
        const live = await readLive(fake.api);
        // The reference: read the pages readLive read, into a Set.
        const expected = new Set(idPages.slice(0, fake.cursors.length).flat());
        expect(live.openids).toEqual([...expected]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [1, 0],
    [7, 1],
    [1000, 3],
    [1000, 2500],
    [1000, 3000],
    [10_000, 3000],
  ])("at page size %i reads %i ids with the minimum pages plus one empty page", async (size, n) => {
    const list = Array.from({ length: n }, (_, i) => `o${(n - i).toString(36)}`);
    const api = pager(list, size);
    const live = await readLive(api);
    expect(live.openids).toEqual(list);
    expect(live.pages).toBe(Math.ceil(n / size) + 1);
    expect(api.calls).toBe(live.pages);
  });

  it("warns when the collected count differs from total", async () => {
    const warnings: string[] = [];
    const fake = scripted([p(["a", "b"], "b", 3), { total: 3 }]);
    const live = await readLive(fake.api, { warn: (m) => warnings.push(say("en", m)) });
    expect(live).toEqual({ openids: ["a", "b"], total: 3, pages: 2 });
    expect(warnings).toEqual([expect.stringMatching(/2 distinct ids.*total of 3/)]);
  });

  it("errors instead of truncating when the paging never ends", async () => {
    let i = 0;
    const endless = {
      getBlacklistPage: async (): Promise<BlacklistPage> => {
        i += 1;
        return { total: 5, count: 1, data: { openid: [`o${i}`] }, next_openid: `o${i}` };
      },
    };
    await expect(readLive(endless)).rejects.toThrow(/still paging after 16 pages.*does not end/);
  });

  it("reports progress after every page", async () => {
    const seen: Array<[number, number]> = [];
    await readLive(pager(["a", "b", "c"], 2), {
      onPage: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [2, 3],
      [3, 3],
      [3, 3],
    ]);
  });

  it("reads 50,000 ids at 5,000 a page in 11 reads", async () => {
    const list = Array.from({ length: 50_000 }, (_, i) => `o${i.toString(36).padStart(27, "0")}`);
    const index = new Map(list.map((id, i) => [id, i]));
    let calls = 0;
    const api = {
      getBlacklistPage: async (begin: string): Promise<BlacklistPage> => {
        calls += 1;
        const start = begin === "" ? 0 : index.get(begin)! + 1;
        const ids = list.slice(start, start + 5_000);
        return ids.length === 0
          ? { total: list.length, count: 0 }
          : {
              total: list.length,
              count: ids.length,
              data: { openid: ids },
              next_openid: ids.at(-1),
            };
      },
    };
    const live = await readLive(api);
    expect(live.openids.join("\n")).toBe(list.join("\n"));
    expect(calls).toBe(11);
  });
});

describe("readLive without a total", () => {
  it("pages a list longer than the slack cap when WeChat sends no total", async () => {
    const list = Array.from({ length: 40 }, (_, i) => `o${String(i).padStart(3, "0")}`);
    const paged = pager(list, 1);
    const api = {
      getBlacklistPage: async (begin: string) => {
        const { total: _omitted, ...page } = await paged.getBlacklistPage(begin);
        return page;
      },
    };
    const live = await readLive(api);
    expect(live.openids).toEqual(list);
    expect(live.pages).toBe(41);
  });
});

describe("readLive and Ctrl-C", () => {
  it("requests no further page once the signal is aborted, and fails saying nothing changed", async () => {
    const list = Array.from({ length: 30 }, (_, i) => `o${String(i).padStart(3, "0")}`);
    const paged = pager(list, 10);
    const controller = new AbortController();
    const error = await readLive(paged, {
      signal: controller.signal,
      onPage: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/interrupted after 1 page; nothing was changed/);
    expect(paged.calls).toBe(1);
  });
});
