import path from "node:path";
import type { Ignore } from "ignore";
import { ConfigError, configureRules } from "../core/configure.js";
import { isCorpusRule, type AnyRule, type ConfiguredRule, type Settings } from "../core/types.js";
import type { Profile, RunOptions } from "../engine.js";
import { displayPath, type DiscoveryHooks } from "../io/discover.js";
import { loadPlugin } from "../plugins.js";
import { ConfigFinder, loadConfigFile } from "./find.js";
import { gitignoreMatcher } from "./gitignore.js";
import { IgnoreFiles } from "./ignore.js";
import type { FileSettings, LoadedConfig, Override, RuleSetting } from "./schema.js";

export const DEFAULT_SUFFIX = ".clean";

/** What the command line says; each value given wins over every config. */
export interface FlagSettings {
  only?: readonly string[];
  disable?: readonly string[];
  suffix?: string;
  applySuggestions?: boolean;
  /** Rule options from shorthand flags (--quotes ...), by rule id. */
  ruleOptions: Readonly<Record<string, object>>;
  plugins: readonly string[];
  /** --config: this file for every input instead of the nearest one. */
  config?: string;
}

/** Maps shorthand settings (quotes) to rule options, the same way for flags and configs. */
export type Shorthands = (settings: Pick<FileSettings, "quotes">) => Record<string, object>;

/** What the configs and flags choose for a file; the run's settings fill in the rest. */
interface FileProfile {
  rules: ConfiguredRule[];
  settings: Partial<Settings>;
}

interface Resolved {
  config: LoadedConfig | null;
  settings: FileSettings;
  /** Same key, same profile: files that share a config and the overrides that match them. */
  key: string;
}

const isOff = (s: RuleSetting) => s === false || s === "off";

/**
 * The configuration of a run: which config applies to each file, with its overrides and the
 * flags on top; which files the ignore files leave out; which rules (plugins included) each
 * file is cleaned with. Everything is checked before any article is read.
 */
export class Workspace {
  private readonly finder: ConfigFinder;
  private readonly ignores = new IgnoreFiles();
  private readonly matchers = new WeakMap<Override, Ignore>();
  private readonly plugins = new Map<string, Promise<AnyRule[]>>();
  private readonly profiles = new Map<string, Promise<FileProfile>>();

  constructor(
    private readonly flags: FlagSettings,
    private readonly builtIn: readonly AnyRule[],
    private readonly shorthands: Shorthands,
  ) {
    this.finder = new ConfigFinder(flags.config ? loadConfigFile(flags.config) : null);
  }

  readonly hooks: DiscoveryHooks = {
    ignored: (file, isDirectory) => this.ignores.reason(file, isDirectory),
    suffixFor: (file) => this.suffixFor(file),
  };

  suffixFor(file: string): string {
    return this.resolve(file).settings.suffix ?? DEFAULT_SUFFIX;
  }

  ignored(file: string, isDirectory = false): string | null {
    return this.ignores.reason(file, isDirectory);
  }

  /** The config of `file`, its matching overrides merged in order, and the flags on top. */
  resolve(file: string): Resolved {
    const absolute = path.resolve(file);
    const config = this.finder.forFile(absolute);
    const layers: FileSettings[] = [];
    const matched: number[] = [];
    if (config) {
      const { overrides, references: _r, plugins: _p, ...base } = config.data;
      layers.push(base);
      const relative = path.relative(config.dir, absolute).split(path.sep).join("/");
      const inside = relative !== "" && !relative.startsWith("../") && !path.isAbsolute(relative);
      (overrides ?? []).forEach((override, i) => {
        if (inside && this.matcherOf(override).ignores(relative)) {
          const { files: _f, ...settings } = override;
          layers.push(settings);
          matched.push(i);
        }
      });
    }
    const settings = merge(layers);
    if (this.flags.suffix !== undefined) settings.suffix = this.flags.suffix;
    if (this.flags.applySuggestions !== undefined) settings.applySuggestions = this.flags.applySuggestions;
    return { config, settings, key: `${config?.source ?? ""}\0${matched.join(",")}` };
  }

  /** The rules and settings `file` is cleaned with; loads the plugins its config names. */
  profileFor(file: string): Promise<FileProfile> {
    const resolved = this.resolve(file);
    let profile = this.profiles.get(resolved.key);
    if (!profile) {
      profile = this.buildProfile(resolved);
      this.profiles.set(resolved.key, profile);
    }
    return profile;
  }

  /**
   * The run's options with each file's profile, the corpus rules all of them need and the
   * configs' reference folders; every config and plugin involved is checked here, before
   * any article is read.
   */
  async configure(options: RunOptions, files: readonly string[]): Promise<RunOptions> {
    const complete = new Map<FileProfile, Profile>();
    const byFile = new Map<string, Profile>();
    for (const file of files) {
      const chosen = await this.profileFor(file);
      if (!complete.has(chosen)) complete.set(chosen, { rules: chosen.rules, settings: { ...options.settings, ...chosen.settings } });
      byFile.set(path.resolve(file), complete.get(chosen)!);
    }
    const references = [...options.references, ...this.references()];
    const profiles = [...complete.values()];
    if (profiles.length <= 1) {
      // The usual case, one profile for the whole run: plain run options, no per-file lookup.
      // With no file at all, the flags alone are still checked (a typo in --rules fails).
      const only = profiles[0] ?? (await this.buildProfile({ config: null, settings: {}, key: "" }));
      return { ...options, rules: only.rules, settings: { ...options.settings, ...only.settings }, references };
    }
    return {
      ...options,
      // Only the corpus pass reads these: each file is cleaned with its own profile.
      rules: runRules(profiles),
      references,
      profileFor: (file) => {
        const profile = byFile.get(path.resolve(file));
        if (!profile) throw new Error(`no configuration was prepared for ${file}`);
        return profile;
      },
    };
  }

  /** Every rule available to files under `config`: built-in, then plugins of the flags and the config. */
  async rulesOf(config: LoadedConfig | null): Promise<AnyRule[]> {
    const fromFlags = await Promise.all(this.flags.plugins.map((p) => this.plugin(p, process.cwd(), "--plugin")));
    const fromConfig = await Promise.all((config?.data.plugins ?? []).map((p) => this.plugin(p, config!.dir, config!.source)));
    const rules = [...this.builtIn, ...fromFlags.flat(), ...fromConfig.flat()];
    const seen = new Set<string>();
    for (const rule of rules) {
      if (seen.has(rule.meta.id)) throw new ConfigError(`two rules are called ${rule.meta.id}: a plugin must choose another id`);
      seen.add(rule.meta.id);
    }
    return rules;
  }

  /** Evidence folders named by the configs met so far, resolved from each config's folder. */
  references(): string[] {
    return this.finder.all().flatMap((c) => (c.data.references ?? []).map((r) => path.resolve(c.dir, r)));
  }

  /** What --print-config shows: the effective configuration of one file. */
  async describe(file: string): Promise<object> {
    const resolved = this.resolve(file);
    const profile = await this.profileFor(file);
    const enabled = new Map(profile.rules.map((r) => [r.rule.meta.id, r.options]));
    const rules = Object.fromEntries((await this.rulesOf(resolved.config)).map((r) => [r.meta.id, enabled.get(r.meta.id) ?? false]));
    const config = resolved.config;
    return {
      file: displayPath(path.resolve(file)),
      config: config?.source ?? null,
      ignored: this.ignored(file),
      suffix: resolved.settings.suffix ?? DEFAULT_SUFFIX,
      applySuggestions: profile.settings.applySuggestions ?? false,
      rules,
      plugins: [...this.flags.plugins.map((p) => path.resolve(p)), ...(config?.data.plugins ?? []).map((p) => path.resolve(config!.dir, p))],
      references: (config?.data.references ?? []).map((r) => path.resolve(config!.dir, r)),
    };
  }

  private async buildProfile({ config, settings }: Resolved): Promise<FileProfile> {
    const available = await this.rulesOf(config);
    const where = config ? `${config.source}: ` : "";
    if (config) checkRuleIds(config, available);
    const configured = Object.entries(settings.rules ?? {});
    const options: Record<string, object> = {};
    const add = (id: string, o: object) => (options[id] = { ...options[id], ...o });
    for (const [id, setting] of configured) if (typeof setting === "object") add(id, setting);
    for (const [id, o] of Object.entries(this.shorthands(settings))) add(id, o);
    for (const [id, o] of Object.entries(this.flags.ruleOptions)) add(id, o);
    const configOff = configured.filter(([, s]) => isOff(s)).map(([id]) => id);
    try {
      const rules = configureRules(available, {
        only: this.flags.only,
        // --rules names exactly the rules to run: what a config turned off does not count then.
        disable: [...(this.flags.only ? [] : configOff), ...(this.flags.disable ?? [])],
        options,
      });
      return { rules, settings: settings.applySuggestions === undefined ? {} : { applySuggestions: settings.applySuggestions } };
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${where}${error.message}`);
      throw error;
    }
  }

  private plugin(named: string, from: string, mentionedIn: string): Promise<AnyRule[]> {
    const key = path.resolve(from, named);
    let loaded = this.plugins.get(key);
    if (!loaded) {
      loaded = loadPlugin(named, from, mentionedIn);
      this.plugins.set(key, loaded);
    }
    return loaded;
  }

  private matcherOf(override: Override): Ignore {
    let matcher = this.matchers.get(override);
    if (!matcher) {
      // "./news/*.txt" (as ESLint and Prettier users write) means "/news/*.txt" here.
      matcher = gitignoreMatcher(override.files.map((p) => p.replace(/^\.\//, "/")));
      this.matchers.set(override, matcher);
    }
    return matcher;
  }
}

function merge(layers: readonly FileSettings[]): FileSettings {
  const merged: FileSettings = {};
  for (const { rules, ...rest } of layers) {
    Object.assign(merged, rest);
    if (rules) merged.rules = { ...merged.rules, ...rules };
  }
  return merged;
}

/** A rule id a config names must exist, even in an override that matches no file of this run. */
function checkRuleIds(config: LoadedConfig, available: readonly AnyRule[]): void {
  const known = new Set(available.map((r) => r.meta.id));
  const named = [config.data.rules, ...(config.data.overrides ?? []).map((o) => o.rules)].flatMap((r) => Object.keys(r ?? {}));
  const unknown = named.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ConfigError(`${config.source}: unknown rule ${[...new Set(unknown)].join(", ")}; known rules: ${[...known].join(", ")}`);
  }
}

/**
 * The rules the corpus pass runs with: each profile's, and every corpus rule any profile
 * enables (with the options of the first profile that does), so that each file finds the
 * evidence of its rules. Overrides therefore change how a file is cleaned, not the evidence.
 */
export function runRules(profiles: readonly Profile[]): ConfiguredRule[] {
  const chosen = new Map<string, ConfiguredRule>();
  for (const p of profiles) for (const r of p.rules) if (isCorpusRule(r.rule) && !chosen.has(r.rule.meta.id)) chosen.set(r.rule.meta.id, r);
  return [...chosen.values()];
}
