import { redact } from "../secrets.js";
import { compareCodeUnits } from "../util/code-unit-order.js";
import { compareChanges } from "./change.js";
import type { ApplyResult, StopReason } from "./apply-changes.js";
import type { Verification } from "./verify.js";

/** The `--report FILE` JSON (SPEC section 4), described by schema/report.schema.json. */
export interface ApplyReport {
  format: "wxbl-report/1";
  blocked: string[];
  unblocked: string[];
  failed: {
    openid: string;
    action: "block" | "unblock";
    errcode: number | null;
    /** The desired file's line; null for an unblock of an id that is not in the file. */
    line: number | null;
    message: string;
  }[];
  remaining: { block: number; unblock: number };
  calls: { block: number; unblock: number; total: number };
  /** True only when the live list was read again and matched (false with --no-verify). */
  verified: boolean;
  // Extras after the SPEC's keys.
  stopped: null | { reason: StopReason; message: string };
  /** null when verification was skipped (--no-verify). */
  verification: null | {
    ok: boolean;
    missing_blocks: string[];
    lingering_unblocks: string[];
    unexpected: string[];
    /** Why the live list could not be read again (nothing was compared); null when it was read. */
    read_error: string | null;
  };
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort(compareCodeUnits);

/** Build the report with a fixed key order and sorted arrays, so two runs diff cleanly. */
export function makeReport(result: ApplyResult, verification: Verification | null): ApplyReport {
  const failed = [...result.failed].sort(compareChanges).map((failure) => ({
    openid: failure.openid,
    action: failure.action,
    errcode: failure.errcode,
    line: failure.line ?? null,
    message: redact(failure.message),
  }));
  return {
    format: "wxbl-report/1",
    blocked: sorted(result.blocked),
    unblocked: sorted(result.unblocked),
    failed,
    remaining: { block: result.remaining.block, unblock: result.remaining.unblock },
    calls: {
      block: result.calls.block,
      unblock: result.calls.unblock,
      total: result.calls.block + result.calls.unblock,
    },
    verified: verification?.ok ?? false,
    stopped: result.stopped && {
      reason: result.stopped.reason,
      message: redact(result.stopped.message),
    },
    verification: verification && {
      ok: verification.ok,
      missing_blocks: sorted(verification.missingBlocks),
      lingering_unblocks: sorted(verification.lingeringUnblocks),
      unexpected: sorted(verification.unexpected),
      read_error: verification.readError === undefined ? null : redact(verification.readError),
    },
  };
}
