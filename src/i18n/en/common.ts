/**
 * English messages shared by every command: the CLI's own errors. Each area of the system has
 * its own catalogue file beside this one (en/<area>.ts and zh-CN/<area>.ts); see ../catalog.ts.
 * A message is a function of its parameters, so the compiler checks every call and every
 * translation takes exactly the same parameters.
 */
export const common = {
  "cli.interrupted": () =>
    "\nInterrupted: finishing the calls in flight, starting no new ones (Ctrl-C again to quit now).\n",
  "cli.error": (p: { message: string }) => `wxbl: ${p.message}`,
  "cli.unexpected": (p: { message: string }) => `wxbl: unexpected error: ${p.message}`,
  "cli.unexpectedHint": () => "Re-run with --verbose for details, and report it if it persists.",
  "cli.nameACommand": () => "Name a command: wxbl --help lists them.",
  "cli.usageError": (p: { message: string }) => `${p.message}\nSee: wxbl --help`,
};
