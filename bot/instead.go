package bot

import (
	"cmp"
	"slices"
	"strings"

	"sira/index"
	"sira/index/places"
	"sira/seeds"
)

// This file tells what runs in place of a project that ended or a centre
// not yet open: asked by name ("Avenir Brillant prend encore ?"), or after
// it ("et maintenant je vais où ?"). The places offered are found by the
// same search as any question, asked with what the fiche taught or did
// and where; no list is kept per project.

// closed reports whether a fiche no donor is one a person can no longer,
// or not yet, go to: a project that ended, a centre not yet open.
func closed(f *seeds.Fiche) bool {
	return f.Kind != seeds.KindDonor && f.Status != seeds.StatusActive
}

// running reports whether a fiche may be offered in place of a closed
// one: still running, and no donor (a donor receives no one).
func running(f *seeds.Fiche) bool {
	return f.Kind != seeds.KindDonor && f.Status == seeds.StatusActive
}

// insteadOf searches what runs in place of closed fiche f, asked about by
// question q: the question its trades ask (those q names, else all; else
// its summary, what it did), for the need q asked (else the one its kind
// is for), at place (nil: the fiche's first town); of the results, those
// running that serve that need, f aside, walk-in places first.
func (t *turn) insteadOf(f *seeds.Fiche, q index.Query, place *places.Place) ([]index.Result, error) {
	trades, _ := t.ix.Matching(f, index.Answer{Query: q})
	if len(trades) == 0 {
		trades = make([]int, len(f.Trades))
		for i := range trades {
			trades[i] = i
		}
	}
	words := make([]string, 0, len(trades)+1)
	for _, i := range trades {
		words = append(words, f.Trades[i].Name)
	}
	if len(words) == 0 {
		words = append(words, f.Summary)
	}
	switch {
	case place != nil:
		words = append(words, place.Name)
	case len(f.Cities) > 0:
		words = append(words, f.Cities[0])
	}
	m := t.ix.Understand(strings.Join(words, ", "))
	// The need the question asked, else the one the fiche's kind is for:
	// a course's names read alone may ask work ("ouvrier qualifié") or
	// none, and a bank would answer them.
	m.Need = cmp.Or(q.Need, f.Focus(), m.Need, firstOf(f.Needs))
	a, err := t.search(m)
	if err != nil {
		return nil, err
	}
	out := slices.DeleteFunc(a.Results, func(r index.Result) bool {
		return r.Fiche.Ref == f.Ref || !running(r.Fiche) || m.Need != "" && !r.Fiche.HasNeed(m.Need)
	})
	// The places a person walks into first, programmes reached through
	// partners after them.
	slices.SortStableFunc(out, func(x, y index.Result) int { return boolOrder(x.Fiche.Open()) - boolOrder(y.Fiche.Open()) })
	return out, nil
}

// endedNamed keeps, after a project that ended asked by name and
// answered first (no part asked but whether it runs), or told ended
// before the message asks something else (Query.EndedTold), only the
// results running, and completes the page with the places running in its
// place (insteadOf): not a donor's office nor another ended project
// matched by its name's words.
func (t *turn) endedNamed(a index.Answer) (index.Answer, error) {
	if len(a.Results) == 0 || a.Asked != "" && a.Asked != index.AskStatus || len(a.Distress) > 0 {
		return a, nil
	}
	var f *seeds.Fiche
	switch {
	case len(a.Named) == 1 && a.Results[0].Fiche.Ref == a.Named[0]:
		f = a.Results[0].Fiche
	case len(a.Named) == 0 && len(a.EndedTold) == 1:
		f, _ = t.ix.Fiche(a.EndedTold[0])
	}
	if f == nil || f.Kind == seeds.KindDonor || f.Status != seeds.StatusEnded {
		return a, nil
	}
	out := slices.DeleteFunc(slices.Clone(a.Results), func(r index.Result) bool {
		return r.Fiche == f && len(a.Named) == 0 || r.Fiche != f && !running(r.Fiche)
	})
	if len(out) < pageSize {
		alts, err := t.insteadOf(f, a.Query, a.Place)
		if err != nil {
			return a, err
		}
		for _, r := range alts {
			if !slices.ContainsFunc(out, func(o index.Result) bool { return o.Fiche == r.Fiche }) {
				out = append(out, r)
			}
		}
	}
	a.Results = out[:min(len(out), maxResults)]
	return a, nil
}

// closedShown is the fiche a follow-up asking where to go instead is
// about: the one opened, else the first the last question named, else
// the first of the page shown, that is closed; nil when none is.
func (t *turn) closedShown() *seeds.Fiche {
	refs := slices.Concat([]string{t.chat.Opened}, t.last().Named, t.listShown())
	for _, ref := range refs {
		if f, ok := t.ix.Fiche(ref); ok && closed(f) {
			return f
		}
	}
	return nil
}

// instead answers "et maintenant je vais où ?": the closed fiche shown,
// said closed, and the places running in its place; with none shown
// closed, the other results.
func (t *turn) instead() ([]Reply, error) {
	f := t.closedShown()
	if f == nil {
		return t.more(t.chat.Page + 1)
	}
	place := t.lastPlace()
	alts, err := t.insteadOf(f, t.last(), place)
	if err != nil {
		return nil, err
	}
	intro := t.p.T("closed_intro", map[string]any{"Name": keep(esc(f.Name)), "Label": t.label(f)})
	if len(alts) == 0 {
		return []Reply{{Text: intro + "\n\n" + t.p.T("no_match", nil), Menu: t.menu()}}, nil
	}
	n := min(pageSize, len(alts))
	if place != nil {
		intro += "\n\n" + t.p.N("results_intro_place", n, map[string]any{"Place": t.placeName(*place)})
	} else {
		intro += "\n\n" + t.p.N("results_intro", n, nil)
	}
	fc := t.lastFocus()
	fc.part = ""
	t.remember(alts, "", false)
	return []Reply{t.page(intro, alts, 0, fc)}, nil
}
