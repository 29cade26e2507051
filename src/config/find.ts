import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../core/configure.js";
import { displayPath } from "../io/discover.js";
import { explain } from "../io/errors.js";
import { validateConfig, type LoadedConfig } from "./schema.js";

export const CONFIG_NAME = ".cleannewsrc.json";
const PACKAGE_KEY = "cleanNews";

function parseJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, ""); // editors on Windows may save a BOM
  } catch (error) {
    throw new ConfigError(`${file}: ${explain(error, "find")}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads a config named with --config: a .cleannewsrc.json-style file or a package.json. */
export function loadConfigFile(file: string): LoadedConfig {
  const absolute = path.resolve(file);
  const value = parseJson(absolute);
  file = displayPath(absolute);
  if (path.basename(absolute) === "package.json") {
    const data = (value as Record<string, unknown> | null)?.[PACKAGE_KEY];
    if (data === undefined) throw new ConfigError(`${file}: has no "${PACKAGE_KEY}" key`);
    return { source: `${file} ("${PACKAGE_KEY}")`, dir: path.dirname(absolute), data: validateConfig(data, `${file} ("${PACKAGE_KEY}")`) };
  }
  return { source: file, dir: path.dirname(absolute), data: validateConfig(value, file) };
}

/** The config of one folder itself, if it has one: .cleannewsrc.json wins over package.json. */
function configIn(dir: string): LoadedConfig | null {
  const rc = path.join(dir, CONFIG_NAME);
  if (existsSync(rc)) return loadConfigFile(rc);
  const pkg = path.join(dir, "package.json");
  if (existsSync(pkg)) {
    const value = parseJson(pkg) as Record<string, unknown> | null;
    if (value && typeof value === "object" && PACKAGE_KEY in value) return loadConfigFile(pkg);
  }
  return null;
}

/**
 * Finds the config of each file: the nearest one upward from its folder (configs do not
 * cascade, as with Prettier), or the one given with --config for every file. Folders are
 * read once per run.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, LoadedConfig | null>();

  constructor(private readonly fixed: LoadedConfig | null = null) {}

  forFile(file: string): LoadedConfig | null {
    return this.fixed ?? this.inFolder(path.dirname(path.resolve(file)));
  }

  private inFolder(dir: string): LoadedConfig | null {
    const cached = this.byFolder.get(dir);
    if (cached !== undefined) return cached;
    const parent = path.dirname(dir);
    const found = configIn(dir) ?? (parent === dir ? null : this.inFolder(parent));
    this.byFolder.set(dir, found);
    return found;
  }

  /** Every config met so far, each once. */
  all(): LoadedConfig[] {
    const found = new Set<LoadedConfig>(this.fixed ? [this.fixed] : []);
    for (const c of this.byFolder.values()) if (c) found.add(c);
    return [...found];
  }
}
