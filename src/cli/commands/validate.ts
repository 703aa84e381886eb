import { RuntimeFailure } from "../../errors.js";
import { defineCommand } from "../command.js";

// Placeholder until the issue that owns this command lands.
export const validateCommand = defineCommand({
  command: "validate",
  describe: "(not built yet)",
  builder: (yargs) => yargs,
  run: async () => {
    throw new RuntimeFailure("wxbl validate is not built yet");
  },
});
