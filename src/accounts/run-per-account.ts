import pLimit from "p-limit";
import { ExitCode, RuntimeFailure, WxblError } from "../errors.js";
import { msg } from "../i18n/message.js";
import type { AccountConfig } from "./account-config.js";

/** How one account's work ended. */
export interface AccountOutcome<T> {
  account: AccountConfig;
  /** The account's own exit code (SPEC 2), before they are combined. */
  exitCode: number;
  /** What the work returned, when it returned. */
  value?: T;
  /** What it threw, when it threw. */
  error?: unknown;
}

export interface RunPerAccountOptions {
  /** Accounts worked on at once (`--parallel`). */
  parallel: number;
  /** Ctrl-C: accounts not started yet are not started. */
  signal?: AbortSignal;
  /** Told as each account's work throws, so its error shows when it happens. */
  onError?: (account: AccountConfig, error: unknown) => void;
}

/**
 * Runs `work` for every account, `parallel` at a time, and gives each account's outcome in the
 * accounts' order (SPEC 11: one account's failure never stops or changes another). The work
 * returns its exit code with its value; a throw is that account's failure, with the exit code
 * of the error (1 for anything that is not a WxblError).
 */
export async function runPerAccount<T extends { exitCode: number }>(
  accounts: readonly AccountConfig[],
  options: RunPerAccountOptions,
  work: (account: AccountConfig) => Promise<T>,
): Promise<AccountOutcome<T>[]> {
  const limit = pLimit(options.parallel);
  return Promise.all(
    accounts.map((account) =>
      limit(async (): Promise<AccountOutcome<T>> => {
        try {
          if (options.signal?.aborted) {
            throw new RuntimeFailure(msg("accounts.run.notStarted", { account: account.name }));
          }
          const value = await work(account);
          return { account, exitCode: value.exitCode, value };
        } catch (error) {
          options.onError?.(account, error);
          return { account, exitCode: exitCodeOf(error), error };
        }
      }),
    ),
  );
}

export function exitCodeOf(error: unknown): number {
  return error instanceof WxblError ? error.exitCode : ExitCode.failure;
}

/**
 * The exit code of a run over several accounts (SPEC 11): 3 if any account had invalid input,
 * else 4 if any was refused, else 1 if any failed, else 2 if any has changes (with
 * --detailed-exitcode), else 0.
 */
export function combinedExitCode(codes: Iterable<number>): number {
  const seen = new Set(codes);
  for (const code of [
    ExitCode.invalidInput,
    ExitCode.refused,
    ExitCode.failure,
    ExitCode.changes,
  ]) {
    if (seen.has(code)) return code;
  }
  for (const code of seen) if (code !== ExitCode.ok) return ExitCode.failure; // unknown: not a success
  return ExitCode.ok;
}
