import { describe, expect, it } from "vitest";
import { findDocument, shareDocuments } from "../../src/pool/documents.js";
import type { DocLocation } from "../../src/index-file.js";

describe("the run's documents in shared memory", () => {
  it("finds every document by id, files and record fields alike, and nothing else", () => {
    const locations = new Map<string, DocLocation>([
      ["corpus/b.txt", "corpus/b.txt"],
      ["corpus/a.txt", "corpus/a.txt"],
      ["corpus/é and ü/naïve.txt", "corpus/é and ü/naïve.txt"],
      ["article-7/text", { file: "data.jsonl", format: "jsonl", offset: 120, length: 64, field: "text" }],
      ["12/text", { file: "data.csv", format: "csv", offset: 9, length: 30, field: "text", column: 3 }],
    ]);
    const shared = shareDocuments(locations);
    expect(shared.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const [id, location] of locations) expect(findDocument(shared, id)).toEqual(location);
    for (const missing of ["corpus/c.txt", "", "article-7", "zzz"]) expect(findDocument(shared, missing)).toBeNull();
    expect(findDocument(shareDocuments(new Map()), "a")).toBeNull();
  });
});
