import { BUILT_IN_RULES } from "../../rules/index.js";
import type { ConfiguredRule } from "../core/types.js";
import { importRuleModule } from "../plugins.js";
import type { RuleSpec } from "./protocol.js";

/**
 * The run's rules as worker threads can load them, or null when one of them came from
 * somewhere a worker cannot import (a rule object built in memory): then the run stays in
 * this thread rather than clean with other rules.
 */
export function ruleSpecs(rules: readonly ConfiguredRule[]): RuleSpec[] | null {
  const specs: RuleSpec[] = [];
  for (const { rule, options, module } of rules) {
    if (module) specs.push({ id: rule.meta.id, options, module });
    else if (BUILT_IN_RULES.includes(rule)) specs.push({ id: rule.meta.id, options });
    else return null;
  }
  return specs;
}

export async function rulesFromSpecs(specs: readonly RuleSpec[]): Promise<ConfiguredRule[]> {
  return Promise.all(
    specs.map(async ({ id, options, module }) => {
      // A module may export one rule or a list of them (as plugins do); the id picks it.
      const exported: unknown = module ? ((await importRuleModule(module)) as { default?: unknown }).default : BUILT_IN_RULES;
      const rule = (Array.isArray(exported) ? exported : [exported]).find((r) => r?.meta?.id === id);
      if (!rule) throw new Error(`a worker cannot load the rule ${id}${module ? ` from ${module}` : ""}`);
      return module ? { rule, options, module } : { rule, options };
    }),
  );
}
