import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogs } from "../../../src/i18n/catalog.js";

/**
 * Each area of the system has its own catalogue file per language (en/<area>.ts and
 * zh-CN/<area>.ts), spread into one catalogue. A key defined in two areas would silently hide
 * one of them, and an area not spread in would be missing at run time: both fail here.
 */
const folder = (lang: string) => new URL(`../../../src/i18n/${lang}/`, import.meta.url);

async function areas(lang: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const name of readdirSync(folder(lang))
    .filter((file) => file.endsWith(".ts"))
    .sort()) {
    const module = (await import(new URL(name, folder(lang)).href)) as Record<string, object>;
    for (const [exported, entries] of Object.entries(module)) {
      found.set(`${name}:${exported}`, Object.keys(entries));
    }
  }
  return found;
}

describe.each(["en", "zh-CN"] as const)("the %s catalogue areas", (lang) => {
  it("define each key once, and every key of every area is in the catalogue", async () => {
    const owners = new Map<string, string[]>();
    for (const [area, keys] of await areas(lang)) {
      for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), area]);
    }
    const twice = [...owners].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
    expect([...owners.keys()].sort()).toEqual(Object.keys(catalogs[lang]).sort());
  });
});
