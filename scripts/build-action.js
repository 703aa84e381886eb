#!/usr/bin/env node
// `npm run build:action`: bundles the GitHub Action (src/action/index.ts) and the file loader's
// worker into action/dist/, committed, since a JavaScript action runs from the repository with
// no `npm install`. esbuild: one ESM file per entry with every dependency inside, for Node 20.19+
// (the runner's node24 and older self-hosted runners). `--outdir DIR` builds elsewhere (the
// test that checks the committed bundle is current builds into a temporary folder).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const at = process.argv.indexOf("--outdir");
const outdir = at > 0 ? process.argv[at + 1] : join(root, "action", "dist");

await build({
  absWorkingDir: root,
  entryPoints: {
    index: "src/action/index.ts",
    // load-desired-off-thread.ts starts it from beside the bundle for files of 1 MiB and more.
    "load-desired-worker": "src/desired/load-desired-worker.ts",
  },
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  // CommonJS dependencies inside an ES module still call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __wxblCreateRequire } from "node:module"; const require = __wxblCreateRequire(import.meta.url);',
  },
});
