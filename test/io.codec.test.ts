import { describe, expect, it } from "vitest";
import { decode, encode } from "../src/io/codec.js";

const text = (bytes: number[] | Buffer, forced?: string) => {
  const d = decode(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), forced);
  if (d.kind !== "text") throw new Error(d.reason);
  return d;
};

describe("decode", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(text(Buffer.from("café\n")).format).toEqual({ encoding: "utf-8", bom: false, eol: "\n" });
    const withBom = text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("café")]));
    expect([withBom.text, withBom.format.bom]).toEqual(["café", true]);
  });

  it("reads UTF-16 little and big endian with a BOM", () => {
    const le = text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("“ok” 😀", "utf16le")]));
    expect([le.text, le.format.encoding]).toEqual(["“ok” 😀", "utf-16le"]);
    const be = Buffer.from("ok", "utf16le").swap16();
    expect(text(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe("ok");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, keeping undefined bytes as C1 controls", () => {
    const d = text([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x81]);
    expect(d.text).toBe("“Café”\u0081");
    expect(d.format.encoding).toBe("windows-1252");
  });

  it("obeys a forced encoding", () => {
    expect(text(Buffer.from("café"), "latin1").text).toBe("cafÃ©");
  });

  it("calls NUL bytes binary", () => {
    expect(decode(Buffer.from([0x50, 0x00, 0x4e])).kind).toBe("binary");
  });

  it("folds CRLF only when every line break is CRLF", () => {
    expect(text(Buffer.from("a\r\nb\r\n"))).toMatchObject({ text: "a\nb\n", format: { eol: "\r\n" } });
    expect(text(Buffer.from("a\r\nb\n"))).toMatchObject({ text: "a\r\nb\n", format: { eol: "\n" } });
  });
});

describe("encode", () => {
  it("restores line endings and the BOM, always in UTF-8", () => {
    const format = { encoding: "utf-16le", bom: true, eol: "\r\n" as const };
    expect(encode("a\nb", format)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62]));
  });

  it("round-trips what it decodes", () => {
    for (const raw of ["plain\n", "crlf\r\nlines\r\n", "mixed\r\nlines\n", "\ufeffbom\n"]) {
      const d = text(Buffer.from(raw));
      expect(encode(d.text, d.format).toString("utf8")).toBe(raw);
    }
  });
});
