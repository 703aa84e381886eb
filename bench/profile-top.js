// Prints the costliest functions of a V8 .cpuprofile (from `node --cpu-prof`, which
// `npm run bench -- --cpu-prof` adds to every wxbl run): self time and total time (self plus
// callees), by function and file:line.
//
//   node bench/profile-top.js /tmp/wxbl-bench-XXXX/profiles/plan-1M.cpuprofile [--top 25]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

/** The top `top` functions of a .cpuprofile by self time and by total time, as text. */
export function summarizeProfile(path, top = 25) {
  const profile = JSON.parse(readFileSync(path, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);

  // Sample time per node: timeDeltas[i] is the time before sample i.
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }

  const keyOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "") : "";
    return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
  };

  const self = new Map();
  const total = new Map();
  let allUs = 0;
  for (const [id, us] of selfUs) {
    allUs += us;
    const node = byId.get(id);
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + us);
    // Total: count each function once per sample, however often it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const key = keyOf(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }

  const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  const pct = (us) => `${((100 * us) / allUs).toFixed(1).padStart(5)}%`;
  const print = (title, map) => {
    const sorted = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
    return `\n${title}\n${sorted.map(([key, us]) => `${ms(us)} ${pct(us)}  ${key}\n`).join("")}`;
  };
  return (
    `${path}: ${ms(allUs).trim()} sampled\n` +
    print("self time (the function's own code)", self) +
    print("total time (with what it calls)", total)
  );
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string", default: "25" } },
  });
  if (positionals.length !== 1) {
    process.stderr.write("usage: node bench/profile-top.js FILE.cpuprofile [--top N]\n");
    process.exit(3);
  }
  process.stdout.write(summarizeProfile(positionals[0], Number(values.top)));
}
