// Site chrome for the held-out check: six invented sites, written for this check and not
// copied into any pattern pack. Each site wraps its articles in the same head, inserts and foot,
// so the chrome recurs across documents as real chrome does. Two print the page's window title
// first ("Headline - Site"), a line of its own in every document, as page text from a browser does.
export const SITES = [
  {
    windowTitle: " - The Morning Ledger",
    head: ["The Morning Ledger", "Home", "UK", "World", "Money", "Culture", "Puzzles", "Log in to your Ledger account"],
    afterTitle: ["Listen to this story"],
    insert: ["Get the Ledger's best stories delivered every morning"],
    foot: ["Ledger Media Group 2024", "Accessibility", "Modern Slavery Statement", "Manage preferences"],
  },
  {
    head: ["Riverside Gazette | Local news since 1887", "Weather: 14°C Light rain", "Today's paper", "Obituaries", "Jobs", "Motors", "Property"],
    afterTitle: ["Gazette reporter"],
    insert: ["Support local journalism - become a Gazette member today"],
    foot: ["Have a story? Email our newsdesk", "Gazette Reader Rewards", "Complaints and corrections", "Announcements"],
  },
  {
    windowTitle: " | TechPulse",
    head: ["TechPulse", "Reviews", "How-To", "Deals", "Podcasts", "Dark mode"],
    afterTitle: ["5 min read"],
    insert: ["TechPulse may earn a commission when you buy through links on our site."],
    foot: ["Got a tip? Contact our newsroom securely", "About TechPulse", "Ethics Policy", "Affiliate disclosure", "Work with us"],
  },
  {
    head: ["Sportsline Daily", "Scores", "Fixtures", "Tables", "Transfers", "Fantasy", "Live now"],
    afterTitle: ["Add to favourites"],
    insert: ["Bet responsibly. 18+ only. Visit our safer gambling page."],
    foot: ["Match reports, straight to your phone", "Download the Sportsline Daily app", "Partner with us", "Sportsline Daily is part of Metro Sports Media"],
  },
  {
    head: ["Capital Wire", "Markets open", "FTSE 100 7,412.6 +0.4%", "Dow Jones 34,120.2 -0.1%", "Currencies", "Commodities"],
    afterTitle: ["Save article"],
    insert: ["Capital Wire Pro subscribers get this analysis first"],
    foot: ["Capital Wire Ltd, registered in England No. 0123456", "Corrections policy", "Our journalists", "Manage your data"],
  },
  {
    head: ["Culture Club Weekly", "Film", "Music", "Books", "Stage", "Galleries", "Your picks"],
    afterTitle: ["Text size"],
    insert: ["Enjoying Culture Club Weekly? Tell a friend about us"],
    foot: ["Culture Club Weekly on Mastodon", "Write for us", "Events calendar", "Gift a membership"],
  },
];
