import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { keepHeapsNearLive } from "./heap.js";
import { compileRegExpsToMachineCode } from "./regexps.js";

/** What the command line's bundle exports (scripts/bundle.js). */
export interface CommandLine {
  main: typeof import("./cli.js").main;
  removeTemporariesOnSignal: typeof import("./io/signals.js").removeTemporariesOnSignal;
  importPluginsWith: typeof import("./plugins.js").importPluginsWith;
  /** A worker thread of the pool, which starts from the same bundle and cache (src/pool/worker.ts). */
  serveWorker: typeof import("./pool/serve.js").serveWorker;
}

/** Whether V8 took the saved code: "absent" (none saved for this build) or "rejected" (another Node or other flags). */
export type CacheUse = "accepted" | "rejected" | "absent";

export interface LoadedCommandLine {
  exports: CommandLine;
  cache: CacheUse;
  /** Saves the code compiled so far for the next runs (the build does, after a warm-up run). */
  saveCache(): void;
}

/**
 * The first line of a bundle names its build (scripts/bundle.js), and a cache starts with the
 * name of the build it was made from: V8 checks only the length of the source it was given,
 * so a rebuilt bundle of the same length would otherwise run a previous build's code.
 */
const BUILD_LINE = /^\/\/ build ([0-9a-f]+)\n/;

/**
 * Loads the command line's bundle with the code V8 compiled for it in an earlier run. Parsing
 * and compiling the bundle's functions cost a pre-commit run over three files about 80 ms of
 * its 430 on a slow machine (docs/performance.md, "Start-up, code cache"); V8 checks that the
 * cache fits its own version and flags and compiles afresh where it does not. Node's own
 * compile cache (module.enableCompileCache) came in Node 22; this is the same for Node 20.
 *
 * V8's flags are set before compiling: they shape the code, and a cache made under other flags
 * is refused.
 */
export function loadCommandLine(bundle: string, cacheFile = `${bundle}.cache`): LoadedCommandLine {
  keepHeapsNearLive();
  compileRegExpsToMachineCode();
  return loadBundle(bundle, cacheFile);
}

/**
 * Loads the bundle with its code cache under the process's flags as they are: in a worker
 * thread, which shares the flags the executable set (and must not set them for a process that
 * embeds the engine: V8 then refuses the cache, and the bundle is compiled afresh).
 */
export function loadBundle(bundle: string, cacheFile = `${bundle}.cache`): LoadedCommandLine {
  const source = readFileSync(bundle, "utf8");
  const build = BUILD_LINE.exec(source)?.[1];
  const cachedData = build ? savedFor(build, cacheFile) : undefined;
  const script = new vm.Script(wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} as CommandLine };
  (script.runInThisContext() as ModuleFunction)(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  // A script compiled from a cache loses its import() loader (nodejs/node#43663): the bundle
  // imports nothing itself, and plugins come through this module's import().
  module.exports.importPluginsWith((url) => import(url));
  return {
    exports: module.exports,
    cache: cachedData === undefined ? "absent" : script.cachedDataRejected ? "rejected" : "accepted",
    saveCache() {
      if (!build) throw new Error(`${bundle} names no build on its first line`);
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, Buffer.concat([Buffer.from(`${build}\n`), script.createCachedData()]));
      renameSync(temporary, cacheFile);
    },
  };
}

type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

// The bundle is CommonJS: vm.Script compiles a function body, and only a script takes a code cache in Node 20.
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/** The cache saved for this build, if any. */
function savedFor(build: string, cacheFile: string): Buffer | undefined {
  let saved: Buffer;
  try {
    saved = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${build}\n`);
  return saved.subarray(0, header.length).equals(header) ? saved.subarray(header.length) : undefined;
}
