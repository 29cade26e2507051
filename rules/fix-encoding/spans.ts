import { badness, isBad } from "./badness.js";
import { CODE_PAGES, type CodePage } from "./codepages.js";
import type { Repair } from "./mojibake.js";
import { isPlausible } from "./plausible.js";
import { misreadAs, reread } from "./reread.js";

/**
 * Mojibake embedded in correct text ("l’Ã©galité", a garbled sentence in a clean paragraph),
 * which cannot be re-read whole: each run of characters that can be the bytes of UTF-8
 * sequences is judged and repaired on its own.
 */

/**
 * Runs of characters that, in one family of code pages, are the bytes of UTF-8 sequences
 * (a lead byte and its continuation bytes). A space stands in for a lost 0xA0. A run may
 * not follow a continuation character, so that a fragment of a larger garble is not
 * "repaired" into something worse; characters that usually stand for themselves (quotes,
 * dashes, bullets, ellipses, no-break spaces, soft hyphens) do not count, so that
 * "l’Ã©galité" is repaired after its apostrophe.
 */
function spanPattern(pages: readonly CodePage[]): RegExp {
  const range = (from: number, to: number, except = "") => {
    const chars = new Set<string>();
    for (const page of pages) for (let b = from; b <= to; b++) for (const c of page.forms[b]!) if (!except.includes(c)) chars.add(c);
    return [...chars].map((c) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c)).join("");
  };
  const cont = range(0x80, 0xbf);
  const strict = range(0x80, 0xbf, STANDS_FOR_ITSELF);
  const [lead2, lead3, lead4] = [range(0xc2, 0xdf), range(0xe0, 0xef), range(0xf0, 0xf4)];
  return new RegExp(`(?<![${strict}])(?:[${lead2}][${cont} ]|[${lead3}][${cont} ]{2}|[${lead4}][${cont} ]{3})+`, "gu");
}

// No-break spaces and soft hyphens too: fix-spacing may make them plain or take them out, and
// the mojibake after them must be repaired now, not on the next run.
const STANDS_FOR_ITSELF = "\u00a0\u00ad\u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026";

/**
 * The Latin-like pages share most of their upper halves and are trusted as ftfy trusts them:
 * a span bad on its own gets the whole repair, layers and all. Mac Roman and code page 437
 * have accented letters where those have punctuation, so that correct text often reads as a
 * lead byte and continuations ("¬å" is U+008C in Mac Roman): theirs are re-read once, in that
 * page only. Either way a re-read span must decode to what the line is made of (`belongsAmong`).
 */
interface SpanFamily {
  pattern: RegExp;
  pages: readonly CodePage[];
  trusted: boolean;
}

const LATIN_LIKE = CODE_PAGES.filter((p) => p.name !== "macintosh" && p.name !== "cp437");
const FAMILIES: readonly SpanFamily[] = [
  { pattern: spanPattern(LATIN_LIKE), pages: LATIN_LIKE, trusted: true },
  ...CODE_PAGES.filter((p) => !LATIN_LIKE.includes(p)).map((page) => ({ pattern: spanPattern([page]), pages: [page], trusted: false })),
];

interface Span {
  start: number;
  text: string;
  repair: Repair | null;
}

/**
 * Each family of pages proposes a repair of the line, and the least bad that is better than
 * the line wins (a Latin-1 reading of a piece of Mac Roman mojibake, "‚Ä¶" -> "‚Ķ", must not
 * pre-empt the Mac Roman reading, "…").
 * Within a family, spans bad on their own are evidence that the line went through a
 * misreading; the others are re-read once, in a page that evidence names, and kept if they
 * look better with their neighbours ("BÄ›lohlávek": a capital, then a closing quote before a
 * letter) or decode to what the rest of the line is written in ("ë‚´ê°€" is the Korean
 * "내가" in a Korean paragraph).
 */
export function repairSpans(text: string, repairAlone: (span: string) => Repair): Repair | null {
  // Least bad first; at equal badness the shorter, which explained more bytes as UTF-8.
  const score = (t: string) => [badness(t), t.length] as const;
  const better = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  let best: Repair | null = null;
  let bestScore = [badness(text), Infinity] as const;
  for (const family of FAMILIES) {
    const candidate = familyRepair(text, family, repairAlone);
    if (candidate === null) continue;
    const candidateScore = score(candidate.text);
    if (better(candidateScore, bestScore)) [best, bestScore] = [candidate, candidateScore];
  }
  return best;
}

function familyRepair(text: string, family: SpanFamily, repairAlone: (span: string) => Repair): Repair | null {
  const all = [...text.matchAll(family.pattern)];
  // A span as long as the line was re-read whole before it came here, and would come here
  // again; its words may still re-read ("â€™Β ": the Greek capital is a lead byte only while
  // the space follows it, and a second run, once fix-spacing has taken the space, would mend
  // "â€™").
  if (family.trusted && all.length === 1 && all[0]![0] === text && text.includes(" ")) {
    const words = repairWords(text, repairAlone);
    return words.steps.length > 0 ? words : null;
  }
  const found = all.filter((m) => m[0].length < text.length);
  const spans: Span[] = found.map((m) => ({ start: m.index, text: m[0], repair: null }));
  const restOf = () => spans.reduce((line, s) => line.replace(s.text, () => s.repair?.text ?? ""), text);
  for (const span of spans) {
    if (!isBad(span.text)) continue;
    span.repair = family.trusted ? repairBad(span.text, repairAlone) : rereadOnce(span, text, family.pages, restOf(), family.pages);
  }
  const evident = new Set(spans.flatMap((s) => s.repair?.steps ?? []));
  const rest = restOf();
  const shown = family.pages.filter((p) => evident.has(misreadAs(p)));
  // A trusted family repairs nothing that is not bad on its own in a line without evidence.
  const weakAllowed = !family.trusted || shown.length > 0;
  for (const span of spans) span.repair ??= weakAllowed ? rereadOnce(span, text, family.pages, rest, shown) : { text: span.text, steps: [] };
  const fixed = spans.reduceRight((line, s) => line.slice(0, s.start) + s.repair!.text + line.slice(s.start + s.text.length), text);
  return fixed === text ? null : { text: fixed, steps: spans.flatMap((s) => s.repair!.steps) };
}

/**
 * A space that stood for a lost 0xA0 may also join mojibake to a correct neighbour ("В" is a
 * lead byte in Windows-1251: "В Ð¾ÑÑ‚Ñ‹Ð²ÑˆÑƒÑŽ"); if the whole will not re-read, its words may.
 */
function repairBad(span: string, repairAlone: (span: string) => Repair): Repair {
  const whole = repairAlone(span);
  if (whole.steps.length > 0 || !span.includes(" ")) return whole;
  return repairWords(span, repairAlone);
}

function repairWords(span: string, repairAlone: (span: string) => Repair): Repair {
  const words = span.split(" ").map((word) => (isBad(word) ? repairAlone(word) : { text: word, steps: [] }));
  return { text: words.map((w) => w.text).join(" "), steps: words.flatMap((w) => w.steps) };
}

/**
 * One re-reading of a span that decodes to what the rest of the line is made of, kept if it
 * looks better with its neighbours or if the line shows that this page misread it.
 */
function rereadOnce(span: Span, text: string, pages: readonly CodePage[], rest: string, shown: readonly CodePage[]): Repair {
  const [before, after] = [text[span.start - 1] ?? "", text[span.start + span.text.length] ?? ""];
  const inContext = (s: string) => badness(before + s + after);
  const was = inContext(span.text);
  for (const page of pages) {
    const fixed = reread(span.text, page);
    if (fixed === null || !belongsAmong(fixed, rest) || !isPlausible(span.text, fixed)) continue;
    if (shown.includes(page) || inContext(fixed) < was) return { text: fixed, steps: [misreadAs(page)] };
  }
  return { text: span.text, steps: [] };
}

const SCRIPTS = ["Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Devanagari", "Bengali", "Tamil", "Thai", "Georgian", "Hangul", "Hiragana", "Katakana", "Han"].map(
  (name) => new RegExp(`\\p{Script=${name}}`, "u"),
);
// Accented letters of European languages; IPA and the rarer extensions are what a correct
// "É’" or "É»" would decode to.
const COMMON_LATIN = /[\u00c0-\u017f]/u;
const ODD = /[\p{Cc}\p{Co}\p{Cn}\ufffd]/u;

/** Every letter or mark of `decoded` common Latin or of a script `rest` is written in, nothing odd. */
function belongsAmong(decoded: string, rest: string): boolean {
  if (ODD.test(decoded)) return false;
  return [...decoded].every((c) => {
    if (!/[\p{L}\p{M}]/u.test(c)) return true;
    if (COMMON_LATIN.test(c)) return true;
    const script = SCRIPTS.find((s) => s.test(c));
    return script !== undefined && script.test(rest);
  });
}
