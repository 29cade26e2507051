const t0 = performance.now();
const { BUILT_IN_RULES } = await import("../dist/rules/index.js");
const { cleanInMemory } = await import("../dist/src/api.js");
const { configureRules } = await import("../dist/src/core/configure.js");
const fs = await import("node:fs");
const t1 = performance.now();
const docs = fs.readdirSync("samples").sort().slice(0, 3).map((f) => ({ id: f, text: fs.readFileSync("samples/" + f, "utf8") }));
const only = process.argv[2] ? [process.argv[2]] : undefined;
const rules = configureRules(BUILT_IN_RULES, only ? { only } : {});
for (let round = 0; round < 2; round++) {
  const t = performance.now();
  for (const d of docs) await cleanInMemory(d, docs, rules, { applySuggestions: false });
  console.log(`round ${round} ${(performance.now() - t).toFixed(1)} ms`);
}
console.log(`imports ${(t1 - t0).toFixed(1)} ms`);
