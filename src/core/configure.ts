import type { AnyRule, ConfiguredRule } from "./types.js";

export interface RuleSelection {
  /** Only these rules (ids), if given. */
  only?: readonly string[];
  disable?: readonly string[];
  /** Per-rule option overrides, by rule id. */
  options?: Readonly<Record<string, object>>;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/**
 * Chooses and configures rules before any file is read, so that a typo in a rule id or an
 * option fails the run at once instead of after a corpus pass.
 */
export function configureRules(available: readonly AnyRule[], selection: RuleSelection): ConfiguredRule[] {
  const known = new Map(available.map((r) => [r.meta.id, r]));
  const unknown = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => !known.has(id));
  for (const [what, ids] of [
    ["--rules", selection.only],
    ["--disable", selection.disable],
    ["rule options", Object.keys(selection.options ?? {})],
  ] as const) {
    const bad = unknown(ids);
    if (bad.length > 0) {
      throw new ConfigError(`unknown rule ${bad.join(", ")} in ${what}; known rules: ${[...known.keys()].join(", ")}`);
    }
  }
  const only = selection.only && new Set(selection.only);
  const disabled = new Set(selection.disable ?? []);
  // Every rule is configured, selected or not, so that a bad option is an error even for a
  // rule this run leaves out ("--quotes bad --rules fix-spacing").
  return available
    .map((rule) => {
      const options = { ...rule.meta.defaultOptions, ...(selection.options?.[rule.meta.id] ?? {}) };
      const problem = rule.meta.validateOptions?.(options);
      if (problem) throw new ConfigError(`rule ${rule.meta.id}: ${problem}`);
      return { rule, options };
    })
    .filter(({ rule }) => (!only || only.has(rule.meta.id)) && !disabled.has(rule.meta.id));
}
