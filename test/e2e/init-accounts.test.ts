import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { scaffoldFiles, workflowFiles } from "../../src/scaffold/scaffold-files.js";
import { wxblVersion } from "../../src/version.js";
import { accountIds } from "./accounts-fixture.js";
import { tempDir, wxbl } from "./run-wxbl.js";
import { gitIn } from "../support/git-repo.js";

/** `wxbl init --account NAME --appid WX…` (SPEC 9, 11): adding accounts to a repository. */
let dir: string;
let remove: () => void;
let sandbox: Sandbox | undefined;
beforeEach(() => {
  ({ dir, remove } = tempDir("wxbl-init-accounts-"));
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  remove();
});

const MAIN = "wx1111111111111111";
const BRAND = "wx2222222222222222";
const OTHER = "wx3333333333333333";
const version = wxblVersion();
const read = (path: string) => readFileSync(join(dir, path), "utf8");
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => wxbl(args, { cwd: dir, env });
const git = gitIn(() => dir);
/** Every file under the repository (but .git), with its text. */
function tree(): Record<string, string> {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
      entry.name === ".git"
        ? []
        : entry.isDirectory()
          ? walk(join(at, entry.name))
          : [join(at, entry.name)],
    );
  return Object.fromEntries(
    walk(dir).map((path) => [relative(dir, path).split(sep).join("/"), readFileSync(path, "utf8")]),
  );
}
const workflows = (accounts: { name: string; file: string; env: string }[], lang = "en") =>
  Object.fromEntries(
    workflowFiles({ version, lang, accounts }).map((file) => [file.path, file.text]),
  );
const mainAccount = { name: "main", file: "accounts/main/blacklist.yaml", env: "MAIN" };
const brandAccount = {
  name: "brand-cn",
  file: "accounts/brand-cn/blacklist.yaml",
  env: "BRAND_CN",
};

describe("wxbl init --account", () => {
  it("adds the first account, then changes nothing when run again", async () => {
    git("init", "-q", "-b", "main");
    const first = await run(["init", "--account", "main", "--appid", MAIN]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(Object.keys(tree()).sort()).toEqual(
      [
        ".github/workflows/wxbl-apply.yml",
        ".github/workflows/wxbl-drift.yml",
        ".github/workflows/wxbl-plan.yml",
        "accounts/main/blacklist.yaml",
        "wxbl.yaml",
      ].sort(),
    );
    expect(read("wxbl.yaml")).toMatch(
      /\naccounts:\n {2}main:\n {4}file: accounts\/main\/blacklist\.yaml\n$/,
    );
    expect(read("accounts/main/blacklist.yaml")).toMatch(new RegExp(`^appid: ${MAIN} `, "m"));
    for (const [path, text] of Object.entries(workflows([mainAccount]))) {
      expect(read(path), path).toBe(text);
    }
    expect(first.stdout).toContain(
      "wrote      accounts/main/blacklist.yaml (appid wx1111111111111111, no users yet)",
    );
    expect(first.stdout).toContain("wrote      wxbl.yaml (the accounts)");
    expect(first.stdout).toContain("WECHAT_MAIN_APPSECRET: the AppSecret of wx1111111111111111");
    expect(first.stdout).toContain("or WECHAT_MAIN_ACCESS_TOKEN instead");
    expect(first.stdout).toMatch(
      /Next steps:\n {2}1\. the account already has a blacklist\? Adopt it before the first merge: set WECHAT_MAIN_APPSECRET in your shell, then npx wxbl@[\d.]+ export --account main\n/,
    );
    expect(first.stdout).not.toContain("no longer read"); // there were no workflows to switch

    const validate = await run(["validate"]);
    expect(validate.code).toBe(0);

    git("add", "-A");
    git("commit", "-q", "-m", "init");
    const before = tree();
    const times = Object.keys(before).map((path) => statSync(join(dir, path)).mtimeMs);
    const again = await run(["init", "--account", "main", "--appid", MAIN]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Nothing changed: the account main is there, as asked.");
    expect(again.stdout).toContain("unchanged  wxbl.yaml (main is there)");
    expect(tree()).toEqual(before);
    expect(Object.keys(before).map((path) => statSync(join(dir, path)).mtimeMs)).toEqual(times);
    expect(git("status", "--porcelain")).toBe("");
  });

  it("adds a second account: wxbl.yaml spliced, the other account untouched, the workflows for both", async () => {
    expect((await run(["init", "--account", "main", "--appid", MAIN])).code).toBe(0);
    // The operator's own comment and layout in wxbl.yaml survive.
    const config = read("wxbl.yaml").replace(
      "accounts:\n",
      "accounts:\n  # the brand account comes next\n",
    );
    writeFileSync(join(dir, "wxbl.yaml"), config);
    const mainFile = read("accounts/main/blacklist.yaml");

    const second = await run([
      "init",
      "--account",
      "brand-cn",
      "--appid",
      BRAND,
      "--format",
      "json",
    ]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({
      account: "brand-cn",
      file: "accounts/brand-cn/blacklist.yaml",
      appid: BRAND,
      written: [
        "accounts/brand-cn/blacklist.yaml",
        "wxbl.yaml",
        ".github/workflows/wxbl-plan.yml",
        ".github/workflows/wxbl-apply.yml",
      ],
      kept: [],
      // The drift workflow lists no account: the matrix comes from wxbl.yaml.
      unchanged: [".github/workflows/wxbl-drift.yml"],
      secrets: ["WECHAT_BRAND_CN_APPSECRET", "WECHAT_BRAND_CN_ACCESS_TOKEN"],
    });
    expect(read("wxbl.yaml")).toBe(
      `${config}  brand-cn:\n    file: accounts/brand-cn/blacklist.yaml\n`,
    );
    expect(read("accounts/main/blacklist.yaml")).toBe(mainFile);
    for (const [path, text] of Object.entries(workflows([mainAccount, brandAccount]))) {
      expect(read(path), path).toBe(text);
    }
    const validate = await run(["validate"]);
    expect(validate.code).toBe(0);
    expect(validate.stderr).toMatch(/\[brand-cn\] accounts\/brand-cn\/blacklist\.yaml: 0 errors/);
  });

  it("refuses what clashes (exit 3), writing nothing", async () => {
    expect((await run(["init", "--account", "main", "--appid", MAIN])).code).toBe(0);
    expect((await run(["init", "--account", "brand-cn", "--appid", BRAND])).code).toBe(0);
    const before = tree();
    const cases: [string[], RegExp][] = [
      [
        ["--account", "brand-cn", "--appid", OTHER],
        /accounts\/brand-cn\/blacklist\.yaml \(the account brand-cn\) is for wx2222222222222222, not wx3333333333333333; nothing was written/,
      ],
      [
        ["--account", "shop", "--appid", MAIN],
        /wx1111111111111111 is already the account main \(accounts\/main\/blacklist\.yaml\)/,
      ],
      [
        ["--account", "main", "--appid", MAIN, "--file", "main.yaml"],
        /the account main is already in wxbl\.yaml \(line \d+\) with the file accounts\/main\/blacklist\.yaml, not main\.yaml/,
      ],
      [
        ["--account", "shop", "--appid", OTHER, "--file", "accounts/main/blacklist.yaml"],
        /accounts\/main\/blacklist\.yaml is already the file of the account main/,
      ],
      [
        ["--account", "Shop_1", "--appid", OTHER],
        /an account name is lowercase letters, digits and -.*e\.g\. shop-1/,
      ],
      [["--account", "shop"], /needs --appid wx…/],
      [["--account", "shop", "--appid", "wx123"], /--appid wx123 is not an AppID/],
      [["--account", "shop", "--account", "news", "--appid", OTHER], /one account at a time/],
      [
        ["--account", "shop", "--appid", OTHER, "--file", "../shop.yaml"],
        /must be a file inside the repository/,
      ],
      [["--appid", OTHER], /--appid is for wxbl init --account NAME/],
    ];
    for (const [args, message] of cases) {
      const result = await run(["init", ...args]);
      expect(result.code, args.join(" ")).toBe(3);
      expect(result.stderr, args.join(" ")).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(tree(), args.join(" ")).toEqual(before);
    }
    // The same env for two accounts: brand-cn's variables are WECHAT_BRAND_CN_….
    writeFileSync(
      join(dir, "wxbl.yaml"),
      read("wxbl.yaml").replace("brand-cn:\n", "brand-cn:\n    env: NEWS\n"),
    );
    const env = await run(["init", "--account", "news", "--appid", OTHER]);
    expect(env.code).toBe(3);
    expect(env.stderr).toMatch(
      /the account news's variables would be WECHAT_NEWS_…, which are already the account brand-cn's/,
    );
  });

  it("turns a one-account repository into one of several: the file gets its appid, the workflows switch", async () => {
    expect((await run(["init"])).code).toBe(0);
    const single = read("blacklist.yaml");
    const result = await run([
      "init",
      "--account",
      "main",
      "--appid",
      MAIN,
      "--file",
      "blacklist.yaml",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "updated    blacklist.yaml (added appid: wx1111111111111111; nothing else changed)",
    );
    // Only the commented example line became the appid line.
    const lines = (text: string) => text.split("\n");
    const changed = lines(read("blacklist.yaml")).filter((line, i) => line !== lines(single)[i]);
    expect(changed).toEqual([`appid: ${MAIN} # wxbl refuses to touch any other account`]);
    for (const [path, text] of Object.entries(
      workflows([{ name: "main", file: "blacklist.yaml", env: "MAIN" }]),
    )) {
      expect(read(path), path).toBe(text);
      expect(result.stdout).toContain(`updated    ${path} (the many-account form`);
    }
    expect(result.stdout).toContain(
      "WECHAT_APPID, WECHAT_APPSECRET and WECHAT_ACCESS_TOKEN are no longer read",
    );
    expect((await run(["validate"])).code).toBe(0);
  });

  it("keeps a workflow edited by hand and says what it lacks; --force rewrites it", async () => {
    expect((await run(["init"])).code).toBe(0);
    const plan = ".github/workflows/wxbl-plan.yml";
    const edited = `${read(plan)}# our own note\n`;
    writeFileSync(join(dir, plan), edited);
    const kept = await run([
      "init",
      "--account",
      "main",
      "--appid",
      MAIN,
      "--file",
      "blacklist.yaml",
    ]);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain(`kept       ${plan} (not what wxbl init wrote`);
    expect(kept.stdout).toContain(
      "The workflows kept above do not know main yet: add blacklist.yaml to their paths: and WECHAT_MAIN_APPSECRET to the plan job's env:",
    );
    expect(read(plan)).toBe(edited);
    const forced = await run([
      "init",
      "--account",
      "main",
      "--appid",
      MAIN,
      "--file",
      "blacklist.yaml",
      "--force",
    ]);
    expect(forced.code).toBe(0);
    expect(read(plan)).toBe(
      workflows([{ name: "main", file: "blacklist.yaml", env: "MAIN" }])[plan],
    );
  });

  it("with the account's own credentials set, the file is its live list; another account's are never used", async () => {
    const shopIds = accountIds("q7Ys2", "B", 5);
    sandbox = await startSandbox({
      seed: 5,
      accounts: [
        { name: "main", state: { followers: accountIds("mA1n0", "B", 3), blacklist: [] } },
        {
          name: "shop",
          state: { followers: [...shopIds, ...accountIds("q7Ys2", "F", 4)], blacklist: shopIds },
        },
      ],
    });
    const main = sandbox.account("main");
    const shop = sandbox.account("shop");
    const env = {
      WECHAT_API_BASE: sandbox.url,
      WECHAT_MAIN_APPSECRET: main.secret,
      WECHAT_SHOP_APPSECRET: shop.secret,
    };
    expect((await run(["init", "--account", "main", "--appid", main.appid], env)).code).toBe(0);
    main.resetLog();
    const result = await run(["init", "--account", "shop", "--appid", shop.appid], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "wrote      accounts/shop/blacklist.yaml (the account's live blacklist, 5 entries)",
    );
    expect(result.stdout).not.toContain("Adopt it");
    const file = read("accounts/shop/blacklist.yaml");
    expect(file).toContain(`appid: ${shop.appid}`);
    for (const id of shopIds) expect(file).toContain(id);
    expect(main.state().calls).toEqual([]);
    const plan = await run(["plan", "--account", "shop", "--detailed-exitcode"], env);
    expect(plan.code).toBe(0);
    for (const secret of [main.secret, shop.secret]) {
      expect(result.stdout + result.stderr + plan.stdout + plan.stderr).not.toContain(secret);
    }
  });

  it("speaks Chinese with --lang zh-CN; the files stay the same", async () => {
    const result = await run([
      "init",
      "--account",
      "brand-cn",
      "--appid",
      BRAND,
      "--lang",
      "zh-CN",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "已写入    accounts/brand-cn/blacklist.yaml（appid wx2222222222222222，暂无用户）",
    );
    expect(result.stdout).toContain("WECHAT_BRAND_CN_APPSECRET：wx2222222222222222 的 AppSecret");
    expect(result.stdout).toContain("接下来：");
    expect(read(".github/workflows/wxbl-plan.yml")).toBe(
      workflows([brandAccount], "zh-CN")[".github/workflows/wxbl-plan.yml"],
    );
    const clash = await run(["init", "--account", "brand-cn", "--appid", OTHER, "--lang", "zh-CN"]);
    expect(clash.code).toBe(3);
    expect(clash.stderr).toContain(
      "属于 wx2222222222222222，不是 wx3333333333333333；未写入任何文件",
    );
  });
});

describe("the built CLI (bin/wxbl.js, what the package ships)", () => {
  it("adds accounts and validates them: nothing it needs is left beside the sources", () => {
    const bin = fileURLToPath(new URL("../../bin/wxbl.js", import.meta.url));
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: process.env.PATH },
      });
    for (const [name, appid] of [
      ["main", MAIN],
      ["brand-cn", BRAND],
    ] as const) {
      const added = cli("init", "--account", name, "--appid", appid);
      expect(added.stderr).toBe("");
      expect(added.status).toBe(0);
    }
    const validate = cli("validate");
    expect(validate.status).toBe(0);
    expect(validate.stderr).toMatch(/\[brand-cn\] accounts\/brand-cn\/blacklist\.yaml: 0 errors/);
  });
});

describe("wxbl init in a repository with a wxbl.yaml", () => {
  it("writes the many-account workflows and no blacklist.yaml", async () => {
    writeFileSync(
      join(dir, "wxbl.yaml"),
      "accounts:\n  main:\n    file: accounts/main/blacklist.yaml\n",
    );
    const result = await run(["init"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "wxbl.yaml lists 1 account: the workflows take their many-account form",
    );
    expect(result.stdout).toContain("  main: WECHAT_MAIN_APPSECRET (or WECHAT_MAIN_ACCESS_TOKEN)");
    expect(existsSync(join(dir, "blacklist.yaml"))).toBe(false);
    for (const [path, text] of Object.entries(workflows([mainAccount])))
      expect(read(path)).toBe(text);
    // The one-account workflows of an earlier `wxbl init` are brought to this form too.
    const single = scaffoldFiles({ version, lang: "en" }).find((f) =>
      f.path.endsWith("wxbl-plan.yml"),
    )!;
    writeFileSync(join(dir, single.path), single.text);
    const again = await run(["init"]);
    expect(again.stdout).toContain(`updated    ${single.path}`);
    expect(read(single.path)).toBe(workflows([mainAccount])[single.path]);
  });
});
