// Package analysis registers Sira's text analysis components with bleve:
// char filters and token filters, one per file, the way bleve's own
// analysis packages are built; Define adds the analyzers to a mapping, each
// component given its word lists (the language files, the lexicon) through
// its config. Each component registers itself in init and panics if its
// name is taken, as bleve's own do.
//
//	sira_nko              char filter: N'Ko script to Latin Bambara
//	sira_bm_contraction   char filter: b'a → bɛ a, k'a → ka a, n'a → ni a
//	sira_lower            token filter: bleve's lower case, given only the words that need it
//	sira_fold             token filter: lower case, no accents or tones, ɛ→e ɔ→o ɲ→ny ŋ→ng
//	sira_bm_stem          token filter: musow → muso, seginna → segin, when the stem is a known word
//	sira_bm_compound      token filter: baarakalan → baarakalan, baara, kalan
//	sira_phonetic         token filter: a sound key for misspelt French (chodronerie ≈ chaudronnerie)
//	sira_fr               analyzer: French, accent-insensitive
//	sira_bm               analyzer: Bambara, any spelling or script
//	sira_phonetic         analyzer: French sound keys
//	sira_key              analyzer: whole folded words (acronyms, ids)
//
// FrenchStem (stem_fr.go) gives one word's light stem as sira_fr stems the
// fiches, for code that compares a word with the report's outside bleve.
package analysis
