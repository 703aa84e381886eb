import { describe, expect, it } from "vitest";
import type { AccountConfig } from "../../../src/accounts/account-config.js";
import { accountMatrix, accountNames, describeChoice } from "../../../src/action/account-matrix.js";
import { touchedAccounts } from "../../../src/action/touched-accounts.js";
import { msg } from "../../../src/i18n/index.js";

const account = (name: string, file: string, env = name.toUpperCase().replaceAll("-", "_")) =>
  ({ name, file, env, line: 1, column: 3 }) satisfies AccountConfig;
const main = account("main", "blacklist.yaml");
const shop = account("shop", "accounts/shop/blacklist.yaml");
const brand = account("brand-cn", "./accounts/brand-cn/blacklist.yaml");
const all = [main, shop, brand];
const names = (accounts: AccountConfig[]) => accounts.map((a) => a.name);

describe("touchedAccounts (which accounts a change touches)", () => {
  it.each([
    { change: "one account's file", paths: ["accounts/shop/blacklist.yaml"], touched: ["shop"] },
    {
      change: "files written differently in wxbl.yaml (./)",
      paths: ["accounts/brand-cn/blacklist.yaml", "blacklist.yaml"],
      touched: ["main", "brand-cn"],
    },
    {
      change: "nothing of any account",
      paths: ["README.md", ".github/workflows/x.yml"],
      touched: [],
    },
    { change: "a renamed account file, old name", paths: ["accounts/shop/old.yaml"], touched: [] },
  ])("$change", ({ paths, touched }) => {
    expect(names(touchedAccounts(all, paths, all))).toEqual(touched);
  });

  it("with wxbl.yaml changed: the new entries and those that differ, in wxbl.yaml's order", () => {
    const before = [main, account("shop", "accounts/shop/old.yaml")];
    expect(names(touchedAccounts(all, ["wxbl.yaml"], before))).toEqual(["shop", "brand-cn"]);
    const renamedEnv = [main, shop, account("brand-cn", brand.file, "BRAND")];
    expect(names(touchedAccounts(all, ["wxbl.yaml"], renamedEnv))).toEqual(["brand-cn"]);
    expect(names(touchedAccounts(all, ["wxbl.yaml"], all))).toEqual([]);
  });

  it("with wxbl.yaml changed and its earlier version unknown: every account", () => {
    expect(names(touchedAccounts(all, ["wxbl.yaml"], undefined))).toEqual(names(all));
  });
});

describe("accountMatrix and describeChoice (the accounts command's outputs)", () => {
  it("a matrix entry per account: name, ENV of its secrets, file; the names as JSON", () => {
    const outputs = accountMatrix({ kind: "changed", accounts: [shop, brand] });
    expect(JSON.parse(outputs.matrix)).toEqual({
      include: [
        { account: "shop", env: "SHOP", file: "accounts/shop/blacklist.yaml" },
        { account: "brand-cn", env: "BRAND_CN", file: "./accounts/brand-cn/blacklist.yaml" },
      ],
    });
    expect(outputs.accounts).toBe('["shop","brand-cn"]');
    expect(accountMatrix({ kind: "changed", accounts: [] })).toEqual({
      matrix: '{"include":[]}',
      accounts: "[]",
    });
  });

  it("refuses more accounts than one matrix runs (exit 3)", () => {
    const many = Array.from({ length: 257 }, (_, i) => account(`a${i}`, `a${i}.yaml`));
    expect(() => accountMatrix({ kind: "every", accounts: many })).toThrow(
      /257 accounts are more jobs than one GitHub Actions matrix runs \(256\)/,
    );
  });

  it("says which accounts and why, in both languages", () => {
    const config = { accounts: all, sha256: "" };
    expect(describeChoice("en", { kind: "changed", accounts: [shop] }, config)).toBe(
      "1 of 3 accounts, whose file or entry in wxbl.yaml changed: `shop`.",
    );
    expect(describeChoice("en", { kind: "changed", accounts: [] }, config)).toMatch(/^None of/);
    const unknown = {
      kind: "unknown" as const,
      why: msg("actionAccounts.whyNewBranch"),
      accounts: all,
    };
    expect(describeChoice("zh-CN", unknown, config)).toBe(
      "无法判断改动了哪些公众号（这次推送没有更早的提交可供比较），因此处理全部公众号（3 个）：`main`、`shop`、`brand-cn`。",
    );
  });

  it("the account input of the accounts command: names separated by spaces or commas", () => {
    expect(accountNames(" shop, brand-cn  main ")).toEqual(["shop", "brand-cn", "main"]);
    expect(accountNames("")).toEqual([]);
    expect(accountNames(undefined)).toEqual([]);
  });
});
