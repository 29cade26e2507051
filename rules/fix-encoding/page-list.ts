/**
 * The single-byte code pages that UTF-8 text is commonly misread as, in the order a repair
 * tries them (ftfy's order: the most common misreadings first): iconv-lite's name, how reports
 * name it, and whether the page is "sloppy" (see `CodePage`). Apart from codepages.ts so that
 * `npm run build:codepages` can read it before the tables exist.
 */
export const PAGES: readonly (readonly [name: string, label: string, sloppy: boolean])[] = [
  ["latin1", "Latin-1", false],
  ["windows-1252", "Windows-1252", true],
  ["windows-1251", "Windows-1251", true],
  ["windows-1250", "Windows-1250", true],
  ["windows-1253", "Windows-1253", true],
  ["windows-1254", "Windows-1254", true],
  ["windows-1257", "Windows-1257", true],
  ["iso-8859-2", "ISO-8859-2", false],
  ["macintosh", "Mac Roman", false],
  ["cp437", "code page 437", false],
];
