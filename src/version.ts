import { readFileSync } from "node:fs";
import { packageFileUrl } from "./package-files.js";

let version: string | undefined;

/** wxbl's version, from the package.json shipped beside the build (`wxbl --version`, SPEC 2). */
export function wxblVersion(): string {
  version ??= (
    JSON.parse(readFileSync(packageFileUrl("package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  return version;
}
