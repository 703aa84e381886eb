#!/usr/bin/env node
// The installed entry point: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
import module from "node:module";

// Node 22.1+ caches compiled code between runs (a faster start for every command); a no-op on 20.
module.enableCompileCache?.();

const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
