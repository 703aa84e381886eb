import { RuntimeFailure } from "../../errors.js";
import { defineCommand } from "../command.js";

// Placeholder until the issue that owns this command lands.
export const fmtCommand = defineCommand({
  command: "fmt",
  describe: "(not built yet)",
  builder: (yargs) => yargs,
  run: async () => {
    throw new RuntimeFailure("wxbl fmt is not built yet");
  },
});
