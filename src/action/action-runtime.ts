import type { GitHubPort } from "./github-port.js";

/** What the Action touches of the runner: @actions/core and @actions/github in production. */
export interface ActionRuntime {
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal: AbortSignal;
  now: () => Date;
  getInput: (name: string) => string;
  setSecret: (value: string) => void;
  setOutput: (name: string, value: string) => void;
  /** A line for the job's log. */
  info: (text: string) => void;
  /** Raw text for the job's log: workflow commands in it (validate's annotations) are obeyed. */
  write: (text: string) => void;
  /**
   * Runs `work` with workflow commands switched off in the log, so that text from the file (a
   * reason) or from WeChat that the CLI prints is never taken for one (`::stop-commands::`).
   */
  inert: <T>(work: () => Promise<T>) => Promise<T>;
  notice: (text: string) => void;
  setFailed: (text: string) => void;
  appendSummary: (markdown: string) => Promise<void>;
  github: (token: string) => GitHubPort;
  event: {
    payload: unknown;
    repo: { owner: string; repo: string };
    serverUrl: string;
    runId: number;
    sha: string;
  };
}
