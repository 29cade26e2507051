/**
 * A word, one space, then a comma or a full stop that ends a clause: "hardtack , bannock",
 * "the flour ." (a link's text was cut out of the sentence around it). Not two spaces (a word
 * may have been deleted there: the blank restorer's), nor a dotted leader or ellipsis
 * (" . . .", " ..."), a decimal (" .45") or a name (" .com"), nor a full stop with a word in
 * lower case after it, which no sentence ends before: the current folder of a command ("run
 * git add . and commit", "docker build -t app . in the folder"); and only after a letter, a digit, a
 * closing bracket or a quote mark of any shape: fix-quotes, later in the pipeline, may turn a
 * mark round or curl it, and the next run must find nothing left to do.
 */
export const SPACE_BEFORE_PUNCTUATION = / (?<=[\p{L}\p{N}%)\]"'“”‘’] )(?=[.,](?:[\s"'“”‘’)\]]|$))(?![.,] ?[.,]|\. \p{Ll})/gu;

const AT = new RegExp(SPACE_BEFORE_PUNCTUATION.source, "uy");

/** Whether the space at `at` is one that goes (SPACE_BEFORE_PUNCTUATION matches there). */
export function spaceBeforePunctuationAt(text: string, at: number): boolean {
  AT.lastIndex = at;
  return AT.test(text);
}
