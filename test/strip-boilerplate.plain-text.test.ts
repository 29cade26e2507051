/**
 * The premise of plain-text.ts: on plain text a case-insensitive pattern matches the same with
 * and without the u flag, so that the faster copy may run there.
 */
import { describe, expect, it } from "vitest";
import { compilePacks, loadPacks } from "../rules/strip-boilerplate/packs.js";
import { isPlain, samePlain } from "../rules/strip-boilerplate/plain-text.js";

const BMP = Array.from({ length: 0x10000 }, (_, i) => i)
  .filter((i) => i < 0xd800 || i > 0xdfff)
  .map((i) => String.fromCharCode(i));
const PLAIN_NON_ASCII = BMP.filter((c) => c > "\x7f" && isPlain(c));

describe("plain text", () => {
  it("has no case: its non-ASCII characters map to themselves and nothing else maps onto them", () => {
    const cased = PLAIN_NON_ASCII.filter((c) => c.toUpperCase() !== c || c.toLowerCase() !== c);
    expect(cased).toEqual([]);
    const plainSet = new Set(PLAIN_NON_ASCII);
    const members = new RegExp(`^[${PLAIN_NON_ASCII.map((c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join("")}]$`, "iu");
    const partners = BMP.filter((c) => !plainSet.has(c) && (members.test(c) || plainSet.has(c.toUpperCase())));
    expect(partners).toEqual([]);
  });

  it("has ASCII letters whose only non-ASCII case partners are ſ and K", () => {
    const partners = BMP.filter((c) => c > "\x7f" && /[a-z]/iu.test(c));
    expect(partners).toEqual(["\u017f", "\u212a"]);
  });

  it("is not made of astral characters", () => {
    expect(isPlain("a ’ b")).toBe(true);
    expect(isPlain("a 🙂 b")).toBe(false);
    expect(isPlain("café")).toBe(false);
  });

  it("refuses a copy for patterns with syntax of the u flag or a non-ASCII range", () => {
    for (const source of ["\\p{L}", "\\u{17f}", "\\u017f", "[À-ɏ]", "ſ"]) expect(samePlain(new RegExp(source, "iu")), source).toBeNull();
    expect(samePlain(/[\w.'’-]+ and \b(?:AP|AFP)\b/iu)).not.toBeNull();
  });

  it("gives every pack pattern a copy that matches its examples and counter-examples as the pattern does", () => {
    const patterns = compilePacks(loadPacks());
    const specs = loadPacks().flatMap((p) => p.patterns);
    const lines = specs.flatMap((s) => [...s.examples, ...s.keeps]).filter(isPlain);
    expect(lines.length).toBeGreaterThan(50);
    for (const p of patterns) {
      expect(p.plain, p.id).not.toBeNull();
      for (const line of lines) {
        for (let at = 0; at < line.length; at++) {
          p.regex.lastIndex = p.plain!.lastIndex = at;
          // expect() only where the two differ: called at every place of every line, it took 30 s.
          const plain = p.plain!.exec(line)?.[0];
          const unicode = p.regex.exec(line)?.[0];
          if (plain !== unicode) expect(plain, `${p.id} at ${at}: ${line}`).toBe(unicode);
        }
      }
    }
  });
});
