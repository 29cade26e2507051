import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "./core/configure.js";
import type { AnyRule } from "./core/types.js";

const isFunction = (v: unknown) => typeof v === "function";

let importModule = (url: string): Promise<unknown> => import(url);

/**
 * The command line's bundle runs from V8's code cache, where import() finds no loader in Node 20
 * (src/code-cache.ts): the module that loads the bundle hands its own import() in.
 */
export function importPluginsWith(load: (url: string) => Promise<unknown>): void {
  importModule = load;
}

/** Imports a rule module, by the loader the bundle was handed if it runs from one. */
export function importRuleModule(url: string): Promise<unknown> {
  return importModule(url);
}

/** What is wrong with one exported rule, or null when it has the built-in interface. */
function problemOf(rule: unknown): string | null {
  if (typeof rule !== "object" || rule === null) return "is not an object";
  const { meta, check, collect, fold, reduce, neighbors } = rule as Record<string, unknown>;
  if (typeof meta !== "object" || meta === null) return "has no meta";
  const { id, description, defaultOptions, validateOptions } = meta as Record<string, unknown>;
  if (typeof id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return "needs meta.id, a lower-case id such as \"my-rule\"";
  if (typeof description !== "string" || description === "") return `${id}: needs meta.description, a string`;
  if (!isFunction(check)) return `${id}: needs a check(doc, ctx) function`;
  if (collect !== undefined || fold !== undefined || reduce !== undefined) {
    if (!isFunction(collect) || !(isFunction(fold) || isFunction(reduce))) return `${id}: a corpus rule needs a collect function, and a fold or reduce function`;
  }
  if (neighbors !== undefined && !isFunction(neighbors)) return `${id}: neighbors must be a function`;
  if (defaultOptions !== undefined && (typeof defaultOptions !== "object" || defaultOptions === null)) return `${id}: meta.defaultOptions must be an object`;
  if (validateOptions !== undefined && !isFunction(validateOptions)) return `${id}: meta.validateOptions must be a function`;
  return null;
}

/**
 * Loads a rule module: its default export is a Rule, a CorpusRule or a list of them, with the
 * interface of the built-in rules. `named` is the path as the user wrote it, resolved from
 * `from`; every problem is a usage error naming the file.
 */
export async function loadPlugin(named: string, from: string, mentionedIn: string): Promise<AnyRule[]> {
  const file = path.resolve(from, named);
  const where = `plugin ${named} (${mentionedIn})`;
  if (!existsSync(file)) throw new ConfigError(`${where}: no such file ${file}`);
  let module: { default?: unknown };
  try {
    module = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(`${where}: cannot be loaded: ${(error as Error).message}`);
  }
  if (module.default === undefined) throw new ConfigError(`${where}: has no default export (export default a rule or a list of rules)`);
  const exported = Array.isArray(module.default) ? module.default : [module.default];
  if (exported.length === 0) throw new ConfigError(`${where}: exports an empty list of rules`);
  return exported.map((rule: unknown) => {
    const problem = problemOf(rule);
    if (problem) throw new ConfigError(`${where}: the rule ${problem}`);
    const r = rule as AnyRule;
    // A plugin may leave out what has an obvious default; its methods stay on the prototype.
    const meta = { ...r.meta, fixable: r.meta.fixable ?? true, defaultOptions: r.meta.defaultOptions ?? {} };
    return Object.assign(Object.create(r) as AnyRule, { meta });
  });
}
