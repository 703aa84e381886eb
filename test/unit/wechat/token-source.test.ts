import { describe, expect, it } from "vitest";
import { cachingTokenSource, staticTokenSource } from "../../../src/wechat/token-source.js";

function issuer(expiresIn = 7200) {
  let issued = 0;
  const pending: Array<() => void> = [];
  let hold = false;
  return {
    get issued() {
      return issued;
    },
    holdNext() {
      hold = true;
    },
    release() {
      hold = false;
      pending.splice(0).forEach((go) => go());
    },
    fetch: async () => {
      issued += 1;
      const accessToken = `TOKEN-${issued}-abcdef`;
      if (hold) await new Promise<void>((go) => pending.push(go));
      return { accessToken, expiresIn };
    },
  };
}

describe("cachingTokenSource", () => {
  it("shares one fetch among concurrent callers", async () => {
    const source = issuer();
    const time = 0;
    const tokens = cachingTokenSource(source.fetch, () => time);
    source.holdNext();
    const all = Promise.all([tokens.get(), tokens.get(), tokens.get()]);
    source.release();
    expect(await all).toEqual(["TOKEN-1-abcdef", "TOKEN-1-abcdef", "TOKEN-1-abcdef"]);
    expect(source.issued).toBe(1);
  });

  it.each([
    ["well inside the life", 7200, 6_899_000, 1],
    ["inside the 300 s safety margin", 7200, 6_900_000, 2],
    ["past half of a short life", 100, 50_000, 2],
    ["before half of a short life", 100, 49_000, 1],
  ])("renews %s", async (_name, expiresIn, laterMs, fetches) => {
    const source = issuer(expiresIn);
    let time = 0;
    const tokens = cachingTokenSource(source.fetch, () => time);
    await tokens.get();
    time = laterMs;
    await tokens.get();
    expect(source.issued).toBe(fetches);
  });

  it("invalidating the stale token fetches once, however many callers report it", async () => {
    const source = issuer();
    const tokens = cachingTokenSource(source.fetch, () => 0);
    const stale = await tokens.get();
    tokens.invalidate(stale);
    const fresh = await tokens.get();
    tokens.invalidate(stale); // a late report of the same stale token
    expect(await tokens.get()).toBe(fresh);
    expect(source.issued).toBe(2);
  });

  it("does not cache a failed fetch", async () => {
    let fail = true;
    const tokens = cachingTokenSource(
      async () => {
        if (fail) throw new Error("busy");
        return { accessToken: "TOKEN-ok-123456", expiresIn: 7200 };
      },
      () => 0,
    );
    await expect(tokens.get()).rejects.toThrow("busy");
    fail = false;
    expect(await tokens.get()).toBe("TOKEN-ok-123456");
  });
});

describe("staticTokenSource", () => {
  it("gives the token as is and cannot renew it", async () => {
    const tokens = staticTokenSource("GIVEN-123456");
    tokens.invalidate("GIVEN-123456");
    expect(await tokens.get()).toBe("GIVEN-123456");
    expect(tokens.renewable).toBe(false);
  });
});
