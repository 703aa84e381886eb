import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  desiredFileText,
  generateIds,
  idPrefix,
  layoutScenario,
  minimumPageReads,
  minimumWrites,
} from "../../bench/desired-file.js";

describe("generateIds", () => {
  it("makes distinct openids of one account, the same for the same seed", () => {
    const ids = generateIds(5_000, 7);
    expect(new Set(ids).size).toBe(5_000);
    expect(ids.every((id) => /^o[A-Za-z0-9_-]{27}$/.test(id))).toBe(true);
    expect(ids.every((id) => id.startsWith(idPrefix(7)))).toBe(true);
    expect(generateIds(5_000, 7)).toEqual(ids);
    expect(generateIds(10, 8)).not.toEqual(ids.slice(0, 10));
  });

  it("gives each seed its own prefix, and takes a prefix when given one", () => {
    expect(idPrefix(7)).toMatch(/^o[A-Za-z0-9_-]{5}$/);
    const prefixes = new Set(Array.from({ length: 50 }, (_, seed) => idPrefix(seed)));
    expect(prefixes.size).toBe(50);
    expect(generateIds(100, 7, "oDF3iY").every((id) => id.startsWith("oDF3iY"))).toBe(true);
    expect(() => generateIds(1, 7, "oDF3i")).toThrow(/5 base64url characters/);
  });

  it("varies all 22 characters after the prefix", () => {
    const ids = generateIds(20_000, 3);
    for (let position = 6; position < 28; position++) {
      expect(new Set(ids.map((id) => id[position])).size, `position ${position}`).toBe(64);
    }
  });
});

describe("layoutScenario", () => {
  it("blocks every live id, drops the first `unblock` from the file and adds `block` followers", () => {
    const ids = generateIds(130, 1);
    const layout = layoutScenario(ids, { live: 100, block: 30, unblock: 10 });
    const live = new Set(layout.blacklist);
    const desired = new Set(layout.desired);
    expect(layout.followers).toHaveLength(130);
    expect(layout.blacklist).toHaveLength(100);
    expect(layout.desired.filter((id) => !live.has(id))).toHaveLength(30);
    expect(layout.blacklist.filter((id) => !desired.has(id))).toHaveLength(10);
    expect(layout.desired.every((id) => layout.followers.includes(id))).toBe(true);
  });

  it("refuses sizes the ids cannot cover", () => {
    expect(() => layoutScenario(generateIds(10, 1), { live: 10, block: 1, unblock: 0 })).toThrow(
      /need 11 ids/,
    );
    expect(() => layoutScenario(generateIds(10, 1), { live: 5, block: 0, unblock: 6 })).toThrow(
      /cannot unblock/,
    );
  });
});

describe("desiredFileText", () => {
  it("lists every desired id, half bare and half with a reason, guards opened as asked", () => {
    const desired = generateIds(6, 3);
    const doc = parse(desiredFileText(desired, { guardMax: 1_000 })) as {
      version: number;
      guard: Record<string, number>;
      users: (string | { openid: string; reason: string })[];
    };
    expect(doc.version).toBe(1);
    expect(doc.guard).toEqual({ max_block: 1_000, max_unblock: 1_000 });
    expect(doc.users.map((u) => (typeof u === "string" ? u : u.openid))).toEqual(desired);
    expect(doc.users.filter((u) => typeof u === "string")).toHaveLength(3);
    expect(doc.users.filter((u) => typeof u !== "string" && u.reason.length > 0)).toHaveLength(3);
  });
});

describe("call minimums", () => {
  it.each([
    [0, 0, 0],
    [1, 0, 1],
    [20, 20, 2],
    [21, 1, 3],
    [5_000, 5_000, 500],
  ])("%i blocks and %i unblocks need %i write calls", (block, unblock, calls) => {
    expect(minimumWrites(block, unblock)).toBe(calls);
  });

  it.each([
    [0, 1_000, 1, 1],
    [100_000, 1_000, 100, 101],
    [100_001, 1_000, 101, 102],
    [1_000_000, 10_000, 100, 101],
  ])("%i live at %i a page: %i to %i page reads", (live, pageSize, min, max) => {
    expect(minimumPageReads(live, pageSize)).toEqual({ min, max });
  });
});
