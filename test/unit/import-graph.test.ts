import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The shape of src/ (STYLE "a layout that shows the architecture"): data flows one way and no
 * module imports itself back. Read with TypeScript's own pre-processor, so every kind of import
 * counts: static, type-only, re-exports and dynamic import(). A test of our own rather than a
 * tool such as madge: no dependency to keep, and the layer rules sit beside the cycle check.
 */
const SRC = fileURLToPath(new URL("../../src", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Each module of src/ (relative path) and the modules of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const imports = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => relative(SRC, resolve(dirname(file), name.replace(/\.js$/, ".ts"))));
    graph.set(relative(SRC, file), imports);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (module: string): void => {
    state.set(module, "open");
    stack.push(module);
    for (const next of graph.get(module) ?? []) {
      if (state.get(next) === "open") {
        found.push([...stack.slice(stack.indexOf(next)), next].join(" -> "));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(module, "done");
  };
  for (const module of [...graph.keys()].sort()) if (!state.has(module)) visit(module);
  return found;
}

const graph = importGraph();
const importsOf = (prefix: string) =>
  [...graph]
    .filter(([module]) => module.startsWith(prefix))
    .flatMap(([module, imports]) => imports.map((imported) => [module, imported] as const));

describe("the import graph of src/", () => {
  it("is read: every relative import names a module of src/", () => {
    expect(graph.size).toBeGreaterThan(50);
    const missing = [...graph.values()].flat().filter((module) => !graph.has(module));
    expect(missing).toEqual([]);
  });

  it("has no cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one (the check itself works)", () => {
    const looped = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
    ]);
    expect(cycles(looped)).toEqual(["a.ts -> b.ts -> c.ts -> a.ts"]);
  });

  it.each([
    ["the engine (reconcile/) imports nothing from render/", "reconcile/", "render/"],
    ["the sandbox imports nothing from the client it judges (SPEC 6)", "sandbox/", "wechat/"],
    ["the file reader (desired/) imports nothing from the engine", "desired/", "reconcile/"],
    ["the engine imports nothing from the CLI", "reconcile/", "cli/"],
  ])("%s", (_name, from, to) => {
    expect(importsOf(from).filter(([, imported]) => imported.startsWith(to))).toEqual([]);
  });

  it("commands do not import each other", () => {
    const between = importsOf("cli/commands/").filter(([, imported]) =>
      imported.startsWith("cli/commands/"),
    );
    expect(between).toEqual([]);
  });

  it("no hand-written source file is over 400 lines (each file does one job)", () => {
    // *.generated.ts is ajv's standalone code, made from a schema by scripts/build-validators.js.
    const long = sourceFiles(SRC)
      .filter((file) => !file.endsWith(".generated.ts"))
      .map((file) => [relative(SRC, file), readFileSync(file, "utf8").split("\n").length - 1])
      .filter(([, lines]) => (lines as number) > 400);
    expect(long).toEqual([]);
  });

  it("the shared helpers (util/) import nothing else of src/", () => {
    expect(importsOf("util/").filter(([, imported]) => !imported.startsWith("util/"))).toEqual([]);
  });
});
