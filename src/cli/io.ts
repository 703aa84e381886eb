/**
 * What a command may touch of the outside world. Commands write through this, never to
 * process.stdout directly, so the end-to-end tests can run the CLI in-process as well as
 * in a child process.
 */
export interface Io {
  /** Only what the operator asked for: the plan, the diff, diagnostics, an exported file. */
  stdout: (text: string) => void;
  /** Progress, logs, warnings and errors. */
  stderr: (text: string) => void;
  /**
   * GitHub workflow commands (validate's annotations), whole lines. Default: stderr, which the
   * runner reads commands from as well as stdout; the Action collects them to print them
   * where its log obeys them.
   */
  annotate?: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when stdin and stderr are terminals (prompts and progress bars are allowed). */
  interactive: boolean;
  /** True when stdout is a terminal (colour is allowed unless NO_COLOR or --no-color). */
  stdoutIsTTY: boolean;
  /** Raised on Ctrl-C: long-running commands stop starting new work and report. */
  signal: AbortSignal;
  /** Ask a yes/no question on the terminal; resolves false on anything but yes. */
  confirm: (question: string) => Promise<boolean>;
  /** The clock for expiry dates and reports; defaults to the system clock. */
  now?: () => Date;
  /**
   * The WeChat client's time: token lives, retry backoff and the 45011 pause. Default the
   * system's (Date.now and timers); tests give a fake one whose sleep moves time at once, so a
   * per-minute limit does not depend on the real clock's minute or the machine's speed.
   */
  wechatClock?: { now: () => number; sleep: (ms: number) => Promise<void> };
  /** All of standard input, as UTF-8 text (`--from -`). */
  readStdin?: () => Promise<string>;
}

export function processIo(signal: AbortSignal): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    signal,
    confirm: async (question) => {
      const { createInterface } = await import("node:readline/promises");
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        const answer = await rl.question(`${question} [y/N] `);
        return /^y(es)?$/i.test(answer.trim());
      } catch {
        return false; // Ctrl-C or end of input at the prompt: a no
      } finally {
        rl.close();
        // Let the process end: an open stdin would keep it alive after the run.
        process.stdin.pause();
        process.stdin.unref?.();
      }
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}
