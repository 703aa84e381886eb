/**
 * Module hooks (node:module register) that let a worker thread run the TypeScript sources, as
 * the tests run them in-process: an import of "./x.js" from a .ts file finds "./x.ts", and a .ts
 * file is compiled by TypeScript's transpileModule (types dropped, nothing checked). What it
 * compiles is kept in the system's temporary folder, keyed by the source's text, so a worker
 * started again does not load TypeScript at all.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CACHE = join(tmpdir(), "wxbl-test-typescript-loader");
let typescript;

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL ?? "";
  if (parent.endsWith(".ts") && specifier.startsWith(".") && specifier.endsWith(".js")) {
    const source = new URL(specifier.replace(/\.js$/, ".ts"), parent);
    if (existsSync(fileURLToPath(source))) return { url: source.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith(".ts")) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const text = await readFile(path, "utf8");
  const cached = join(CACHE, `${createHash("sha256").update(path).update(text).digest("hex")}.js`);
  const hit = await readFile(cached, "utf8").catch(() => undefined);
  if (hit !== undefined) return { format: "module", source: hit, shortCircuit: true };
  typescript ??= (await import("typescript")).default;
  const { outputText } = typescript.transpileModule(text, {
    fileName: path,
    compilerOptions: {
      module: typescript.ModuleKind.ESNext,
      target: typescript.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
  });
  // Written whole then renamed: a worker reading it meanwhile never sees half of it.
  mkdirSync(CACHE, { recursive: true });
  const temp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, outputText);
  await rename(temp, cached);
  return { format: "module", source: outputText, shortCircuit: true };
}
