// Writes rules/data/code-pages.json: the character of each byte 0x00-0xFF in each single-byte
// code page fix-encoding tries, as iconv-lite decodes them (U+FFFD where a page leaves a byte
// undefined). fix-encoding reads this file instead of loading iconv-lite's code-page tables,
// which cost a small run (a pre-commit hook over three files) about 20 ms at start-up.
//   npm run build:codepages
import iconv from "iconv-lite";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PAGES } from "../dist/rules/fix-encoding/page-list.js";

const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const tables = Object.fromEntries(PAGES.map(([name]) => [name, iconv.decode(everyByte, name)]));
const out = path.join(import.meta.dirname, "..", "rules", "data", "code-pages.json");
writeFileSync(out, `${JSON.stringify(tables, null, 1)}\n`);
console.log(`${out}: ${PAGES.length} code pages`);
