import { RuntimeFailure } from "../../errors.js";
import { defineCommand } from "../command.js";

// Placeholder until the issue that owns this command lands.
export const applyCommand = defineCommand({
  command: "apply",
  describe: "(not built yet)",
  builder: (yargs) => yargs,
  run: async () => {
    throw new RuntimeFailure("wxbl apply is not built yet");
  },
});
