import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "../src/io/codec.js";

const TEXT = "Zoë’s “café” — 10 €, Москва, 東京 😍\nsecond line\n";

function decoded(bytes: Buffer, forced?: string) {
  const result = decode(bytes, forced);
  if (result.kind !== "text") throw new Error(result.reason);
  return result;
}

describe("decode", () => {
  for (const encoding of ["utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be"]) {
    it(`reads ${encoding} with a BOM and remembers it`, () => {
      const result = decoded(iconv.encode(TEXT, encoding, { addBOM: true }));
      expect(result.text).toBe(TEXT);
      expect(result.format).toEqual({ encoding, bom: true, eol: "\n" });
    });
  }

  it("reads bytes that are not UTF-8 as Windows-1252, keeping its undefined bytes as C1 controls", () => {
    const result = decoded(Buffer.from([0x93, 0x61, 0x94, 0x20, 0xa3, 0x35, 0x20, 0x81, 0x9d]));
    expect(result.text).toBe("“a” £5 \u0081\u009d");
    expect(result.format.encoding).toBe("windows-1252");
  });

  it("keeps CRLF line endings to restore them", () => {
    const result = decoded(Buffer.from("one\r\ntwo\r\n"));
    expect(result.text).toBe("one\ntwo\n");
    expect(result.format.eol).toBe("\r\n");
  });

  it("reads a forced encoding even where UTF-8 would do", () => {
    expect(decoded(Buffer.from("Ã©"), "utf-8").text).toBe("Ã©");
    expect(decoded(Buffer.from("é"), "latin1").text).toBe("Ã©");
    expect(decoded(iconv.encode("Привет", "koi8-r"), "koi8-r").text).toBe("Привет");
  });

  it("calls NUL bytes binary, unless a UTF-16 or UTF-32 BOM explains them", () => {
    expect(decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).kind).toBe("binary");
    expect(decode(iconv.encode("ab", "utf-16le", { addBOM: true })).kind).toBe("text");
  });
});
