/**
 * The languages wxbl speaks (SPEC section 12) and how the one to use is chosen. This module
 * imports nothing, so every part of the system may depend on it.
 */
export const LANGS = ["en", "zh-CN"] as const;
export type Lang = (typeof LANGS)[number];

/** Where the language comes from when --lang is not given, first set one wins (SPEC 12). */
const LANG_VARIABLES = ["WXBL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * The language of everything a moderator reads: `--lang` if given, else the first of
 * WXBL_LANG, LC_ALL, LC_MESSAGES and LANG that is set and not empty. Anything starting with
 * `zh` (zh_CN.UTF-8, zh-TW, zh) is zh-CN; anything else, and nothing at all, is English.
 */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag !== undefined && flag !== "") return fromTag(flag);
  for (const name of LANG_VARIABLES) {
    const value = env[name];
    if (value !== undefined && value !== "") return fromTag(value);
  }
  return "en";
}

function fromTag(tag: string): Lang {
  return tag.trim().toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** `--lang VALUE` or `--lang=VALUE` in a raw argv, for messages printed before yargs parsed it. */
export function langFlagIn(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === "--") return undefined;
    if (word === "--lang") return argv[i + 1];
    if (word.startsWith("--lang=")) return word.slice("--lang=".length);
  }
  return undefined;
}
