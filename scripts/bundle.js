// Bundles the compiled command line (dist/src/cli.js and everything it imports, dependencies
// included) into one module, dist/cli.bundle.js, which bin/clean-news.js runs. Resolving and
// loading some 110 modules one by one cost a small run (a pre-commit hook over three files)
// about 50 ms of its 300 ms; one file does not (docs/performance.md). Worker threads, scripts
// and tests still use dist/ module by module. Run by `npm run build` after tsc.
import { build } from "esbuild";
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
    contents: 'export { main } from "./dist/src/cli.js";\nexport { removeTemporariesOnSignal } from "./dist/src/io/signals.js";\nexport { keepHeapsNearLive } from "./dist/src/heap.js";\nexport { compileRegExpsToMachineCode } from "./dist/src/regexps.js";\n',
    resolveDir: root,
    sourcefile: "clean-news-entry.js",
  },
  outfile: path.join(root, "dist", "cli.bundle.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  plugins: [lazyTables],
  // CommonJS dependencies (commander, iconv-lite) call require() for Node's own modules.
  banner: { js: 'import { createRequire as createRequireForBundle } from "node:module";\nconst require = createRequireForBundle(import.meta.url);' },
});
