/**
 * Large files are cleaned chunk by chunk: the streamed reading must decide and decode exactly
 * as the whole-file codec does, the chunks must rebuild the text, and a streamed clean copy
 * must equal the one the whole document gives (for the per-document rules of today).
 */
import fc from "fast-check";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { BUILT_IN_RULES } from "../../rules/index.js";
import { cleanInMemory } from "../../src/api.js";
import { configureRules } from "../../src/core/configure.js";
import type { RunOptions } from "../../src/engine.js";
import { decode, encode } from "../../src/io/codec.js";
import { decodePieces, paragraphChunks, scanFile } from "../../src/io/stream.js";
import { cleanLargeFile } from "../../src/large-file.js";
import { emptyReport } from "../../src/report/model.js";
import { tempFolder } from "../helpers/cli.js";

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir, remove } = await tempFolder()));
afterEach(async () => remove());

async function* piecesOf(text: string, sizes: number[]): AsyncGenerator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = Math.max(1, sizes[i % Math.max(1, sizes.length)] ?? 7);
    yield text.slice(at, at + size);
    at += size;
  }
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

const textWithBreaks = fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\n\n", "🙂", "é"), maxLength: 300 });

it("paragraph chunks rebuild the text and end at whole runs of blank lines", async () => {
  await fc.assert(
    fc.asyncProperty(textWithBreaks, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 4, max: 30 }), async (text, sizes, target) => {
      const chunks = await collect(paragraphChunks(piecesOf(text, sizes), target));
      expect(chunks.join("")).toBe(text);
      for (let i = 0; i + 1 < chunks.length; i++) {
        expect(chunks[i]!.length).toBeGreaterThan(0);
        if (chunks[i]!.endsWith("\n\n")) expect(chunks[i + 1]!.startsWith("\n")).toBe(false);
        // Never between the halves of a surrogate pair.
        expect(chunks[i + 1]!.charCodeAt(0) >= 0xdc00 && chunks[i + 1]!.charCodeAt(0) <= 0xdfff).toBe(false);
      }
    }),
    { numRuns: 300 },
  );
});

it("keeps a run of blank lines at the end of the text whole when no paragraph break comes in time", async () => {
  // Found by the property above: a long paragraph ending in a run of line breaks was cut inside the run.
  const text = "\n\naa🙂aa\n\n\n\n\n\n\n\n";
  const chunks = await collect(paragraphChunks(piecesOf(text, [1]), 4));
  expect(chunks.join("")).toBe(text);
  for (let i = 0; i + 1 < chunks.length; i++) expect(chunks[i]!.endsWith("\n\n") && chunks[i + 1]!.startsWith("\n")).toBe(false);
});

const bytesLikeFiles = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 50 })).map(([bom, b]) => new Uint8Array([...bom, ...b])),
  fc.string({ unit: fc.constantFrom("a", "\r\n", "\n", "\r", "é", "’", "🙂", "\u0080", " "), maxLength: 80 }).map((s) => new Uint8Array(Buffer.from(s))),
  fc.tuple(fc.constantFrom("\ufeff", ""), fc.string({ unit: fc.constantFrom("a", "\r\n", "é", "€"), maxLength: 60 }), fc.constantFrom("utf8", "latin1") as fc.Arbitrary<BufferEncoding>).map(([bom, s, enc]) => new Uint8Array(Buffer.concat([Buffer.from(bom), Buffer.from(s, enc)]))),
);

it("streamed reading decides and decodes like the whole-file codec, wherever the pieces split", async () => {
  const file = path.join(dir, "f.txt");
  await fc.assert(
    fc.asyncProperty(bytesLikeFiles, fc.integer({ min: 4, max: 17 }), async (bytes, pieceBytes) => {
      await writeFile(file, bytes);
      const whole = decode(bytes);
      const scan = await scanFile(file, undefined, pieceBytes);
      if (scan.kind === "unsupported") {
        // UTF-16 (by its BOM) is left to the whole-file path, binary or not.
        expect(["255,254", "254,255"]).toContain(`${bytes[0]},${bytes[1]}`);
        return;
      }
      if (whole.kind === "binary" || scan.kind !== "text") {
        expect(scan.kind === "text" ? "text" : "not text").toBe(whole.kind === "binary" ? "not text" : "text");
        return;
      }
      expect(scan.format).toEqual(whole.format);
      const hash: { digest?: string } = {};
      expect((await collect(decodePieces(file, scan.format, hash, pieceBytes))).join("")).toBe(whole.text);
      expect(hash.digest).toBe(scan.hash);
    }),
    { numRuns: 300 },
  );
});

const RULES = configureRules(BUILT_IN_RULES, {});
const options = (naming: RunOptions["naming"]): RunOptions => ({
  paths: [],
  references: [],
  extensions: ["txt"],
  naming,
  mode: "write",
  rules: RULES,
  settings: { applySuggestions: false },
  concurrency: 1,
});

it("a file cleaned in chunks equals the same file cleaned whole, with its edits on the right lines", async () => {
  const paragraph = (i: number) => `Paragraph ${i} from the U. S. with a no\u00a0break and a quote. ”  \nIts second line, in the U. K.\n\n`;
  const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join("") + "One last line with no break at the end, a. m.";
  for (const eol of ["\n", "\r\n"] as const) {
    const input = path.join(dir, `big${eol.length}.txt`);
    const output = path.join(dir, `big${eol.length}.clean.txt`);
    await writeFile(input, encode(text, { encoding: "utf-8", bom: true, eol }));
    const file = emptyReport("big.txt", output);
    const report = await cleanLargeFile({ id: "big.txt", path: input, output }, options({ suffix: ".clean", inPlace: false }), file, 500);
    const whole = await cleanInMemory({ id: "big.txt", text }, [], RULES, { applySuggestions: false });
    expect(report.error).toBeNull();
    expect(report.written).toBe(true);
    expect(await readFile(output)).toEqual(encode(whole.text, { encoding: "utf-8", bom: true, eol }));
    expect(report.edits.map((e) => [e.line, e.column, e.before, e.after])).toEqual(whole.edits.map((e) => [e.line, e.column, e.before, e.after]));
  }
});
