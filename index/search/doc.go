// Package search indexes the fiches with bleve and answers a question
// read by package understand: the fiches ranked, and whether any fits.
// One job a file:
//
//	search.go       Answer, Result and the entry points (Ask, AskAt, Browse, Search)
//	ranked.go       an answer: the place's fiches first, else those elsewhere, or alternatives
//	protection.go   an answer to danger told: the protection actors a person can reach
//	filled.go       a search filled with the fiches that serve the need (and place)
//	within.go       a filtered search read within the filter's fiches
//	fit.go          whether anything fits: refusal on evidence, the fit decision
//	query.go        the question's terms as bleve term queries (never its query syntax)
//	termset.go      the terms of each unit that the fiches hold, by field
//	order.go        the one order of the hits: the rank key, its parts in order
//	rank.go         the hits ranked again (coverage, locality) and donors below doors
//	why.go          what made a fiche match
//	weights.go      every boost, weight and threshold
//	index.go        building the index; mapping.go its fields
//	held.go         the terms each fiche holds; lines.go its lines
//	collect.go      hits from bleve's searchers; postings.go decoded postings; cache.go term caches
//	vocabulary.go   the index as the reader's understand.Vocabulary
//	near.go         fiches by distance; matching.go the trades and costs a question asks about
package search
