import { readFile } from "node:fs/promises";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    {
      // @actions/workflow-parser ships source maps without their sources: drop the map comments
      // of that inlined package so Vite does not print a warning per file.
      name: "workflow-parser-without-sourcemaps",
      enforce: "pre",
      async load(id) {
        if (!/[\\/]@actions[\\/]workflow-parser[\\/].*\.js$/.test(id)) return null;
        const code = await readFile(id, "utf8");
        return code.replace(/^\/\/# sourceMappingURL=.*$/m, "");
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    // Integration and e2e tests start real loopback servers and child processes:
    // generous timeouts keep them steady on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node
    // refuses; inlining lets Vite load it (test/workflows validates the GitHub workflows with it).
    server: { deps: { inline: ["@actions/workflow-parser"] } },
    // The JSON report is what .ci/run reads for its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }]],
  },
});
