// Runs bin/wxbl.js, the single-file build as an operator runs it (SPEC 7), in this process, and
// records what the run cost: wall time since the process started (Node's start and module
// loading included), CPU time and peak RSS, taken as the process exits. The figures go as JSON
// to the file named by WXBL_BENCH_MEASURE_OUT; the exit code is the CLI's.
//
//   WXBL_BENCH_MEASURE_OUT=/tmp/m.json node bench/measure.js plan --file x.yaml
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const out = process.env.WXBL_BENCH_MEASURE_OUT;

process.once("exit", (code) => {
  // performance.now() counts from the process's time origin.
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
});

// bin/wxbl.js reads its arguments from process.argv.slice(2): the same as this script's.
await import("../bin/wxbl.js");
