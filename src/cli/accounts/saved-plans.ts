import { readFile } from "node:fs/promises";
import { plansValidator } from "../../accounts/plans-schema.js";
import { InputError } from "../../errors.js";
import { msg } from "../../i18n/message.js";
import type { Plan } from "../../reconcile/plan.js";
import { resolvePath } from "../read-desired-and-live.js";
import type { Io } from "../io.js";

/** The plans a `wxbl plan --out` with a wxbl.yaml saved (wxbl-plans/1), by account. */
export interface SavedPlans {
  accounts: Record<string, Plan>;
}

/** Reads and checks a saved wxbl-plans/1 file; anything else is exit 3, naming what is wrong. */
export async function readSavedPlans(shownPath: string, io: Io): Promise<SavedPlans> {
  let text: string;
  try {
    text = await readFile(resolvePath(io, shownPath), "utf8");
  } catch (error) {
    throw new InputError(
      msg("accounts.saved.cannotRead", {
        file: shownPath,
        code: (error as NodeJS.ErrnoException).code ?? String(error),
      }),
    );
  }
  return parseSavedPlans(shownPath, text);
}

export function parseSavedPlans(shownPath: string, text: string): SavedPlans {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      msg("accounts.saved.notJson", { file: shownPath, problem: (error as Error).message }),
    );
  }
  if ((data as { format?: unknown } | null)?.format === "wxbl-plan/1") {
    throw new InputError(msg("accounts.saved.onePlan", { file: shownPath }));
  }
  const validate = plansValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || "(top)"} ${e.message ?? "is invalid"}`)
      .join("; ");
    throw new InputError(msg("accounts.saved.invalid", { file: shownPath, problems }));
  }
  return { accounts: (data as SavedPlans).accounts };
}
