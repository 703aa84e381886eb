import { describe, expect, it } from "vitest";
import type { AccountsConfig } from "../../../src/accounts/account-config.js";
import {
  selectAccounts,
  type SelectionFlags,
  type SelectionPolicy,
} from "../../../src/accounts/select-accounts.js";
import { InputError } from "../../../src/errors.js";

const config: AccountsConfig = {
  sha256: "0".repeat(64),
  accounts: ["main", "shop", "web-cn"].map((name, i) => ({
    name,
    file: `accounts/${name}/blacklist.yaml`,
    env: name.toUpperCase().replace("-", "_"),
    line: 2 + i * 2,
    column: 3,
  })),
};

const select = (flags: SelectionFlags, policy: SelectionPolicy) =>
  selectAccounts(config, flags, policy, "apply").map((a) => a.name);

describe("selectAccounts (SPEC 11)", () => {
  it.each([
    {
      name: "no flag: every account",
      flags: {},
      policy: "every" as const,
      selected: ["main", "shop", "web-cn"],
    },
    {
      name: "--all: every account",
      flags: { all: true },
      policy: "named" as const,
      selected: ["main", "shop", "web-cn"],
    },
    {
      name: "one --account",
      flags: { account: "shop" },
      policy: "named" as const,
      selected: ["shop"],
    },
    {
      name: "repeated --account, in wxbl.yaml's order, each once",
      flags: { account: ["web-cn", "main", "web-cn"] },
      policy: "every" as const,
      selected: ["main", "web-cn"],
    },
    {
      name: "exactly one for a one-file command",
      flags: { account: "main" },
      policy: "one" as const,
      selected: ["main"],
    },
  ])("$name", ({ flags, policy, selected }) => {
    expect(select(flags, policy)).toEqual(selected);
  });

  it.each([
    {
      name: "nothing named for apply",
      flags: {},
      policy: "named" as const,
      message: /will not guess which: name them with --account NAME \(repeatable\) or give --all/,
    },
    {
      name: "an unknown name",
      flags: { account: "mian" },
      policy: "every" as const,
      message: /no account "mian" in wxbl\.yaml; did you mean "main"\?/,
    },
    {
      name: "an unknown name with nothing near",
      flags: { account: "zzz" },
      policy: "every" as const,
      message: /no account "zzz" in wxbl\.yaml; its accounts: main, shop, web-cn/,
    },
    {
      name: "--all and --account together",
      flags: { all: true, account: "main" },
      policy: "every" as const,
      message: /--all and --account together/,
    },
    {
      name: "two accounts for a one-file command",
      flags: { account: ["main", "shop"] },
      policy: "one" as const,
      message: /edits one account's file: name exactly one/,
    },
    {
      name: "none for a one-file command",
      flags: {},
      policy: "one" as const,
      message: /name exactly one/,
    },
    {
      name: "--all for a one-file command",
      flags: { all: true },
      policy: "one" as const,
      message: /name exactly one/,
    },
  ])("$name is invalid input (exit 3)", ({ flags, policy, message }) => {
    let error: unknown;
    try {
      select(flags, policy);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).localized("zh-CN")).not.toBe((error as InputError).message);
  });
});
