// Package index is Sira's search as the conversation uses it: the types and
// entry points below, defined by the packages under it, each with one job
// (docs/search.md says how they work together):
//
//   - lang: the language files (word lists, cues, synonyms) and their
//     checked loader;
//   - analysis: bleve's analysis components for French, Bambara and N'Ko;
//   - understand: a question read into a Query (language, need, place,
//     the part asked, the fiches named, its terms and their roles,
//     intent, distress), without a bleve index;
//   - search: the fiches indexed with bleve, a Query searched and ranked
//     into an Answer, and whether anything fits;
//   - eval: quality measured on question sets.
//
// What the conversation uses:
//
//   - New / NewWith(fiches, LoadLang(dir)) → *Index;
//     Ask(ctx, text, size) → Answer; AskAt (another region);
//     Understand(text) → Query, then Search(ctx, query, size) for
//     a query the conversation completed (a follow-up's place); Browse(need,
//     region) for the menu; Near(lat, lon, need) for a shared location;
//     Fiche(ref or slug).
//   - Answer.Query says what was understood: Lang (fr, bm, or "" when the
//     text gives no sign), Script (ScriptLatin, ScriptNKo), Need, Place,
//     Asked (the part of a fiche asked: AskContact, AskCost,
//     AskConditions, AskWhere, AskWhat), Named (refs of the fiches the
//     question names: they come first and are never refused), Kind.
//   - Query.Intent: Search, or Greeting, Thanks, Goodbye, Ack (reply in kind),
//     Counsellor (the message asks for a person, or cries for help, and
//     names nothing else but a place: answer with the counsellor;
//     Query.Person says a person is asked for whatever else the message
//     asks), or FollowUp: the message has nothing to search and acts on the last
//     answer — Query.Follow.Rank (1…, -1 the last), .More (other
//     results), .Details, and/or Query.Asked (the part asked: "c'est
//     combien ?", "le numéro", "a nimɔrɔ").
//   - Query.Distress lists the signs of danger told ("sold", "shelter",
//     "minor_alone"…, distress.tsv); Query.Distressed says the answer is a
//     protection answer (Need is then protection, Results the protection
//     actors a person can reach, those serving the place first, and
//     Fit is Fits). Distress told only in a story before another
//     request leaves Distressed false: the bot may still offer a
//     counsellor.
//   - Answer.Fit: Fits, or why nothing truly fits (Results are then
//     alternatives): NoFit; FitsElsewhere, fiches fit but none serves the
//     place asked; PlaceOnly, a place named and nothing asked of it.
//   - Matching(fiche, answer) → the indexes of the fiche's trades and cost
//     items the question asks about, for a card that shows that trade's
//     duration and fee.
//
// A message is read whole up to MaxQuestion characters (Telegram's
// 4,096); in a long one the sentences that ask are found after the story,
// with the work bounded.
package index
