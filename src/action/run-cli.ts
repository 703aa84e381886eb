import type { Io } from "../cli/io.js";
import { main } from "../cli/main.js";

export interface CliRun {
  code: number;
  /** Everything the CLI wrote to stdout: the plan, the diff, diagnostics, the apply outcome. */
  stdout: string;
  /** The last lines it wrote to stderr, for a failure's summary (all of it went to the log). */
  stderrTail: string;
  /** The workflow commands it gave (validate's annotations), for the log to obey. */
  annotations: string;
}

/** Lines of stderr kept for a failure's summary and comment. */
const STDERR_TAIL_LINES = 40;

/**
 * Runs the CLI in this process, exactly as `wxbl ARGV` would run (the same engine: no second
 * implementation in the Action), with a non-interactive Io: stdout captured for the Action to
 * place, stderr passed through to the job's log as it comes and its tail kept.
 */
export async function runCli(
  argv: readonly string[],
  options: {
    env: NodeJS.ProcessEnv;
    cwd: string;
    signal: AbortSignal;
    log: (text: string) => void;
  },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  let annotations = "";
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => {
      options.log(text);
      stderr = keepTail(stderr + text);
    },
    annotate: (line) => void (annotations += line),
    env: options.env,
    cwd: options.cwd,
    interactive: false,
    stdoutIsTTY: false,
    signal: options.signal,
    confirm: async () => false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderrTail: stderr, annotations };
}

function keepTail(text: string): string {
  const lines = text.split("\n");
  // One more than kept: the last element is the unfinished line after the final "\n".
  return lines.length > STDERR_TAIL_LINES + 1
    ? lines.slice(-(STDERR_TAIL_LINES + 1)).join("\n")
    : text;
}
