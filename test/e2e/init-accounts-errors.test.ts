import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { accountIds } from "./accounts-fixture.js";
import { tempDir, wxbl } from "./run-wxbl.js";

/**
 * `wxbl init --account` when it cannot finish (SPEC 9, 11): a wxbl.yaml that is not valid, an
 * account's file that is there but broken, the account's credentials refused by WeChat. Each
 * is an error naming the fix, and the repository is left exactly as it was: no wxbl.yaml, no
 * account file, no workflow half written.
 */
let dir: string;
let remove: () => void;
let sandbox: Sandbox | undefined;
beforeEach(() => {
  ({ dir, remove } = tempDir("wxbl-init-accounts-errors-"));
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  remove();
});

const SHOP = "wx9a8b7c6d5e4f3021";
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => wxbl(args, { cwd: dir, env });
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
/** Every file under the repository, with its text. */
function tree(): Record<string, string> {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(at, entry.name)) : [join(at, entry.name)],
    );
  return Object.fromEntries(
    walk(dir).map((path) => [relative(dir, path).split(sep).join("/"), readFileSync(path, "utf8")]),
  );
}

describe("wxbl init --account writes nothing when it cannot finish", () => {
  it("a wxbl.yaml that is not valid: exit 3 at its line and column", async () => {
    put("wxbl.yaml", "accounts:\n  main:\n    fiel: accounts/main/blacklist.yaml\n");
    const before = tree();
    const result = await run(["init", "--account", "shop", "--appid", SHOP]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/wxbl\.yaml:3:5/);
    expect(result.stderr).toContain('"file"'); // did you mean
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
    expect(tree()).toEqual(before);
  });

  it.each([
    ["en", "is there but is not a valid desired-state file; nothing was written"],
    ["zh-CN", "已存在，但不是有效的黑名单文件；未写入任何文件"],
  ])("the account's file there but broken (%s): exit 3 with its problems", async (lang, said) => {
    put("accounts/shop/blacklist.yaml", "version: 1\nappid: wx9a8b7c6d5e4f3021\nuserz: []\n");
    const before = tree();
    const result = await run(["init", "--account", "shop", "--appid", SHOP, "--lang", lang]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`accounts/shop/blacklist.yaml ${said}`);
    expect(result.stderr).toMatch(/accounts\/shop\/blacklist\.yaml:3:1/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(tree()).toEqual(before);
  });

  it("the account's credentials refused by WeChat: exit 1, the secret never shown", async () => {
    sandbox = await startSandbox({
      seed: 7,
      accounts: [
        {
          name: "shop",
          state: { followers: accountIds("q7Ys2", "F", 4), blacklist: accountIds("q7Ys2", "F", 2) },
        },
        { name: "main", state: { followers: accountIds("mA1n0", "F", 2), blacklist: [] } },
      ],
    });
    const shop = sandbox.account("shop");
    const main = sandbox.account("main");
    put("wxbl.yaml", "accounts:\n  main:\n    file: accounts/main/blacklist.yaml\n");
    put("accounts/main/blacklist.yaml", `version: 1\nappid: ${main.appid}\nusers: []\n`);
    const before = tree();
    // The AppSecret set for shop is main's: WeChat refuses it for shop's appid (40125).
    const env = {
      WECHAT_API_BASE: sandbox.url,
      WECHAT_SHOP_APPSECRET: main.secret,
      WECHAT_MAIN_APPSECRET: main.secret,
    };
    const result = await run(["init", "--account", "shop", "--appid", shop.appid], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("40125");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout + result.stderr).not.toContain(main.secret);
    expect(shop.state().errcodes["40125"]).toBe(1);
    expect(main.state().calls).toEqual([]);
    expect(tree()).toEqual(before);
  });
});
