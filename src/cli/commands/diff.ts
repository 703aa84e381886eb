import { RuntimeFailure } from "../../errors.js";
import { defineCommand } from "../command.js";

// Placeholder until the issue that owns this command lands.
export const diffCommand = defineCommand({
  command: "diff",
  describe: "(not built yet)",
  builder: (yargs) => yargs,
  run: async () => {
    throw new RuntimeFailure("wxbl diff is not built yet");
  },
});
