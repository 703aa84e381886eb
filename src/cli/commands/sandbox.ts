import { RuntimeFailure } from "../../errors.js";
import { defineCommand } from "../command.js";

// Placeholder until the issue that owns this command lands.
export const sandboxCommand = defineCommand({
  command: "sandbox",
  describe: "(not built yet)",
  builder: (yargs) => yargs,
  run: async () => {
    throw new RuntimeFailure("wxbl sandbox is not built yet");
  },
});
