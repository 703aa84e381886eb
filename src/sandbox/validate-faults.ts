import type { SandboxFaults } from "./sandbox-types.js";

const RATES = ["busyRate", "http500Rate", "dropRate"] as const;
const COUNTS = ["latencyMs", "tokenExpiryEvery", "perMinuteLimit", "dailyWriteQuota"] as const;
const FLAGS = ["unauthorized"] as const;

/** Checks a faults object (from the library, the CLI or POST /__sandbox/faults); throws a plain Error. */
export function validateFaults(input: unknown): SandboxFaults {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new Error("sandbox faults must be a JSON object");
  }
  const faults: SandboxFaults = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (value === undefined) continue;
    if ((RATES as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
        throw new Error(`sandbox fault ${key} must be a number from 0 to 1, got ${String(value)}`);
      }
    } else if ((COUNTS as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
        throw new Error(
          `sandbox fault ${key} must be a whole number of at least 0, got ${String(value)}`,
        );
      }
    } else if ((FLAGS as readonly string[]).includes(key)) {
      if (typeof value !== "boolean") {
        throw new Error(`sandbox fault ${key} must be true or false, got ${String(value)}`);
      }
    } else {
      const known = [...RATES, ...COUNTS, ...FLAGS].join(", ");
      throw new Error(`unknown sandbox fault ${key}; known: ${known}`);
    }
    (faults as Record<string, number | boolean>)[key] = value;
  }
  return faults;
}
