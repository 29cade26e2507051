/** How a file's configuration is put together: nearest config, overrides in order, flags on top. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RULES } from "../../rules/index.js";
import { Workspace, type FlagSettings } from "../../src/config/workspace.js";
import type { AnyRule } from "../../src/core/types.js";
import { tree } from "../helpers/workflow-cli.js";

const noFlags: FlagSettings = { ruleOptions: {}, plugins: [] };
const echo: AnyRule = { meta: { id: "echo", description: "test rule", fixable: false, defaultOptions: { a: 1, b: 1 } }, check: () => [] };
const rules = [...BUILT_IN_RULES, echo];

async function optionsOf(workspace: Workspace, file: string): Promise<Record<string, object>> {
  const profile = await workspace.profileFor(file);
  return Object.fromEntries(profile.rules.map((r) => [r.rule.meta.id, r.options]));
}

describe("Workspace", () => {
  it("merges matching overrides in order over the config: rules by id, other keys replaced", async () => {
    const dir = tree({
      ".cleannewsrc.json": JSON.stringify({
        suffix: ".a",
        rules: { echo: { a: 2 } },
        overrides: [
          { files: ["news/"], rules: { echo: { b: 3 } }, suffix: ".b" },
          { files: ["*.wire.txt"], rules: { "fix-spacing": "off" }, suffix: ".c" },
          { files: ["./top.txt"], suffix: ".d" },
        ],
      }),
    });
    const ws = new Workspace(noFlags, rules, () => ({}));
    const at = (f: string) => path.join(dir, f);
    expect(ws.suffixFor(at("x.txt"))).toBe(".a");
    expect(ws.suffixFor(at("news/x.txt"))).toBe(".b");
    expect(ws.suffixFor(at("news/x.wire.txt"))).toBe(".c");
    expect(ws.suffixFor(at("top.txt"))).toBe(".d");
    expect(ws.suffixFor(at("news/top.txt"))).toBe(".b"); // "./" anchors the pattern to the config's folder
    expect(await optionsOf(ws, at("x.txt"))).toMatchObject({ echo: { a: 2, b: 1 } });
    // An override's rule object replaces the config's for that rule, over the rule's defaults.
    expect(await optionsOf(ws, at("news/x.txt"))).toMatchObject({ echo: { a: 1, b: 3 } });
    expect(Object.keys(await optionsOf(ws, at("news/x.wire.txt")))).toEqual(BUILT_IN_RULES.filter((r) => r.meta.id !== "fix-spacing").map((r) => r.meta.id).concat("echo"));
  });

  it("lets flags win: --rules runs what a config turned off, shorthand options override the config's", async () => {
    const dir = tree({ ".cleannewsrc.json": JSON.stringify({ rules: { echo: false, "fix-spacing": false }, quotes: "straight" }) });
    const shorthands = (s: { quotes?: string }) => (s.quotes ? { echo: { quote: s.quotes } } : {});
    const flags: FlagSettings = { ...noFlags, only: ["echo"], ruleOptions: { echo: { quote: "curly" } } };
    const ws = new Workspace(flags, rules, shorthands);
    expect(await optionsOf(ws, path.join(dir, "a.txt"))).toEqual({ echo: { a: 1, b: 1, quote: "curly" } });
    const configOnly = new Workspace(noFlags, rules, shorthands);
    const chosen = await optionsOf(configOnly, path.join(dir, "a.txt"));
    expect(chosen.echo).toBeUndefined();
    expect(chosen["fix-spacing"]).toBeUndefined();
  });

  it("gives the same profile object to files that share a config and overrides", async () => {
    const dir = tree({ ".cleannewsrc.json": JSON.stringify({ overrides: [{ files: ["raw/"], applySuggestions: true }] }) });
    const ws = new Workspace(noFlags, rules, () => ({}));
    expect(await ws.profileFor(path.join(dir, "a.txt"))).toBe(await ws.profileFor(path.join(dir, "b.txt")));
    const raw = await ws.profileFor(path.join(dir, "raw/c.txt"));
    expect(raw.settings).toEqual({ applySuggestions: true });
    expect(raw).not.toBe(await ws.profileFor(path.join(dir, "a.txt")));
  });
});
