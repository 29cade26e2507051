/**
 * Words that are written with a leading apostrophe standing for lost letters ("’em", "’tis",
 * "’cause"). A straight mark before one of them is taken for an apostrophe, not an opening
 * quote, unless a closing quote later in the paragraph needs it as its opener ("an ’em’ dash"
 * is a quoted word). Sources: the elisions listed by the Chicago Manual of Style (6.116) and
 * Wiktionary's "English words prefixed with an apostrophe", restricted to those in common use.
 */
export const LEADING_ELISIONS: readonly string[] = [
  "bout", "cause", "cos", "coz", "cuz", "em", "er", "fraid", "ere", "im", "nuff", "n", "neath",
  "round", "s", "scuse", "sup", "t", "til", "till", "tis", "twas", "twere", "twill", "twixt",
  "un", "uns", "ya", "yer", "kay", "ol", "allo", "ello", "ow", "ave", "appen", "ead", "e",
  // Poetry's and songs' ("’cept", "’fore the war", "’gainst", "’mongst", "’midst", "’twould", "’pon").
  "cept", "fore", "gainst", "mongst", "midst", "twould", "pon",
];

/** Elisions that also lose a letter at their end and so carry a mark on each side ("rock ’n’ roll"). */
export const BOTH_SIDES_ELISIONS: readonly string[] = ["n"];
