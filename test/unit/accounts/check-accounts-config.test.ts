import { describe, expect, it } from "vitest";
import { checkAccountsConfig } from "../../../src/accounts/check-accounts-config.js";
import { say } from "../../../src/i18n/message.js";

const check = (text: string) => checkAccountsConfig(Buffer.from(text, "utf8"));

/** Each finding as `line:column message`, in English. */
function problems(text: string): string[] {
  const result = check(text);
  if (result.ok) return [];
  return result.findings.map((f) => `${f.line}:${f.column} ${say("en", f.message)}`);
}

describe("checkAccountsConfig (wxbl.yaml, SPEC 11)", () => {
  it("reads the accounts in order, with the default env and each name's position", () => {
    const result = check(
      "# the accounts\naccounts:\n  main:\n    file: accounts/main/blacklist.yaml\n  shop-cn:\n    file: accounts/shop/blacklist.yaml\n    env: SHOP\n  web-2:\n    file: web.yaml\n",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.accounts).toEqual([
      { name: "main", file: "accounts/main/blacklist.yaml", env: "MAIN", line: 3, column: 3 },
      { name: "shop-cn", file: "accounts/shop/blacklist.yaml", env: "SHOP", line: 5, column: 3 },
      { name: "web-2", file: "web.yaml", env: "WEB_2", line: 8, column: 3 },
    ]);
    expect(result.config.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    { name: "an empty file", text: "  \n", expected: ["1:1 wxbl.yaml is empty"] },
    {
      name: "not a map",
      text: "- main\n",
      expected: ["1:1 wxbl.yaml must be a map with an 'accounts:' key, found [\u2026]"],
    },
    {
      name: "no accounts key",
      text: "acounts:\n  main:\n    file: a.yaml\n",
      expected: ["1:1 accounts is missing", '1:1 unknown key "acounts"; did you mean "accounts"?'],
    },
    { name: "no account", text: "accounts: {}\n", expected: ["1:11 accounts is empty"] },
    {
      name: "accounts is a list",
      text: "accounts:\n  - main\n",
      expected: [
        "2:3 accounts must be a map of names to accounts (main:, shop:, ...), found [\u2026]",
      ],
    },
    {
      name: "an account that is not a map",
      text: "accounts:\n  main: a.yaml\n",
      expected: [
        "2:9 account main must be a map with 'file:' (and optionally 'env:'), found \"a.yaml\"",
      ],
    },
    {
      name: "a file that is not text",
      text: "accounts:\n  main:\n    file: 12\n",
      expected: ["3:11 file of account main must be text, found 12"],
    },
    {
      name: "an empty file name",
      text: 'accounts:\n  main:\n    file: ""\n',
      expected: ["3:11 the file of account main is empty"],
    },
    {
      name: "a key near a known one",
      text: "accounts:\n  main:\n    file: a.yaml\n    envv: X\n",
      expected: ['4:5 unknown key "envv" in account main; did you mean "env"?'],
    },
    {
      name: "a key near nothing",
      text: "accounts:\n  main:\n    file: a.yaml\n    secret: x\n",
      expected: ['4:5 unknown key "secret" in account main; allowed: file, env'],
    },
    {
      name: "an uppercase name",
      text: "accounts:\n  Shop:\n    file: a.yaml\n",
      expected: [
        '2:3 account name "Shop" may use only lowercase letters, digits and - (at most 64); e.g. "shop"',
      ],
    },
    {
      name: "a bad env",
      text: "accounts:\n  shop:\n    file: a.yaml\n    env: shop-cn\n",
      expected: ["4:10 env of account shop is shop-cn; write uppercase letters, digits and _"],
    },
    {
      name: "an absolute file",
      text: "accounts:\n  shop:\n    file: /etc/blacklist.yaml\n",
      expected: [
        "3:11 the file of account shop (/etc/blacklist.yaml) must be a file path inside this directory",
      ],
    },
    {
      name: "a file outside",
      text: "accounts:\n  shop:\n    file: ../other/blacklist.yaml\n",
      expected: [
        "3:11 the file of account shop (../other/blacklist.yaml) must be a file path inside this directory",
      ],
    },
    {
      name: "two accounts with one file",
      text: "accounts:\n  main:\n    file: a.yaml\n  shop:\n    file: ./a.yaml\n",
      expected: [
        "5:11 account shop has the file of account main (line 3): ./a.yaml; each account needs its own file",
      ],
    },
    {
      name: "two accounts with one set of variables",
      text: "accounts:\n  shop-cn:\n    file: a.yaml\n  shop:\n    file: b.yaml\n    env: SHOP_CN\n",
      expected: [
        "6:10 account shop would use the variables of account shop-cn (line 2): WECHAT_SHOP_CN_...",
      ],
    },
    {
      name: "YAML that does not parse",
      text: "accounts:\n  main: [\n",
      expected: ["not valid YAML"],
    },
    {
      name: "a duplicate name",
      text: "accounts:\n  main:\n    file: a.yaml\n  main:\n    file: b.yaml\n",
      expected: ["Map keys must be unique"],
    },
  ])("$name is reported at its line and column", ({ text, expected }) => {
    const found = problems(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(found[i]).toContain(start));
  });

  it("reports every problem at once", () => {
    const found = problems("accounts:\n  Main:\n    file: a.yaml\n  shop:\n    fil: b.yaml\n");
    expect(found.map((f) => f.split(" ")[0])).toEqual(["2:3", "4:3", "5:5"]);
  });

  it("refuses bytes that are not UTF-8, naming the place", () => {
    const result = checkAccountsConfig(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say("en", result.findings[0]!.message)).toContain("not UTF-8");
  });

  it("has every message in Chinese too", () => {
    const result = check("accounts:\n  main:\n    fiel: a.yaml\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings.map((f) => say("zh-CN", f.message))).toEqual([
        "公众号 main 没有 file；请添加 'file: accounts/main/blacklist.yaml'（它的黑名单文件）",
        '未知的键 "fiel"（公众号 main）；是不是想写 "file"？',
      ]);
    }
  });
});
