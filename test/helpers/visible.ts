/** Makes invisible characters visible, so that a failing comparison shows what differs. */
export function visible(text: string): string {
  return text
    .replace(/\r/g, "␍")
    .replace(/\u00a0/g, "⍽")
    .replace(/\ufeff/g, "⟨BOM⟩")
    .replace(/[\u200b-\u200d\u2060\u00ad\u202f\u2007]/g, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`)
    .replace(/\t/g, "⇥");
}
