package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"

	"sira/index/understand"
)

// runFilled runs the question; when fewer fiches than asked have any of its
// words, the fiches that serve its need (and place) follow them: one
// welding course in Gao is not all Gao has for a young person who wants a
// trade. It returns up to size ranked fiches; teaching, if not nil,
// orders them by how they teach the trade asked (teachersFirst), those
// that follow too: a fiche that holds none of the words in the place's
// search may still hold a thing asked ("programme") and teach the trade
// there (Swisscontact at Tombouctou, trainsInTrades).
func (ix *Index) runFilled(ctx context.Context, q understand.Query, content query.Query, should []query.Query, filter query.Query, size int, teaching func(Result) int, sets []termSet) ([]Result, error) {
	filtered, err := ix.within(ctx, content, filter)
	if err != nil {
		return nil, err
	}
	rs, err := ix.run(ctx, q, combine(filtered, should, filter), size, teaching, sets)
	if err != nil || len(rs) >= size || content == nil || len(should) == 0 {
		return rs, err
	}
	if all, err := ix.allIn(ctx, filter, rs); err != nil || all {
		return rs, err // every fiche the filter lets through is there already
	}
	more, err := ix.run(ctx, q, combine(nil, should, filter), size, nil, sets)
	if err != nil {
		return nil, err
	}
	rs = appendNew(rs, more, size)
	if teaching != nil {
		// Fewer than size: teachersFirst had none deeper to bring up.
		slices.SortStableFunc(rs, func(a, b Result) int { return cmp.Compare(teaching(a), teaching(b)) })
	}
	return rs, nil
}

// allIn reports whether every fiche a filter of one term lets through is
// among rs: then the fiches that serve the need could add none (a distress
// answer on the shipped fiches finds most of the protection fiches by the
// message's words). It is false for any other filter.
func (ix *Index) allIn(ctx context.Context, filter query.Query, rs []Result) (bool, error) {
	tq, ok := filter.(*boostedTerm)
	if !ok {
		return false, nil
	}
	r, err := ix.reader.TermFieldReader(ctx, []byte(tq.Term), tq.FieldVal, true, true, false) // kept decoded (postingsCache)
	if err != nil {
		return false, fmt.Errorf("index: search: %w", err)
	}
	defer r.Close()
	for d, err := r.Next(nil); d != nil || err != nil; d, err = r.Next(d) {
		if err != nil {
			return false, fmt.Errorf("index: search: %w", err)
		}
		f := ix.byDoc[d.ID.Value()].fiche
		if !slices.ContainsFunc(rs, func(o Result) bool { return o.Fiche == f }) {
			return false, nil
		}
	}
	return true, nil
}

// appendNew appends to rs the results of more whose fiche it lacks, in
// their order, until it holds size.
func appendNew(rs, more []Result, size int) []Result {
	for _, r := range more {
		if len(rs) == size {
			break
		}
		if !slices.ContainsFunc(rs, func(o Result) bool { return o.Fiche == r.Fiche }) {
			rs = append(rs, r)
		}
	}
	return rs
}
