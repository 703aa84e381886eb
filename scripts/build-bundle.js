#!/usr/bin/env node
// `npm run build:bundle`: the single-file build of the CLI, dist/wxbl.js, that bin/wxbl.js runs
// and the npm package ships (SPEC 9). Everything the CLI loads at run time (yargs, ajv, undici,
// yaml, p-limit, cli-progress) is bundled, so the installed package needs no dependency.
//
// esbuild: one mature, dependency-free binary that bundles TypeScript, ESM and CommonJS
// together in well under a second, keeps `import()` lazy inside a single file (a command's
// modules load only when it runs), and is what the Action's bundle is built with too.
import { readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BUNDLE = join(ROOT, "dist", "wxbl.cjs");

/** The bundled packages' folders (nested copies too), from esbuild's list of inputs. */
function bundledPackages(metafile) {
  const folders = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) folders.add(join(ROOT, match[1]));
  }
  return [...folders].sort();
}

/** The licence text of a bundled package, for the notice at the end of the bundle. */
function licenseText(folder) {
  const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  for (const file of ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE", "license.md"]) {
    try {
      return { ...pkg, text: readFileSync(join(folder, file), "utf8") };
    } catch {
      // try the next name
    }
  }
  return { ...pkg, text: `License: ${pkg.license}` };
}

/**
 * string-width (three copies: yargs's, cliui's, wrap-ansi's) creates an Intl.Segmenter as it
 * loads, and yargs's copy three regular expressions with the /v flag and Unicode properties,
 * which V8 builds as they are evaluated. ICU's first segmenter costs 15-50 ms on these machines
 * and the expressions 5-15 ms, paid by every command, although yargs measures text only to
 * print help. This makes each on first use instead; a string-width without those exact lines
 * is bundled as it is.
 */
export const lazySegmenter = {
  name: "lazy-intl-segmenter",
  setup(build) {
    build.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      const eager = "const segmenter = new Intl.Segmenter();";
      if (!source.includes(eager)) return undefined;
      const lazy =
        "let intlSegmenter;\n" +
        "const segmenter = { segment: (text) => (intlSegmenter ??= new Intl.Segmenter()).segment(text) };";
      return { contents: lazyRegExps(source.replace(eager, lazy)), loader: "js" };
    });
  },
};

/** The /v regular expressions of yargs's string-width, built when first used. */
const LAZY_REGEXPS = ["visibleCharacterRegex", "spacingMarkRegex", "rgiEmojiRegex"];

export function lazyRegExps(source) {
  const declarations = LAZY_REGEXPS.map((name) =>
    new RegExp(`^const ${name} = (/.+/v);$`, "m").exec(source),
  );
  if (declarations.some((match) => match === null)) return source;
  let result = source;
  for (const [i, name] of LAZY_REGEXPS.entries()) {
    const [line, literal] = declarations[i];
    result = result.replace(new RegExp(`\\b${name}\\b`, "g"), `${name}()`);
    result = result.replace(
      `const ${name}() = ${literal};`,
      `let ${name}Built;\nconst ${name} = () => (${name}Built ??= ${literal});`,
    );
    if (result.includes(line)) return source; // not rewritten as expected: leave it alone
  }
  return result;
}

export async function buildBundle() {
  const result = await build({
    entryPoints: [join(ROOT, "src", "cli", "entry.ts")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    // CommonJS: Node's own modules are required where a bundled module first needs them (an ESM
    // bundle imports every one of them up front), and bin/wxbl.js can give V8 a code cache.
    format: "cjs",
    target: "node20.19",
    // Node 20's V8 has the /v flag and \p{…}: keep string-width's regular expressions as
    // literals, compiled when first used, not `new RegExp(…)` compiled as yargs loads.
    supported: {
      "regexp-set-notation": true,
      "regexp-unicode-property-escapes": true,
      // import() of Node's own modules becomes require(): code run by vm.Script (bin/wxbl.js on
      // Node 20) cannot import() without an experimental flag.
      "dynamic-import": false,
    },
    // The sources are ES modules: import.meta.url becomes this file's URL.
    banner: { js: 'var __wxblUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: {
      "import.meta.url": "__wxblUrl",
      // Tells the desired-state loader that its worker is this very file (load-desired-worker-url.ts).
      WXBL_SINGLE_FILE: "true",
    },
    minify: true,
    legalComments: "none",
    plugins: [lazySegmenter],
    metafile: true,
    logLevel: "warning",
  });
  // The licences of the bundled packages travel with their code (MIT, ISC: the notice must).
  const notices = bundledPackages(result.metafile).map((folder) => {
    const { name, version, license, text } = licenseText(folder);
    return `${name}@${version} (${license})\n\n${text.trim()}`;
  });
  const comment = notices.join("\n\n---\n\n").replaceAll("*/", "* /");
  writeFileSync(
    BUNDLE,
    `${readFileSync(BUNDLE, "utf8")}/*! Bundled packages and their licences:\n\n${comment}\n*/\n`,
  );
  return { bundle: BUNDLE, packages: notices.length, bytes: readFileSync(BUNDLE).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bundle, packages, bytes } = await buildBundle();
  console.log(
    `${relative(ROOT, bundle)}: ${(bytes / 1024).toFixed(0)} KiB, ${packages} bundled packages (${relative(ROOT, dirname(bundle))}/)`,
  );
}
