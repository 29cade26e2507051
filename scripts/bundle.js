// Bundles the compiled command line (dist/src/cli.js and everything it imports, dependencies
// included) into one module, dist/cli.bundle.cjs, which bin/clean-news.js runs. Resolving and
// loading some 110 modules one by one cost a small run (a pre-commit hook over three files)
// about 50 ms of its 300 ms; one file does not (docs/performance.md). The executable's worker
// threads start from it too (src/pool/worker.ts); scripts and tests use dist/ module by module.
// Run by `npm run build` after tsc, before scripts/code-cache.js.
//
// CommonJS, not a module: src/code-cache.ts compiles it as a script, the only kind that takes
// V8's code cache in Node 20. Its first line names the build, which the cache must match.
import { build } from "esbuild";
import { randomBytes } from "node:crypto";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

// iconv-lite's tables for Chinese, Japanese and Korean (470 KB, most of the bundle) are read
// only by a run that decodes one of those encodings: left in node_modules, they are loaded when
// one does, as iconv-lite meant, and cost a run that does not nothing to parse.
const lazyTables = {
  name: "lazy-iconv-tables",
  setup(build) {
    build.onResolve({ filter: /^\.\/tables\/[\w-]+\.json$/ }, (args) =>
      args.importer.includes(`${path.sep}iconv-lite${path.sep}`) ? { path: `iconv-lite/encodings/${args.path.slice(2)}`, external: true } : undefined,
    );
  },
};
await build({
  stdin: {
    // One entry for both, so that the signal handler and the engine share their state.
    contents: 'export { main } from "./dist/src/cli.js";\nexport { removeTemporariesOnSignal } from "./dist/src/io/signals.js";\nexport { importPluginsWith } from "./dist/src/plugins.js";\nexport { serveWorker } from "./dist/src/pool/serve.js";\n',
    resolveDir: root,
    sourcefile: "clean-news-entry.js",
  },
  outfile: path.join(root, "dist", "cli.bundle.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  plugins: [lazyTables],
  // The sources are modules: strict, and they find their package from their own address.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: `// build ${randomBytes(8).toString("hex")}\n"use strict";\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
});
