// Types for bench/desired-file.js, so that its unit tests are type-checked.
export function idPrefix(seed: number): string;
export function generateIds(count: number, seed: number, prefix?: string): string[];
export interface ScenarioLayout {
  followers: string[];
  blacklist: string[];
  desired: string[];
  expected: { block: number; unblock: number };
}
export function layoutScenario(
  ids: readonly string[],
  sizes: { live: number; block: number; unblock: number },
): ScenarioLayout;
export function desiredFileText(
  desired: readonly string[],
  options?: { guardMax?: number; appid?: string },
): string;
export function minimumPageReads(live: number, pageSize: number): { min: number; max: number };
export function minimumWrites(block: number, unblock: number): number;
