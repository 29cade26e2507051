import { asJudged, normaliseJudged, type Line } from "./lines.js";
import { matchChrome, type ChromeMatch, type CompiledPattern } from "./packs.js";
import { ownFigures, ownValue, recurrenceOf, recurrenceOfLine, type RecurrenceIndex } from "./recurrence.js";
import { addressesReader, endsSentence, isQuoted, isReportingSentence, isTeaser, isTitleCase, protectedKind, runsOn, wordCount } from "./shape.js";

/** What the judgement of a document's lines needs from its options. */
export interface ClassifyOptions {
  /** Documents a line must recur in (already resolved for the run's size). */
  minDocs: number;
  /** Longer lines are never removed for recurring: they are reporting, even when shared. */
  maxChromeWords: number;
  /** A sentence of reporting this long anchors the article body. */
  bodyWords: number;
  /** Share of known chrome that makes a stretch of short lines between paragraphs chrome as a whole. */
  chromeShare: number;
  /** Lines kept above the first paragraph when the page top is chrome: headline, standfirst, byline. */
  headLines: number;
}

/** Why a line goes. */
export type Verdict =
  | ({ by: "pattern" } & ChromeMatch)
  | { by: "recurrence"; documents: number; of: number; alone: boolean }
  | { by: "recurring-top"; documents: number; of: number }
  | { by: "stretch"; chrome: number; lines: number }
  | { by: "outside"; chrome: number; lines: number }
  | { by: "section"; heading: string; line: number }
  | { by: "tail"; chrome: number; line: number }
  | { by: "title"; line: number }
  | { by: "above-headline"; line: number }
  | { by: "capitals"; words: number }
  | { by: "menu"; words: number }
  | { by: "gallery"; total: number }
  | { by: "excerpt"; excerpts: number }
  | { by: "copy"; paragraphs: number }
  | { by: "bio"; name: string };

/**
 * Gives line `i` of the facts a verdict, unless it is kept (a byline, a dateline, a quotation:
 * with `quotations`, among chrome on both sides, these go too, a teaser's or a comment's; an
 * attribution never) or already has one.
 */
export type Mark = (i: number, v: Verdict, quotations?: boolean) => void;

export interface LineFacts {
  line: Line;
  /** The line's text as the later rules leave it (`asJudged`): what every judgement reads. */
  text: string;
  words: number;
  /** What the line is shaped like, if it is short: a dateline, byline, name or attribution (`protectedKind`). */
  kind: "dateline" | "byline" | "name" | "attribution" | null;
  /** Byline, dateline, attribution, quotation: never removed (a quotation only within a section of chrome). */
  keep: boolean;
  /** An attribution ("Provided by ...", "Additional reporting by ..."): kept even among chrome. */
  attribution: boolean;
  /** A dateline, kept as the article's unless it dates a list (`date-lists.ts`). */
  dateline: boolean;
  /** A byline ("By Jane Roe"; a bare name beside a date), found once or twice in the document. */
  byline: boolean;
  /** A paragraph of reporting. */
  body: boolean;
  /** It ends like a sentence, as reporting does (a long line without one may be a list of links). */
  reporting: boolean;
  /** Short and not a sentence of reporting. */
  chromeShape: boolean;
  /** Documents of the run the line occurs in (looked up for chrome-shaped lines and short sentences only). */
  recurs: number;
  /** It recurs only with its figures folded: each document has its own (a score, a counter; `ownFigures`). */
  ownFigures: boolean;
  /** A labelled line whose label recurs with each document's own value ("Referee: Jane Roe"; `ownValue`). */
  ownValue: boolean;
  /** A byline or dateline found again and again in this document: the metadata of teasers. */
  repeated: boolean;
  /** A few capitalised words and no sentence: a menu entry, or a subheading. */
  menuLike: boolean;
  /** The patterns that consume the whole line, if it is known chrome. */
  match: ChromeMatch[] | null;
}

// A screen for the copyright notices that quote a name: the packs tell whether the line is one.
const COPYRIGHT = /©|all rights reserved/iu;
// A consent banner quotes its own button ("Mit Klick auf „Alle akzeptieren“ stimmen Sie ... zu.",
// "En cliquant sur « Tout accepter », vous ..."): the quotation is the button's label, no speech.
const CONSENT_BUTTON = /[„“”"«‹‚‘’']\s*(?:alle akzeptieren|alle cookies akzeptieren|akzeptieren(?: und (?:schließen|weiter))?|zustimmen(?: und weiter)?|accept(?: all)?(?: cookies)?|accept and (?:close|continue)|i agree|agree(?: and (?:close|continue))?|tout accepter|accepter(?: et (?:fermer|continuer))?|j['’]accepte|aceptar(?: todo| todas(?: las cookies)?| y (?:cerrar|continuar))?|acepto|accetta(?: tutti| tutto)?|aceitar(?: todos| tudo)?)\s*[“”"»›‘’']/iu;

// An interview's question or answer ("Q: Were you surprised?", "A: Yes."): speech, as a
// quotation is, however short and however often a series of interviews asks and answers alike.
const EXCHANGE = /^\s*([QA]): +\S/u;
// A transcript's line: a speaker's label in capitals and what was said ("MINISTER: Thank you.").
const SPEAKER_LINE = /^\s*(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3}): +\S/u;
// Speakers, each with lines, that make a dialogue.
const DIALOGUE_SPEAKERS = 2;
const LINES_PER_SPEAKER = 2;

/**
 * Whether line `i` is a question answered on the next line or an answer to the line above: an
 * interview's exchange. A promotion dressed as one ("Q: Want more? Subscribe ...") stands alone.
 */
function exchanged(texts: readonly string[], i: number): boolean {
  const side = EXCHANGE.exec(texts[i]!)?.[1];
  if (side === undefined) return false;
  const other = side === "Q" ? texts[i + 1] : texts[i - 1];
  return other !== undefined && EXCHANGE.exec(other)?.[1] === (side === "Q" ? "A" : "Q");
}

/** Whether a labelled line is next to another speaker's: speakers take turns. */
function takesTurn(labels: readonly (string | undefined)[], i: number): boolean {
  return [labels[i - 1], labels[i + 1]].some((l) => l !== undefined && l !== labels[i]);
}

/**
 * The speakers of a transcript (`said`: each line's speaker's label where the line ends a
 * sentence, as `factsOf` reads them): labels in capitals that each open two sentences or more of the
 * document next to another speaker's, two speakers or more, each saying at least one line of its
 * own (`own`: no other document of the run prints it). Their lines are speech, however short and
 * however often a programme's transcripts repeat them ("PRESENTER: We'll have to leave it
 * there. Thank you."). A page's "READ MORE:" or "WATCH:" over teasers' headlines stands between
 * paragraphs, or in a block the site prints on every page, and makes no dialogue.
 */
function dialogueSpeakers(said: readonly (string | undefined)[], own: (i: number) => boolean): Set<string> {
  const lines = new Map<string, number>();
  const saysOwn = new Set<string>();
  said.forEach((label, i) => {
    if (label === undefined || !takesTurn(said, i)) return;
    lines.set(label, (lines.get(label) ?? 0) + 1);
    if (own(i)) saysOwn.add(label);
  });
  const speakers = [...lines].filter(([label, n]) => n >= LINES_PER_SPEAKER && saysOwn.has(label)).map(([label]) => label);
  return new Set(speakers.length >= DIALOGUE_SPEAKERS ? speakers : []);
}

// Whom a speaker's turn addresses: the one across the table ("Thank you", "for joining us").
const ADDRESSEE = /\b(?:you|us)\b/giu;

/**
 * Whether line `i` is a turn taken right after a transcript's speaker by a voice heard once
 * ("INTERVIEWER: Thank you.", closing it): a sentence, as speech is, that speaks to the reader
 * only in the second person ("NEWSLETTER: Sign up for our briefing.", "READ MORE: ..." are the page's).
 */
function closesDialogue(texts: readonly string[], i: number, speech: Speech): boolean {
  const label = speech.said[i];
  if (speech.speakers.size === 0 || i === 0 || label === undefined) return false;
  const before = speech.labels[i - 1];
  return before !== undefined && label !== before && speech.speakers.has(before) && !addressesReader(texts[i]!.replace(ADDRESSEE, ""));
}

/** Whether line `i` is an interview's or a transcript's speech. */
function spoken(texts: readonly string[], i: number, speech: Speech): boolean {
  if (exchanged(texts, i)) return true;
  const label = speech.said[i];
  return label !== undefined && speech.speakers.has(label);
}

/** A document's speakers' labels, read once for `dialogueSpeakers`, `spoken` and `closesDialogue`. */
interface Speech {
  /** Each line's label, if it opens with one ("MINISTER: ..."). */
  labels: readonly (string | undefined)[];
  /** The same, for the lines that end a sentence only. */
  said: readonly (string | undefined)[];
  speakers: ReadonlySet<string>;
}

function speechOf(texts: readonly string[], own: (i: number) => boolean): Speech {
  const labels = texts.map((t) => SPEAKER_LINE.exec(t)?.[1]);
  const said = labels.map((label, i) => (label !== undefined && endsSentence(texts[i]!) ? label : undefined));
  return { labels, said, speakers: dialogueSpeakers(said, own) };
}

/**
 * Which lines run on into a line of the text: a comma's or a semicolon's line is the verse's only
 * where the lines it runs into end on one that no pattern knows ("and then forget"). A menu's or a
 * share bar's trailing comma runs into the page's next chrome ("© 2024 ...") or off its end.
 */
function runningOn(texts: readonly string[], chromeOf: (i: number) => ChromeMatch[] | null): boolean[] {
  const out = texts.map(() => false);
  for (let i = texts.length - 2; i >= 0; i--) {
    if (!runsOn(texts[i]!)) continue;
    out[i] = runsOn(texts[i + 1]!) ? out[i + 1]! : chromeOf(i + 1) === null;
  }
  return out;
}

/** The packs' match of each line (`matchChrome`), tried once for all who ask: lines that run on, names, the rest. */
function chromeOfLines(texts: readonly string[], patterns: readonly CompiledPattern[]): (i: number) => ChromeMatch[] | null {
  const found = new Map<number, ChromeMatch[] | null>();
  return (i) => {
    let m = found.get(i);
    if (m === undefined) found.set(i, (m = matchChrome(texts[i]!, patterns)));
    return m;
  };
}

// A labelled attribution's source, after its colon ("Source: AP", "Quelle: Getty Images").
const ATTRIBUTED_SOURCE = /^[^:：]*[:：]\s*(\S.*)$/u;
const PHOTO_CREDIT = "photo credit";

/**
 * The packs' match of an attribution whose source they know as a photo credit alone ("Source:
 * Getty Images", "Quelle: Getty Images"): a picture library credits the photo, not the
 * article's reporting ("Source: AP", "Источник: ТАСС" stay). Null for any other.
 */
function creditedPicture(text: string, patterns: readonly CompiledPattern[]): ChromeMatch[] | null {
  const source = ATTRIBUTED_SOURCE.exec(text)?.[1];
  const found = source === undefined ? null : matchChrome(source, patterns);
  return found?.every((m) => m.kind === PHOTO_CREDIT) ? found : null;
}

/** What each non-blank line of a document is, on its own and by its recurrence in the run. */
export function factsOf(lines: readonly Line[], patterns: readonly CompiledPattern[], index: RecurrenceIndex | undefined, o: ClassifyOptions): LineFacts[] {
  const content = lines.filter((l) => !l.blank);
  const texts = content.map((l) => asJudged(l.text));
  const counts = texts.map((t) => wordCount(t));
  const kinds = texts.map((t, i) => (counts[i]! <= o.maxChromeWords ? protectedKind(t) : null));
  // Only short lines can recur as chrome or be a byline or dateline; longer ones are not examined for that (null: once).
  const normalised = texts.map((t, i) => (counts[i]! <= o.maxChromeWords ? normaliseJudged(t) : null));
  const occurrences = new Map<string, number>();
  for (const n of normalised) if (n !== null) occurrences.set(n, (occurrences.get(n) ?? 0) + 1);
  const chromeOf = chromeOfLines(texts, patterns);
  const runOn = runningOn(texts, chromeOf);
  const dialogue = speechOf(texts, (j) => normalised[j] === null || recurrenceOf(normalised[j]!, index) < o.minDocs);
  const timesOf = (j: number) => {
    const n = normalised[j];
    return n === null || n === undefined ? 1 : occurrences.get(n)!;
  };
  return content.map((line, i) => {
    const text = texts[i]!;
    const times = timesOf(i);
    const words = counts[i]!;
    const kind = kinds[i];
    // A bare name is a byline only beside a dateline, the article's own (a dateline found again and again dates teasers); alone it may be a menu entry.
    const datelineAt = (j: number) => kinds[j] === "dateline" && timesOf(j) < 3;
    const besideDateline = datelineAt(i - 1) || datelineAt(i + 1);
    // A menu entry or label a pack knows ("Next Post", "Enlarge Image") is no name, even beside a
    // date; a picture library is no source of the article's (`creditedPicture`).
    const known = kind === "name" ? chromeOf(i) : kind === "attribution" ? creditedPicture(text, patterns) : null;
    // An article has one byline and one dateline; a list of teasers repeats them.
    const headOrFoot = kind !== null && (kind === "name" ? besideDateline && !known : !known) && times < 3;
    const quoted = !headOrFoot && (isQuoted(text) || spoken(texts, i, dialogue));
    // A closing turn is speech unless a pattern knows it ("NEWSLETTER: Sign up ...").
    const closing = !headOrFoot && !quoted && closesDialogue(texts, i, dialogue);
    const reporting = isReportingSentence(text, words);
    // A copyright notice may quote the paper's name ("“Harbour Times” is a registered trademark"),
    // a consent banner its button.
    const mayBeNotice = quoted && (COPYRIGHT.test(text) || CONSENT_BUTTON.test(text));
    // A heading that opens comments may quote the article's headline ("6 thoughts on “...”"): it
    // is no speech. Quoted sentences of reporting are not tried as chrome, but for a notice.
    const found = headOrFoot || (quoted && reporting && !mayBeNotice) || runOn[i] ? null : kind === "name" || known ? known : chromeOf(i);
    // A quoted headline that recurs across the run ("'Comes down to one guy': All eyes turn to
    // ...") is a teaser printed on every page of a site, not the speech of each article; a
    // sentence (reporting, which copies of one article share) never loses its protection.
    const teaser = quoted && !endsSentence(text) && words <= o.maxChromeWords && recurrenceOf(normalised[i]!, index) >= o.minDocs;
    const speech = (quoted && !teaser && !(mayBeNotice && found) && !found?.some((m) => m.section)) || (closing && found === null);
    const keep = headOrFoot || speech;
    // A heading is no sentence: "More from the talks will be published next week." opens nothing.
    const match = keep || (reporting && found?.some((m) => m.section)) ? null : found;
    const chromeShape = !keep && !reporting && words <= o.maxChromeWords;
    return {
      line,
      text,
      words,
      kind: kind ?? null,
      keep,
      attribution: headOrFoot && kind === "attribution",
      dateline: headOrFoot && kind === "dateline",
      byline: headOrFoot && (kind === "byline" || kind === "name"),
      // Quotations are reporting too, and count as such.
      body: !headOrFoot && !match && ((reporting && words >= o.bodyWords) || words >= 2 * o.bodyWords) && !isTeaser(text),
      reporting,
      chromeShape,
      recurs: (chromeShape || (reporting && !keep)) && normalised[i] !== null ? recurrenceOfLine(text, normalised[i]!, index) : 0,
      ownFigures: chromeShape && normalised[i] !== null && ownFigures(text, normalised[i]!, index, o.minDocs),
      ownValue: chromeShape && normalised[i] !== null && ownValue(text, normalised[i]!, index, o.minDocs),
      repeated: kind !== null && times >= 3,
      menuLike: chromeShape && words <= 4 && !/[.!?]$/u.test(text.trim()) && (isTitleCase(text) || (words === 1 && /^\p{Lu}/u.test(text.trim()))),
      match,
    };
  });
}

/** Evidence that a line is chrome, for judging the lines around it. */
export function isChrome(f: LineFacts, verdicts: ReadonlyMap<number, Verdict>): boolean {
  const v = verdicts.get(f.line.index);
  // A promotion inserted between paragraphs says nothing about the lines around it.
  return (v !== undefined && !(v.by === "recurrence" && v.alone)) || f.repeated;
}
