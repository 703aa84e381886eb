import { describe, expect, it } from "vitest";
import { catalogs } from "../../../src/i18n/catalog.js";
import { langFlagIn, resolveLang } from "../../../src/i18n/lang.js";

describe("the catalogues (SPEC 12: both languages have every message)", () => {
  const en = catalogs.en as Record<string, (...args: never[]) => string>;
  const zh = catalogs["zh-CN"] as Record<string, (...args: never[]) => string>;

  it("zh-CN has exactly the keys of en", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("each zh-CN message takes the parameters of its English twin", () => {
    const arityDiffers = Object.keys(en).filter((key) => en[key]?.length !== zh[key]?.length);
    expect(arityDiffers).toEqual([]);
  });

  it("no zh-CN message is left as the English text", () => {
    // Every parameter reads as "{name}", whether a message uses it as text or as a list.
    const placeholder = (name: string) =>
      Object.assign([], {
        join: () => `{${name}}`,
        [Symbol.toPrimitive]: () => `{${name}}`,
      });
    const probe = new Proxy({}, { get: (_target, name) => placeholder(String(name)) });
    const untranslated = Object.keys(en).filter((key) => {
      const english = String((en[key] as (p: unknown) => string)(probe));
      const chinese = String((zh[key] as (p: unknown) => string)(probe));
      return (
        /[A-Za-z]{4,}/.test(english.replace(/\{[^}]*\}|wxbl|--?[a-z-]+/g, "")) &&
        english === chinese
      );
    });
    expect(untranslated).toEqual([]);
  });
});

describe("resolveLang (SPEC 12: --lang, WXBL_LANG, LC_ALL, LC_MESSAGES, LANG)", () => {
  it.each([
    { name: "nothing set is English", flag: undefined, env: {}, lang: "en" },
    {
      name: "the flag wins over the environment",
      flag: "en",
      env: { WXBL_LANG: "zh-CN" },
      lang: "en",
    },
    { name: "the flag zh-CN", flag: "zh-CN", env: {}, lang: "zh-CN" },
    {
      name: "WXBL_LANG wins over LANG",
      flag: undefined,
      env: { WXBL_LANG: "en", LANG: "zh_CN.UTF-8" },
      lang: "en",
    },
    { name: "LANG zh_CN.UTF-8", flag: undefined, env: { LANG: "zh_CN.UTF-8" }, lang: "zh-CN" },
    {
      name: "LC_ALL wins over LANG",
      flag: undefined,
      env: { LC_ALL: "C", LANG: "zh_CN.UTF-8" },
      lang: "en",
    },
    {
      name: "LC_MESSAGES wins over LANG",
      flag: undefined,
      env: { LC_MESSAGES: "zh_TW", LANG: "en_US" },
      lang: "zh-CN",
    },
    {
      name: "an empty variable is skipped",
      flag: undefined,
      env: { LC_ALL: "", LANG: "zh_CN" },
      lang: "zh-CN",
    },
    {
      name: "another language is English",
      flag: undefined,
      env: { LANG: "fr_FR.UTF-8" },
      lang: "en",
    },
  ])("$name", ({ flag, env, lang }) => {
    expect(resolveLang(flag, env)).toBe(lang);
  });

  it.each([
    { argv: ["plan", "--lang", "zh-CN"], flag: "zh-CN" },
    { argv: ["plan", "--lang=en"], flag: "en" },
    { argv: ["plan"], flag: undefined },
    { argv: ["block", "--", "--lang"], flag: undefined },
  ])("langFlagIn($argv)", ({ argv, flag }) => {
    expect(langFlagIn(argv)).toBe(flag);
  });
});
