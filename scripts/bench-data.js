// Article trees and JSON Lines files for the benchmarks: from real articles (a folder of
// .txt files such as the BBC News dataset) or generated, with the damage clean-news repairs
// put into every other file, so that every rule has work to do.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, createWriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";

const TARGET_BYTES = 5000;

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.name.endsWith(".txt") && e.name !== "README.TXT") yield full;
  }
}

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const WORDS = ("the minister said that talks on missile defence would go on in Tokyo and Seoul next week while officials " +
  "from both sides met on Friday to discuss the long-term plan for a two-plus-two meeting with the U.S. and Japan " +
  "but critics warned of a so-called arms race in the region and a year-old dispute over trade and security").split(" ");
const CHROME = ["Stay up to date with notifications from The Independent", "Please let us know if you're having issues with commenting.", "Join our commenting forum", "Grigoriy Sisoev/Sputnik via AP"];

function generated(i) {
  const next = random(i + 1);
  const paragraphs = [`Report number ${i} on the talks`];
  let size = 0;
  while (size < TARGET_BYTES) {
    const words = Array.from({ length: 25 + Math.floor(next() * 40) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    const p = `“${words.slice(0, 8).join(" ")},” he said. ${words.slice(8).join(" ")}. It isn't over, they've said.`;
    paragraphs.push(p);
    size += p.length;
  }
  return paragraphs.join("\n\n");
}

/** The damage of the fake-news dataset (SPEC section 1), a chrome line, a mixed quote. */
function damaged(text, i) {
  const out = text
    .replace(/[^\s“”"‘(\[]*[A-Za-z0-9]-[A-Za-z0-9][^\s“”"’)\]]*/g, " ")
    .replace(/U\.S\./g, "U. S.")
    .replace(/\.”/g, ". ”")
    .replace(/\n\n/g, " ");
  return `${CHROME[i % CHROME.length]}\n${out.replace(/“/, '"')}\n`;
}

/**
 * The text of file i. Real articles are cut into sentences and each file is made of sentences
 * drawn from the whole corpus (about 5 KB, real words and punctuation, but not a copy of one
 * article, which 10,000 files from 2,225 articles would otherwise be): one file in 20 is a
 * damaged twin of the file before it, as near-duplicates occur in real corpora, and every
 * other file carries the damage the rules repair.
 */
export function articleSource(corpus) {
  const plain = corpus ? fromSentences(corpus) : generated;
  return (i) => {
    if (i % 20 === 19) return damaged(plain(i - 1), i);
    return i % 2 ? damaged(plain(i), i) : plain(i) + "\n";
  };
}

function fromSentences(corpus) {
  const articles = [...walk(corpus)].map((f) => readFileSync(f, "utf8"));
  if (articles.length === 0) throw new Error(`no .txt articles under ${corpus}`);
  const headlines = articles.map((a) => a.split("\n")[0].trim());
  const sentences = articles.flatMap((a) => a.split("\n").slice(1).join(" ").match(/[^.!?]+[.!?]+["”’]?\s*/g) ?? []).map((s) => s.trim());
  return (i) => {
    const next = random(i + 1);
    const pick = (list) => list[Math.floor(next() * list.length)];
    const paragraphs = [pick(headlines)];
    let size = 0;
    while (size < TARGET_BYTES) {
      const p = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(sentences)).join(" ");
      paragraphs.push(p);
      size += p.length + 2;
    }
    return paragraphs.join("\n\n");
  };
}

export function writeTree(root, count, source) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `site${String(i % 20).padStart(2, "0")}`, String(Math.floor(i / 1000)));
    if (i % 1000 < 20) mkdirSync(folder, { recursive: true });
    const data = Buffer.from(source(i), "utf8");
    writeFileSync(path.join(folder, `article-${String(i).padStart(6, "0")}.txt`), data);
    bytes += data.length;
  }
  return bytes;
}

export async function writeJsonl(file, count, source) {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(JSON.stringify({ id: `article-${i}`, site: `site${i % 20}`, text: source(i) }) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
  return statSync(file).size;
}
