// Documents for benchmarks and checks, from paths given on the command line: a folder (every
// .txt under it), a .txt file, a CSV whose article column is `content` or `text` (one
// document per row), or a JSON file of the article-extraction benchmark (`ground-truth.json`,
// `output/NAME.json`: one document per page's `articleBody`). Files are decoded as the CLI
// decodes them; ids are stable across runs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decode } from "../../dist/src/io/codec.js";
import { parseCsv } from "./csv.js";

const TEXT_COLUMNS = ["content", "text"];

function fromFile(file, id) {
  const decoded = decode(readFileSync(file));
  return decoded.kind === "text" ? [{ id, text: decoded.text }] : [];
}

function fromCsv(file, limit) {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  const column = header.findIndex((h) => TEXT_COLUMNS.includes(h));
  if (column === -1) throw new Error(`${file}: no column named ${TEXT_COLUMNS.join(" or ")}`);
  return rows
    .slice(0, limit)
    .filter((row) => (row[column] ?? "").trim() !== "")
    .map((row, i) => ({ id: `${path.basename(file)}#${i + 1}`, text: row[column].replace(/\r\n?/g, "\n") }));
}

function fromPages(file) {
  const json = JSON.parse(readFileSync(file, "utf8"));
  const pages = json.output ?? json;
  return Object.keys(pages)
    .sort()
    .filter((page) => typeof pages[page]?.articleBody === "string")
    .map((page) => ({ id: `${path.basename(file, ".json")}/${page}`, text: pages[page].articleBody }));
}

function fromFolder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => fromFile(path.join(dir, f), `${path.basename(dir)}/${f}`));
}

/** Every document the paths name; `csvRows` caps the rows taken from each CSV. */
export function loadDocs(paths, csvRows = Infinity) {
  return paths.flatMap((p) => {
    if (statSync(p).isDirectory()) return fromFolder(p);
    if (p.endsWith(".csv")) return fromCsv(p, csvRows);
    if (p.endsWith(".json")) return fromPages(p);
    return fromFile(p, path.basename(p));
  });
}
