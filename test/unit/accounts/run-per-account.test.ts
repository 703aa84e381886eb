import { describe, expect, it } from "vitest";
import type { AccountConfig } from "../../../src/accounts/account-config.js";
import { combinedExitCode, runPerAccount } from "../../../src/accounts/run-per-account.js";
import { InputError, RefusedError, RuntimeFailure } from "../../../src/errors.js";

const accounts: AccountConfig[] = ["a", "b", "c", "d", "e"].map((name) => ({
  name,
  file: `${name}.yaml`,
  env: name.toUpperCase(),
  line: 1,
  column: 1,
}));

describe("combinedExitCode (SPEC 11)", () => {
  it.each([
    { codes: [], code: 0 },
    { codes: [0, 0], code: 0 },
    { codes: [0, 2], code: 2 },
    { codes: [2, 1, 0], code: 1 },
    { codes: [1, 4, 2], code: 4 },
    { codes: [4, 3, 1, 2, 0], code: 3 },
    { codes: [0, 130], code: 1 },
  ])("$codes -> $code", ({ codes, code }) => {
    expect(combinedExitCode(codes)).toBe(code);
  });
});

describe("runPerAccount", () => {
  it.each([1, 2, 4])("runs at most %i accounts at once, and each of them", async (parallel) => {
    let running = 0;
    let most = 0;
    const gates = new Map<string, () => void>();
    const done = runPerAccount(accounts, { parallel }, async (account) => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => gates.set(account.name, resolve));
      running--;
      return { exitCode: 0, name: account.name };
    });
    // Once as many accounts as may run are waiting, release the latest; until all are done.
    const finished = new Set<string>();
    while (finished.size < accounts.length) {
      await new Promise((resolve) => setImmediate(resolve));
      const waiting = [...gates.keys()];
      if (waiting.length >= Math.min(parallel, accounts.length - finished.size)) {
        const name = waiting[waiting.length - 1]!;
        gates.get(name)!();
        gates.delete(name);
        finished.add(name);
      }
    }
    const outcomes = await done;
    expect(most).toBe(parallel);
    expect(outcomes.map((o) => o.value?.name)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("keeps one account's failure to that account, with the error's exit code", async () => {
    const failures: string[] = [];
    const outcomes = await runPerAccount(
      accounts,
      { parallel: 2, onError: (account) => failures.push(account.name) },
      async (account) => {
        if (account.name === "b") throw new InputError("bad file");
        if (account.name === "c") throw new RefusedError("guard");
        if (account.name === "d") throw new Error("a bug");
        if (account.name === "e") throw new RuntimeFailure("quota");
        return { exitCode: 2 };
      },
    );
    expect(outcomes.map((o) => [o.account.name, o.exitCode])).toEqual([
      ["a", 2],
      ["b", 3],
      ["c", 4],
      ["d", 1],
      ["e", 1],
    ]);
    expect(failures.sort()).toEqual(["b", "c", "d", "e"]);
  });

  it("starts no account after Ctrl-C", async () => {
    const controller = new AbortController();
    const ran: string[] = [];
    const outcomes = await runPerAccount(
      accounts,
      { parallel: 1, signal: controller.signal },
      async (account) => {
        ran.push(account.name);
        if (account.name === "b") controller.abort();
        return { exitCode: 0 };
      },
    );
    expect(ran).toEqual(["a", "b"]);
    expect(outcomes.map((o) => o.exitCode)).toEqual([0, 0, 1, 1, 1]);
    expect(String(outcomes[2]?.error)).toContain("account c was not started: interrupted");
  });
});
