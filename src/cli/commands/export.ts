import { parse } from "yaml";
import { InputError } from "../../errors.js";
import { msg } from "../../i18n/message.js";
import { CREDENTIAL_VARIABLES, credentialsFromEnv } from "../../wechat/credentials.js";
import { readLive } from "../../wechat/read-live.js";
import { createWechatClient } from "../../wechat/wechat-client.js";
import { defineCommand } from "../command.js";
import { startProgress } from "../progress.js";
import { writeOutputFile } from "../write-output-file.js";

interface ExportArgs {
  out?: string;
}

/**
 * `wxbl export [--out F]`: how an operator adopts an existing blacklist. 1. read the live list,
 * 2. render it as a desired-state file whose plan is empty, 3. write it (stdout or --out).
 */
export const exportCommand = defineCommand<ExportArgs>({
  command: "export",
  describe: "Write the live blacklist as a desired-state file (to adopt an existing blacklist)",
  builder: (yargs) =>
    yargs
      .option("out", {
        alias: "o",
        type: "string",
        describe: "Write the file here (atomically) instead of to stdout",
      })
      .epilog(`Credentials from the environment: ${CREDENTIAL_VARIABLES}.`),
  run: async (args, io) => {
    // stdout holds exactly the format asked for: the file is YAML, never JSON or markdown.
    if (args.out === undefined && args.format !== "text") {
      throw new InputError(msg("export.formatOnStdout", { format: args.format }));
    }
    const info = (text: string) => {
      if (!args.quiet) io.stderr(`${text}\n`);
    };
    // 1. read the live list
    const credentials = credentialsFromEnv(io.env);
    if (credentials.kind === "token") {
      info(
        "warning: only WECHAT_ACCESS_TOKEN is set, so the account's appid cannot be checked or recorded in the file",
      );
    }
    const client = createWechatClient({
      credentials,
      env: io.env,
      log: args.verbose ? (line) => io.stderr(`${line}\n`) : undefined,
    });
    const progress = startProgress(io, "Reading the live blacklist", { quiet: args.quiet });
    let live;
    try {
      live = await readLive(client, {
        warn: (message) => info(`warning: ${message}`),
        onPage: (done, total) => progress.update(done, total),
      });
    } finally {
      progress.stop();
      await client.close();
    }
    // 2. render
    const text = renderExport({
      openids: live.openids,
      appid: client.appid,
      now: io.now?.() ?? new Date(),
    });
    // 3. write
    if (args.out === undefined) {
      io.stdout(text);
    } else {
      await writeOutputFile(io, args.out, text, "the exported file");
    }
    info(
      `Exported ${live.openids.length.toLocaleString("en-US")} blocked openids (${live.pages} page reads)` +
        (args.out === undefined ? "." : ` to ${args.out}.`),
    );
    return 0;
  },
});

/**
 * The desired-state file for a live list: header comment, schema line, version, appid when
 * known, prune: true, users sorted (plain code-unit order) in the bare form. Built as lines
 * joined once, so a million ids take well under a second.
 */
export function renderExport(input: {
  openids: readonly string[];
  appid: string | undefined;
  now: Date;
}): string {
  const account = input.appid ?? "(appid unknown: token given)";
  // The default sort compares UTF-16 code units: plain code-unit order, never case-folded.
  const users = [...input.openids].sort();
  const lines = [
    `# Exported from WeChat account ${account} on ${input.now.toISOString()} by wxbl export`,
    "# yaml-language-server: $schema=./schema/blacklist.schema.json",
    "version: 1",
    ...(input.appid === undefined ? [] : [`appid: ${yamlScalar(input.appid)}`]),
    "prune: true",
  ];
  if (users.length === 0) {
    lines.push("users: []");
  } else {
    lines.push("users:", `  - ${users.map(yamlScalar).join("\n  - ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Plain scalars that start with a letter or "_" and are no YAML 1.1/1.2 keyword stay bare. */
const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEYWORD = /^(true|false|null|yes|no|on|off|y|n)$/i;
const OPENID_CHARS = /^[A-Za-z0-9_-]+$/;

/**
 * The value as YAML needs it: bare when both YAML 1.2 and 1.1 read it back as the same string
 * (so `123`, `1e5`, `-` and `1_000` are quoted), JSON-quoted otherwise.
 */
export function yamlScalar(value: string): string {
  if (PLAIN_SAFE.test(value) && !KEYWORD.test(value)) return value;
  const bare =
    OPENID_CHARS.test(value) &&
    parse(value) === value &&
    parse(value, { version: "1.1" }) === value;
  return bare ? value : JSON.stringify(value);
}
