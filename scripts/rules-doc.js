// Rewrites the rules table of README.md from the rules' metadata (run after a build).
import { readFileSync, writeFileSync } from "node:fs";
import { BUILT_IN_RULES } from "../dist/rules/index.js";
import { withRulesTable } from "../dist/src/docs/rules-table.js";

const readme = new URL("../README.md", import.meta.url);
writeFileSync(readme, withRulesTable(readFileSync(readme, "utf8"), BUILT_IN_RULES));
