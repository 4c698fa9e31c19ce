package main

import (
	"slices"
	"testing"

	"sira/index"
	"sira/index/search"
)

// Each kind of reason is worded by its message, in French.
func TestWhy(t *testing.T) {
	got := why([]index.Reason{
		{Match: search.MatchNamed},
		{Match: search.MatchNeed, Words: []string{"formation"}},
		{Match: search.MatchPlace, Words: []string{"Kayes"}},
		{Match: search.MatchHead, Words: []string{"soudure", "cfp"}},
		{Match: search.MatchText, Words: []string{"moto"}},
		{Match: search.MatchSound, Words: []string{"chodronerie"}},
	})
	want := []string{
		"nommée dans la question", "besoin : formation", "lieu : Kayes",
		"nom, métier ou résumé : soudure, cfp", "texte de la fiche : moto", "orthographe proche : chodronerie",
	}
	if !slices.Equal(got, want) {
		t.Errorf("why = %q\nwant %q", got, want)
	}
	if got := why(nil); got != nil {
		t.Errorf("why(nil) = %q, want nil (JSON null, as before)", got)
	}
}
