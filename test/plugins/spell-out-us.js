// A fixture plugin with the built-in rule interface: it spells out "U.S." (so it only sees
// "U. S." once the built-in fix-spacing has run before it) and reports "[TK]" placeholders,
// which it cannot fill, as unresolved.
export default {
  meta: {
    id: "spell-out-us",
    description: "Spells out U.S. and reports [TK] placeholders",
    fixable: true,
    defaultOptions: { name: "United States" },
    validateOptions: (options) => (typeof options.name === "string" ? null : "name must be a string"),
  },
  *check(doc, ctx) {
    for (const m of doc.text.matchAll(/U\.S\./g)) {
      yield { start: m.index, end: m.index + m[0].length, fix: ctx.options.name, message: "spelled out" };
    }
    for (const m of doc.text.matchAll(/\[TK\]/g)) {
      yield { start: m.index, end: m.index + m[0].length, message: "placeholder left by the editor" };
    }
  },
};
