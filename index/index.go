package index

import (
	"context"

	"sira/index/analysis"
	"sira/index/eval"
	"sira/index/search"
	"sira/index/understand"
)

// What the conversation uses, from the packages that define it.
type (
	Index  = search.Index
	Answer = search.Answer
	Fit    = search.Fit
	Result = search.Result
	Reason = search.Reason
	Query  = understand.Query
	Intent = understand.Intent
	Follow = understand.Follow
	Term   = understand.Term
)

// Building an index: the shipped fiches and language files, or edited
// copies (LoadLang reads and checks a language folder).
var (
	New      = search.New
	NewWith  = search.NewWith
	LoadLang = understand.LoadLang
	Cut      = understand.Cut
	// FrenchStem is a folded French word's light stem, as the fiches are
	// stemmed: a card compares a word said with the report's by it.
	FrenchStem = analysis.FrenchStem
)

// How an answer fits its question (search).
const (
	Fits          = search.Fits
	NoFit         = search.NoFit
	FitsElsewhere = search.FitsElsewhere
	PlaceOnly     = search.PlaceOnly
)

// AgeAdult says a protection answer's message tells of a grown person
// (understand.Age).
const AgeAdult = understand.AgeAdult

// MinorAge is the age under which a person is a child (understand.MinorAge).
const MinorAge = understand.MinorAge

// Languages, scripts, parts of a fiche asked and intents (understand).
const (
	French           = understand.French
	Bambara          = understand.Bambara
	ScriptLatin      = understand.ScriptLatin
	ScriptNKo        = understand.ScriptNKo
	AskContact       = understand.AskContact
	AskCost          = understand.AskCost
	AskConditions    = understand.AskConditions
	AskWhere         = understand.AskWhere
	AskWhat          = understand.AskWhat
	AskDuration      = understand.AskDuration
	AskStatus        = understand.AskStatus
	AskAge           = understand.AskAge
	AskAllowance     = understand.AskAllowance
	AskBackers       = understand.AskBackers
	AskLanguage      = understand.AskLanguage
	AskCapacity      = understand.AskCapacity
	AskStart         = understand.AskStart
	AskLodging       = understand.AskLodging
	AskAward         = understand.AskAward
	AskWomen         = understand.AskWomen
	AskHours         = understand.AskHours
	AskCare          = understand.AskCare
	Who              = understand.Who
	Search           = understand.Search
	Greeting         = understand.Greeting
	Thanks           = understand.Thanks
	Goodbye          = understand.Goodbye
	Ack              = understand.Ack
	FollowUp         = understand.FollowUp
	Counsellor       = understand.Counsellor
	WriterCounsellor = understand.WriterCounsellor
	Introduction     = understand.Introduction
	About            = understand.About
	MaxQuestion      = understand.MaxQuestion
	SignSuicide      = understand.SignSuicide
	SignLodging      = understand.SignLodging
	SignIllness      = understand.SignIllness
)

// Evaluate asks ix every case, three results each, and scores the answers
// (eval.Evaluate); a question read in no language counts as French.
func Evaluate(ctx context.Context, ix *Index, cases []eval.Case) (eval.Report, error) {
	return eval.Evaluate(cases, func(question string) (eval.Got, error) {
		a, err := ix.Ask(ctx, question, 3)
		if err != nil {
			return eval.Got{}, err
		}
		got := eval.Got{NoMatch: a.Fit != Fits, Lang: a.Lang}
		if got.Lang == "" {
			got.Lang = French
		}
		for _, r := range a.Results {
			got.Refs = append(got.Refs, r.Fiche.Ref)
		}
		return got, nil
	})
}
