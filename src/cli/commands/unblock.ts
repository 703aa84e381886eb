import { planUnblock } from "../../moderation/plan-edits.js";
import { defineCommand } from "../command.js";
import { editBlacklist, type EditArgs } from "../edit-blacklist.js";

interface UnblockArgs extends EditArgs {
  "missing-ok": boolean;
}

export const unblockCommand = defineCommand<UnblockArgs>({
  command: "unblock [openids..]",
  describe:
    "Remove users from the blacklist file, with their comments (never calls WeChat: the pull request and apply do)",
  builder: (yargs) =>
    yargs
      .positional("openids", {
        type: "string",
        array: true,
        describe: "The openids to unblock",
      })
      .option("missing-ok", {
        type: "boolean",
        default: false,
        describe:
          "Skip ids that are not in the file (without it they are refused, which catches a mistyped id)",
      })
      .option("from", {
        type: "string",
        nargs: 1, // so that "-" is the value, not dropped as a positional "-"
        describe: "Read more openids from FILE, one per line (- for standard input; # comments)",
      })
      .epilogue(
        "Removes each entry and its own comment lines (those directly above it, and those on its " +
          "lines); everything else in the file stays byte for byte. All or nothing: an invalid " +
          "openid, or one not in the file (without --missing-ok), is exit 3 and the file is left " +
          "untouched. Commit the file and open a pull request: the plan shows the change and " +
          "apply makes it on WeChat.",
      ),
  run: async (args, io) => {
    // The openids, the file, the edits, all or nothing, write, report.
    return editBlacklist(args, io, {
      name: "unblock",
      now: io.now?.() ?? new Date(),
      plan: (file, users, ids) => planUnblock(file, users, { ids, missingOk: args.missingOk }),
    });
  },
});
