import type { LineFacts, Mark } from "./facts.js";
import { mentionsDate } from "./shape.js";
import { wordsOf } from "./title.js";

/**
 * Below the article, a page introduces its author: "About Brigit Katz" or "About the Author"
 * over a paragraph on them, or that paragraph alone ("Dallas Robinson is a freelance writer
 * living in Minneapolis."). The author is someone the page names in a line of their own (a
 * byline, "Von Moritz Bachmann publiziert am ...", an author box), and a bio says what they
 * do: a person the article reports on is rarely named alone on a line and called a writer.
 */

// Two or three capitalised words: "Brigit Katz", "Victor Davis Hanson", "Zoë O'Neill-Park".
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2}";
const BE = "(?:is|was|ist|war|est|était|é|era|es|fue|è|jest|является)";
const TRADE =
  "(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|author|producer|photographer|fellow|professor|educator|founder|analyst|critic|blogger|freelancer|redakteur(?:in)?|autor(?:in|a)?|journalist(?:in)?|journaliste|rédact(?:eur|rice)|jornalista|periodista|giornalista|redattore|redattrice|scrittore|scrittrice|escritora?|écrivain|dziennikarz|корреспондент|журналист|редактор)";
// "Brigit Katz is a freelance writer based in Toronto.": the trade within the first clause; the
// name may give the author's address or handle ("Brigit Katz (@bkatz) is ...").
const BIO = new RegExp(`^(${NAME})(?: \\([^()]{1,60}\\))? ${BE} (?:[^.!?;]{0,80}?[\\s-])?${TRADE}`, "u");
// "About Brigit Katz", "Über Moritz Bachmann", "Sobre Carlos Nadalim"; "About the Author" and its translations.
const ABOUT = new RegExp(`^(?:[Aa]bout|[Üü]ber|[Ss]obre|[ÀàAa] propos de|[Aa]cerca de|[Ii]nformazioni su|[Oo]ver) (${NAME})$`, "u");
const ABOUT_AUTHOR = /^(?:about the authors?|über (?:den autor|die autorin)|sobre (?:o|a|el) autora?|à propos de l'auteur|acerca del autor|l'autore|informazioni sull'autore|over de auteur|om forfatteren|o autorze|об авторе):?$/iu;
// A name given with the page's other short lines: a byline, a date, an author box.
const NAMED_LINE_WORDS = 12;
const BIO_WORDS = 80;

// The words before an author's name in a byline, an author box or its links: "By", "Von", "Older articles by", "RSS feed for", "About".
const AUTHOR_CUE = / (?:by|von|par|por|pour|for|für|about|über|sobre) $/u;

/**
 * A short line names the author when the name stands alone, after a byline's word ("By Brigit
 * Katz", "Older articles by Judi McLeod") or beside a date ("Carlos Nadalim 23/08/2018"), and
 * it is no sentence of reporting ("The book was written by Anna Berg." names its subject). The
 * headline may name the person the article is about ("Reporter Hana Moreau freed ..."), who is
 * then no author, and the article's sentence on them ("Hana Moreau is a freelance journalist
 * who ...") no note on one.
 */
function namesAuthor(words: string, name: string, text: string): boolean {
  const at = words.indexOf(name);
  return at !== -1 && (words === name || AUTHOR_CUE.test(words.slice(0, at + 1)) || mentionsDate(text));
}

export function markBios(facts: readonly LineFacts[], mark: Mark): void {
  const first = facts.findIndex((f) => f.body);
  if (first === -1) return;
  let named: string[] | null = null;
  // Whether another short line of the page names the name as its author's.
  const isNamed = (name: string, at: number) => {
    // A sentence of reporting names no author: "The book was written by Anna Berg."
    named ??= facts.map((f) => (f.words <= NAMED_LINE_WORDS && !f.reporting ? wordsOf(f.text) : ""));
    const inner = wordsOf(name);
    return named.some((w, i) => i !== at && namesAuthor(w, inner, facts[i]!.text));
  };
  for (let i = first + 1; i < facts.length; i++) {
    const f = facts[i]!;
    const text = f.text.trim();
    if (f.words <= BIO_WORDS && !f.keep) {
      const bio = BIO.exec(text);
      if (bio && isNamed(bio[1]!, i)) {
        mark(i, { by: "bio", name: bio[1]! });
        // The author's box: their name over the note.
        if (wordsOf(facts[i - 1]!.text) === wordsOf(bio[1]!)) mark(i - 1, { by: "bio", name: bio[1]! });
      }
    }
    if (f.words > 6) continue;
    const about = ABOUT.exec(text.replace(/:$/u, ""));
    const heading = about !== null ? isNamed(about[1]!, i) : ABOUT_AUTHOR.test(text);
    if (!heading) continue;
    // The heading, the lines of the author's box below it and the paragraph that ends it.
    const name = about?.[1] ?? text;
    let j = i;
    for (; j < facts.length && j <= i + 4; j++) {
      mark(j, { by: "bio", name });
      if (facts[j]!.body) break;
    }
    i = j;
  }
}
