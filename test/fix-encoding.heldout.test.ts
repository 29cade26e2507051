/**
 * Held-out checks for encodings: whole files as real systems damage them (stored in
 * Windows-1252, in UTF-16, or UTF-8 whose paragraphs some program read as Windows-1252) must
 * come back exactly through decoding and the fix-encoding rule. The articles are written for
 * these tests; which paragraphs are garbled is a seeded random choice.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import fixEncoding from "../rules/fix-encoding.js";
import { BUILT_IN_RULES } from "../rules/index.js";
import { cleanInMemory } from "../src/api.js";
import { configureRules } from "../src/core/configure.js";
import { decode, encode } from "../src/io/codec.js";
import { visible } from "./helpers/visible.js";
import { random } from "../scripts/lib/random.js";

const ARTICLE = [
  "Flood defences “held firm” as river peaks",
  "Engineers said the barrier at Tewkesbury “did exactly what it was built to do” when the Severn rose 4.2 m above its usual level on Tuesday night.",
  "The Environment Agency’s chief, Dame Ana Sánchez-Ruiz, told reporters: “We’ve spent £48m here since 2007 — and tonight it paid off.”",
  "Residents of Upton-upon-Severn weren’t so lucky. Café owner Zoë Müller said water reached the counter “in about twenty minutes… we couldn’t save anything.”",
  "Temperatures are forecast to fall to −3 °C by Friday, with ½ in of snow possible on higher ground.",
  "A spokesperson for the Met Office said the outlook was “unsettled” but that the worst had passed.",
];

const SECOND_ARTICLE = [
  "Orchestra returns to Prague after 30 years",
  "The Česká filharmonie played Dvořák’s New World Symphony to a full house — the first time the programme has been heard at the Rudolfinum since 1994.",
  "Conductor Jiří Bělohlávek’s successor, Semyon Bychkov, said the evening felt “like coming home”. Tickets cost between 450 Kč and 2 900 Kč (roughly €18–€115).",
  "Visitors from Łódź, Zürich and São Paulo queued in the rain; one, Ólafur Þórsson, had flown in from Reykjavík “just for the Largo”.",
  "The tour continues in Wien and München next month.",
];

const rules = configureRules([fixEncoding], { options: {} });
const settings = { applySuggestions: false };

/** Bytes of a file, through decoding and the rule, to the text of its clean copy. */
async function readAndRepair(bytes: Buffer): Promise<{ text: string; encoding: string }> {
  const decoded = decode(bytes);
  if (decoded.kind !== "text") throw new Error(decoded.reason);
  const result = await cleanInMemory({ id: "article.txt", text: decoded.text }, [], rules, settings, true);
  return { text: encode(result.text, decoded.format).toString("utf8"), encoding: decoded.format.encoding };
}

/** UTF-8 read as Windows-1252 the way browsers do: undefined bytes become C1 controls. */
function misreadAsWindows1252(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return [...iconv.decode(bytes, "windows-1252")].map((c, i) => (c === "\ufffd" ? String.fromCharCode(bytes[i]!) : c)).join("");
}

/** Garbles whole paragraphs or one sentence inside a paragraph, at random. */
function garble(paragraphs: readonly string[], next: () => number): string[] {
  return paragraphs.map((p) => {
    const roll = next();
    if (roll < 0.4) return misreadAsWindows1252(p);
    if (roll < 0.7) {
      const sentences = p.split(/(?<=[.!?”] )/);
      const pick = Math.floor(next() * sentences.length);
      return sentences.map((s, i) => (i === pick ? misreadAsWindows1252(s) : s)).join("");
    }
    return p;
  });
}

describe("held out: files come back exactly", () => {
  for (const [name, article] of [["first", ARTICLE], ["second", SECOND_ARTICLE]] as const) {
    const clean = article.join("\n\n") + "\n";

    it(`${name} article stored as UTF-16 LE and BE with a BOM`, async () => {
      for (const encoding of ["utf-16le", "utf-16be"]) {
        const bytes = iconv.encode(clean.replace(/\n/g, "\r\n"), encoding, { addBOM: true });
        const back = await readAndRepair(bytes);
        expect(back.encoding).toBe(encoding);
        expect(visible(back.text)).toBe(visible("\ufeff" + clean.replace(/\n/g, "\r\n")));
      }
    });

    it(`${name} article with paragraphs garbled at random (UTF-8 read as Windows-1252)`, async () => {
      for (let seed = 1; seed <= 40; seed++) {
        const garbled = garble(article, random(seed)).join("\n\n") + "\n";
        const back = await readAndRepair(Buffer.from(garbled, "utf8"));
        expect(visible(back.text), `seed ${seed}`).toBe(visible(clean));
      }
    });

    it(`${name} article garbled twice over`, async () => {
      const back = await readAndRepair(Buffer.from(misreadAsWindows1252(misreadAsWindows1252(clean)), "utf8"));
      expect(visible(back.text)).toBe(visible(clean));
    });
  }

  it("a garbled file through the whole pipeline comes out as the clean file does", async () => {
    const all = configureRules(BUILT_IN_RULES, { options: {} });
    const run = async (text: string) => (await cleanInMemory({ id: "article.txt", text }, [], all, settings, true)).text;
    const clean = ARTICLE.join("\n\n") + "\n";
    const garbled = garble(ARTICLE, random(7)).join("\n\n") + "\n";
    expect(garbled).not.toBe(clean);
    expect(visible(await run(garbled))).toBe(visible(await run(clean)));
  });

  it("a Windows-1252 file", async () => {
    const clean = ARTICLE.join("\n\n").replace("−", "-") + "\n";
    const back = await readAndRepair(iconv.encode(clean, "windows-1252"));
    expect(back.encoding).toBe("windows-1252");
    expect(visible(back.text)).toBe(visible(clean));
  });

  it("a Latin-1 file", async () => {
    const clean = "Año nuevo en Málaga: «¡Feliz año!», dijo Íñigo. Precio: 12 £ o 15 ¥.\n";
    const back = await readAndRepair(iconv.encode(clean, "latin1"));
    expect(visible(back.text)).toBe(visible(clean));
  });

  it("a UTF-8 file with one stray Windows-1252 byte (as BBC sport/199)", async () => {
    const clean = "United’s “£15.8m signing” from São Paulo starts on Saturday.\n";
    const bytes = Buffer.concat([Buffer.from("United’s “", "utf8"), Buffer.from([0xa3]), Buffer.from("15.8m signing” from São Paulo starts on Saturday.\n", "utf8")]);
    const back = await readAndRepair(bytes);
    expect(back.encoding).toBe("windows-1252");
    expect(visible(back.text)).toBe(visible(clean));
  });
});
