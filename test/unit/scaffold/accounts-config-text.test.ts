import { describe, expect, it } from "vitest";
import { checkAccountsConfig } from "../../../src/accounts/check-accounts-config.js";
import {
  addAccountToConfig,
  newAccountsConfig,
  pathScalar,
} from "../../../src/scaffold/accounts-config-text.js";

const shop = { name: "shop", file: "accounts/shop/blacklist.yaml" };
const accountsOf = (text: string) => {
  const check = checkAccountsConfig(Buffer.from(text, "utf8"));
  if (!check.ok) throw new Error(JSON.stringify(check.findings));
  return check.config.accounts.map((a) => [a.name, a.file, a.env]);
};

describe("newAccountsConfig (wxbl.yaml when there is none)", () => {
  it("is a valid wxbl.yaml with the one account and the published schema", () => {
    const text = newAccountsConfig({ name: "main", file: "blacklist.yaml" }, "1.4.2");
    expect(accountsOf(text)).toEqual([["main", "blacklist.yaml", "MAIN"]]);
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/wxbl@1/schema/wxbl.schema.json",
    );
  });
});

describe("addAccountToConfig (a splice at the end of accounts:)", () => {
  it.each([
    {
      layout: "block, comments and an env kept byte for byte",
      text: "# ours\naccounts:\n  main:\n    file: a.yaml # the first\n  # the brand\n  brand-cn:\n    file: b.yaml\n    env: BRAND\n\n# the end\n",
      expected:
        "# ours\naccounts:\n  main:\n    file: a.yaml # the first\n  # the brand\n  brand-cn:\n    file: b.yaml\n    env: BRAND\n  shop:\n    file: accounts/shop/blacklist.yaml\n\n# the end\n",
    },
    {
      layout: "four-space indents, no final line break",
      text: "accounts:\n    main:\n        file: a.yaml",
      expected:
        "accounts:\n    main:\n        file: a.yaml\n    shop:\n        file: accounts/shop/blacklist.yaml\n",
    },
    {
      layout: "flow style",
      text: "accounts: {main: {file: a.yaml}}\n",
      expected: "accounts: {main: {file: a.yaml}, shop: { file: accounts/shop/blacklist.yaml }}\n",
    },
    {
      layout: "CRLF line ends",
      text: "accounts:\r\n  main:\r\n    file: a.yaml\r\n",
      expected:
        "accounts:\r\n  main:\r\n    file: a.yaml\r\n  shop:\r\n    file: accounts/shop/blacklist.yaml\r\n",
    },
  ])("$layout", ({ text, expected }) => {
    const added = addAccountToConfig(text, shop);
    expect(added).toBe(expected);
    expect(accountsOf(added).map(([name]) => name)).toEqual([
      ...accountsOf(text).map(([name]) => name),
      "shop",
    ]);
  });
});

describe("pathScalar", () => {
  it.each([
    ["accounts/shop/blacklist.yaml", "accounts/shop/blacklist.yaml"],
    ["accounts/my shop/b.yaml", '"accounts/my shop/b.yaml"'],
    ["a: b.yaml", '"a: b.yaml"'],
    ["123", '"123"'],
    ["#x.yaml", '"#x.yaml"'],
  ])("%s is written %s", (path, written) => {
    expect(pathScalar(path)).toBe(written);
  });
});
