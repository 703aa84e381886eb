// Runs the built CLI in this process, like bin/wxbl.js, and records what it cost: wall time
// since the process started, CPU time and peak RSS. The figures go as JSON to the file named
// by WXBL_BENCH_MEASURE_OUT; the exit code is the CLI's.
//
//   WXBL_BENCH_MEASURE_OUT=/tmp/m.json node bench/measure.js plan --file x.yaml
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { main } from "../dist/cli/main.js";

const out = process.env.WXBL_BENCH_MEASURE_OUT;

const code = await main(process.argv.slice(2));
// performance.now() counts from the process's time origin, so module loading is included.
const wallMs = performance.now();
const usage = process.resourceUsage();
const figures = {
  exit_code: code,
  wall_ms: Math.round(wallMs),
  user_ms: Math.round(usage.userCPUTime / 1000),
  system_ms: Math.round(usage.systemCPUTime / 1000),
  max_rss_mb: Math.round(usage.maxRSS / 1024),
};
if (out) writeFileSync(out, JSON.stringify(figures));
process.exitCode = code;
