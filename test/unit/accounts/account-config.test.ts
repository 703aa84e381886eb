import { describe, expect, it } from "vitest";
import {
  ACCOUNT_NAME,
  isOutsideRepository,
  normalFile,
  suggestAccountName,
} from "../../../src/accounts/account-config.js";

describe("the account helpers init, wxbl.yaml's check and the Action share", () => {
  it.each<[string, boolean]>([
    ["accounts/main/blacklist.yaml", false],
    ["./blacklist.yaml", false],
    ["a/../b.yaml", false],
    ["/etc/blacklist.yaml", true],
    ["\\\\server\\share.yaml", true],
    ["C:/blacklist.yaml", true],
    ["C:\\blacklist.yaml", true],
    ["../other/blacklist.yaml", true],
    ["a/../../b.yaml", true],
    [".", true],
    ["accounts/", true],
  ])("isOutsideRepository(%j) is %s", (file, outside) => {
    expect(isOutsideRepository(file)).toBe(outside);
  });

  it("compares files in one form", () => {
    expect(normalFile("accounts\\main\\.\\blacklist.yaml")).toBe("accounts/main/blacklist.yaml");
    expect(normalFile("./a//b.yaml")).toBe("a/b.yaml");
  });

  it.each<[string, string]>([
    ["Shop", "shop"],
    ["Brand CN!", "brand-cn"],
    ["--x--", "x"],
    ["广告", "shop"],
    ["a".repeat(70), "a".repeat(64)],
  ])("suggests %j as %j, a name the schema allows", (name, suggestion) => {
    expect(suggestAccountName(name)).toBe(suggestion);
    expect(ACCOUNT_NAME.test(suggestion)).toBe(true);
  });
});
