import { ConfigError } from "../core/configure.js";

/** A rule in a config: on with its defaults, off, or on with these options. */
export type RuleSetting = boolean | "on" | "off" | Record<string, unknown>;

export const QUOTE_STYLES = ["auto", "curly", "straight"] as const;

/** What a config, or one of its overrides, sets for the files it applies to. */
export interface FileSettings {
  rules?: Record<string, RuleSetting>;
  quotes?: (typeof QUOTE_STYLES)[number];
  suffix?: string;
  applySuggestions?: boolean;
}

export interface Override extends FileSettings {
  /** Patterns in .gitignore syntax, relative to the config's folder. */
  files: string[];
}

export interface ConfigData extends FileSettings {
  /** Folders of evidence, relative to the config's folder. */
  references?: string[];
  /** Rule modules, relative to the config's folder. */
  plugins?: string[];
  overrides?: Override[];
}

/** A config as found: its data and where it came from. */
export interface LoadedConfig {
  /** The file, named in every message about it ("package.json" configs say so). */
  source: string;
  /** Relative paths in the config are resolved from here. */
  dir: string;
  data: ConfigData;
}

type Check = (value: unknown, where: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const stringList: Check = (v, where) => {
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || s === "")) throw new Error(`${where} must be a list of non-empty strings`);
};

const FILE_SETTINGS: Record<keyof FileSettings, Check> = {
  rules: (v, where) => {
    if (!isObject(v)) throw new Error(`${where} must be an object of rule ids`);
    for (const [id, setting] of Object.entries(v)) {
      if (typeof setting !== "boolean" && setting !== "on" && setting !== "off" && !isObject(setting)) {
        throw new Error(`${where}.${id} must be true, false, "on", "off" or an object of options`);
      }
    }
  },
  quotes: (v, where) => {
    if (!QUOTE_STYLES.includes(v as never)) throw new Error(`${where} must be one of ${QUOTE_STYLES.join(", ")}`);
  },
  suffix: (v, where) => {
    if (typeof v !== "string" || v === "") throw new Error(`${where} must be a non-empty string`);
    if (holdsPathSeparator(v)) throw new Error(`${where} must not hold a slash: the copy goes beside its input, under the input's name`);
    const runsIn = runsIntoName(v);
    if (runsIn) throw new Error(`${where} ${JSON.stringify(v)} ${runsIn}`);
  },
  applySuggestions: (v, where) => {
    if (typeof v !== "boolean") throw new Error(`${where} must be true or false`);
  },
};

const OVERRIDE: Record<keyof Override, Check> = {
  ...FILE_SETTINGS,
  files: (v, where) => {
    stringList(v, where);
    if ((v as string[]).length === 0) throw new Error(`${where} must name at least one pattern`);
  },
};

const CONFIG: Record<keyof ConfigData, Check> = {
  ...FILE_SETTINGS,
  references: stringList,
  plugins: stringList,
  overrides: (v, where) => {
    if (!Array.isArray(v)) throw new Error(`${where} must be a list`);
    v.forEach((o, i) => {
      checkKeys(o, OVERRIDE, `${where}[${i}]`);
      if (!("files" in (o as object))) throw new Error(`${where}[${i}] needs "files"`);
    });
  },
};

function checkKeys(value: unknown, checks: Record<string, Check>, where: string): void {
  if (!isObject(value)) throw new Error(`${where} must be an object`);
  for (const [key, v] of Object.entries(value)) {
    const check = checks[key];
    if (!check) throw new Error(`unknown key "${key}" in ${where}; known keys: ${Object.keys(checks).join(", ")}`);
    check(v, `${where === "the config" ? "" : `${where}.`}${key}`);
  }
}

/**
 * Why a suffix that starts with a letter or digit is refused, or null: "clean" names the copy
 * of a.txt "aclean.txt", and every input whose name ends in "clean" ("unclean.txt") would
 * pass for a copy and be left out of a folder without a word.
 */
export function runsIntoName(suffix: string): string | null {
  if (!/^[\p{L}\p{N}]/u.test(suffix)) return null;
  return `would run into the name (a.txt -> a${suffix}.txt), and an article named like un${suffix}.txt would pass for a copy and be left out; start it with a separator: .${suffix}`;
}

/** A suffix (`--suffix`, or a config's) that would put the copy in another folder, or hold a NUL. */
export function holdsPathSeparator(suffix: string): boolean {
  return /[/\\\0]/.test(suffix);
}

/** Checks the shape of a config; every problem is a usage error that names the file. */
export function validateConfig(value: unknown, source: string): ConfigData {
  try {
    checkKeys(value, CONFIG, "the config");
  } catch (error) {
    throw new ConfigError(`${source}: ${(error as Error).message}`);
  }
  return value as ConfigData;
}
