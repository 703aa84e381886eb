import { InputError } from "../errors.js";
import { msg } from "../i18n/index.js";
import { splitArgs } from "./split-args.js";

/**
 * The Action's commands (SPEC 9). `drift` is a plan that keeps an issue; `expire` an apply;
 * `accounts` lists wxbl.yaml's accounts as a matrix for the jobs after it (SPEC 11).
 */
export const ACTION_COMMANDS = [
  "validate",
  "plan",
  "apply",
  "drift",
  "diff",
  "expire",
  "accounts",
] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
/** The commands that run the CLI (`accounts` only reads wxbl.yaml in the Action). */
export type CliCommand = Exclude<ActionCommand, "accounts">;

/** The inputs of action.yml, read and checked. Empty optional inputs are undefined. */
export interface ActionInputs {
  command: ActionCommand;
  /** undefined: the CLI's default (blacklist.yaml), or wxbl.yaml's accounts. */
  file: string | undefined;
  account: string | undefined;
  /**
   * Not an input: the accounts a plan of a repository of several is narrowed to (those the
   * pull request changes, SPEC 11), each passed as --account.
   */
  accounts?: readonly string[];
  args: string[];
  appId: string | undefined;
  appSecret: string | undefined;
  accessToken: string | undefined;
  apiBase: string | undefined;
  httpsProxy: string | undefined;
  githubToken: string | undefined;
  comment: boolean;
  /** As given (`en`, `zh-CN`, …); undefined: the runner's environment decides. */
  lang: string | undefined;
}

/**
 * The inputs that hold secrets: masked in the log before anything is printed (SPEC 9). A
 * proxy URL often carries a password, so it is one too.
 */
export const SECRET_INPUTS = ["app-secret", "access-token", "https-proxy", "github-token"] as const;

/** Reads every input through `get` (core.getInput: INPUT_<NAME>, trimmed, "" when unset). */
export function readActionInputs(get: (name: string) => string): ActionInputs {
  const optional = (name: string) => get(name) || undefined;
  const command = get("command") || "plan";
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(msg("action.badCommand", { command, commands: ACTION_COMMANDS }));
  }
  let args: string[];
  try {
    args = splitArgs(get("args"));
  } catch (error) {
    throw new InputError(msg("action.badArgs", { detail: (error as Error).message }));
  }
  return {
    command: command as ActionCommand,
    file: optional("file"),
    account: optional("account"),
    args,
    appId: optional("app-id"),
    appSecret: optional("app-secret"),
    accessToken: optional("access-token"),
    apiBase: optional("api-base"),
    httpsProxy: optional("https-proxy"),
    githubToken: optional("github-token"),
    comment: booleanInput("comment", get("comment"), true),
    lang: optional("lang"),
  };
}

/** YAML 1.2's core booleans, as @actions/core accepts them; empty is the default. */
function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(msg("action.badBoolean", { name, value }));
}
