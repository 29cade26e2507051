/**
 * Dotted abbreviations that scrapers split with spaces ("U. S."). Only these are rejoined:
 * personal initials ("J. K. Rowling") look the same and must stay as they are.
 * Sources: AP Stylebook abbreviation entries and common news usage.
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  "U.S.", "U.S.A.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "N.J.", "S.C.", "N.C.", "N.H.",
  "N.M.", "N.D.", "S.D.", "W.Va.", "R.I.", "P.R.", "U.A.E.", "U.S.S.R.", "P.M.", "A.M.",
  "a.m.", "p.m.", "e.g.", "i.e.", "et al.", "Ph.D.", "M.D.", "B.A.", "M.A.", "B.Sc.", "M.Sc.",
  "J.D.", "LL.M.", "R.N.", "D.A.", "G.I.", "F.B.I.", "C.I.A.", "N.A.S.A.", "N.A.T.O.", "B.C.",
  "A.D.", "B.C.E.", "C.E.", "T.V.", "R.I.P.", "P.S.", "R.S.V.P.", "Jr.", "Sr.", "St.", "Mt.",
];
