// Package index is Sira's search: it indexes the fiches with bleve, reads a
// question (French or Bambara, any spelling or script), and ranks the fiches
// that answer it — or says honestly that none does. The words it reads
// questions with are data (index/lang); docs/search.md says how it works.
//
// What the conversation uses:
//
//   - Ask / AskIn(ctx, text, region, size) → Answer; Browse(need, region)
//     for the menu; Near(lat, lon, need) for a shared location;
//     Fiche(ref or slug).
//   - Answer.Query says what was understood: Lang (fr, bm, or "" when the
//     text gives no sign), Script (ScriptLatin, ScriptNKo), Need, Place,
//     Asked (the part of a fiche asked: AskContact, AskCost,
//     AskConditions, AskWhere, AskWhat), Named (refs of
//     the fiches the question names: they come first and are never
//     refused), Kind.
//   - Query.Intent: Search, or Greeting, Thanks, Goodbye (reply in kind),
//     or FollowUp: the message has nothing to search and acts on the last
//     answer — Query.Follow.Rank (1…, -1 the last), .More (other
//     results), .Details, and/or Query.Asked (the part asked: "c'est
//     combien ?", "le numéro", "a nimɔrɔ").
//   - Query.Distress lists the signs of danger told ("sold", "shelter",
//     "minor_alone"…, distress.tsv); Query.Distressed says the answer is a
//     protection answer (Need is then protection, Results the protection
//     actors a person can reach, those serving the place first, and
//     NoMatch is false). Distress told only in a story before another
//     request leaves Distressed false: the bot may still offer a
//     counsellor.
//   - Answer.NoMatch: nothing truly fits; Results are then alternatives.
//     Answer.Elsewhere: fiches fit, but none serves the place asked.
//   - Matching(fiche, answer) → the indexes of the fiche's trades and cost
//     items the question asks about, for a card that shows that trade's
//     duration and fee.
//
// A message is read whole up to MaxQuestion characters (Telegram's
// 4,096); in a long one the sentences that ask are found after the story,
// with the work bounded (maxRequests sentences, maxAsked words).
package index
