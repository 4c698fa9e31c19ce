package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"sira/index/places"
	"sira/seeds"
)

func devQuestions(b *testing.B) []string {
	cases := devCases(b)
	qs := make([]string, len(cases))
	for i, c := range cases {
		qs[i] = c.Question
	}
	return qs
}

// BenchmarkAsk is Sira's whole question path (understanding, search,
// coverage, why) over the shipped fiches.
func BenchmarkAsk(b *testing.B) {
	ix := testIndex(b)
	qs := devQuestions(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := ix.Ask(ctx, qs[i%len(qs)], 3); err != nil {
			b.Fatal(err)
		}
	}
}

// longMessage is a message of Telegram's full length: a story, then the
// request.
func longMessage() string {
	story := "Je suis parti en 2019, nous avons traversé le Niger et l'Algérie, il n'y avait pas de travail et c'était dur. "
	return strings.Repeat(story, 4000/len(story)) + "Je voudrais apprendre la soudure à Kayes, où m'inscrire ?"
}

// BenchmarkAskLong is Ask on a message of 4,096 characters: the work per
// message is bounded (maxAsked, maxRequests).
func BenchmarkAskLong(b *testing.B) {
	ix := testIndex(b)
	q := longMessage()
	ctx := context.Background()
	for b.Loop() {
		if _, err := ix.Ask(ctx, q, 3); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlainBleveLong is one MatchQuery on the same long message.
func BenchmarkPlainBleveLong(b *testing.B) {
	fiches, _ := seeds.Load(seeds.Embedded())
	idx := plainIndex(b, fiches)
	defer idx.Close()
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(longMessage()), 3, 0, false)
	for b.Loop() {
		if _, err := idx.Search(req); err != nil {
			b.Fatal(err)
		}
	}
}

// plainIndex is the baseline the issue measures against: bleve's French
// analyzer over each fiche's text, scorch in memory, one batch.
func plainIndex(b *testing.B, fiches []seeds.Fiche) bleve.Index {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = "fr"
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		b.Fatal(err)
	}
	batch := idx.NewBatch()
	for _, f := range fiches {
		batch.Index(f.Ref, map[string]any{"text": f.Text})
	}
	if err := idx.Batch(batch); err != nil {
		b.Fatal(err)
	}
	return idx
}

// BenchmarkPlainBleve is one MatchQuery per question on the plain index.
func BenchmarkPlainBleve(b *testing.B) {
	fiches, _ := seeds.Load(seeds.Embedded())
	idx := plainIndex(b, fiches)
	defer idx.Close()
	qs := devQuestions(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(qs[i%len(qs)]), 3, 0, false)
		if _, err := idx.Search(req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartup is what Sira does before its first answer: load and
// validate the embedded fiches, build the index.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		ix, err := shippedIndex()
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkPlainStartup is the baseline's start-up: the same texts indexed
// plainly (the fiches are already decoded).
func BenchmarkPlainStartup(b *testing.B) {
	fiches, _ := seeds.Load(seeds.Embedded())
	b.ResetTimer()
	for b.Loop() {
		plainIndex(b, fiches).Close()
	}
}

// synthetic makes n fiches of about 300 words drawn from the real fiches'
// vocabulary, spread over the regions, needs and kinds.
func synthetic(n int) []seeds.Fiche {
	real, _ := seeds.Load(seeds.Embedded())
	var vocab []string
	for _, f := range real {
		vocab = append(vocab, strings.Fields(f.Text)...)
	}
	var regions []string
	for r := range seeds.Regions {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	towns := places.Default().Places()
	rng := rand.New(rand.NewPCG(1, 2))
	words := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = vocab[rng.IntN(len(vocab))]
		}
		return strings.Join(ws, " ")
	}
	out := make([]seeds.Fiche, n)
	for i := range out {
		town := towns[rng.IntN(len(towns))]
		out[i] = seeds.Fiche{
			Ref: fmt.Sprintf("S%06d", i), Slug: fmt.Sprintf("s%06d", i), Name: words(3),
			Kind: seeds.Kinds[rng.IntN(len(seeds.Kinds))], Needs: []string{seeds.Needs[rng.IntN(4)]},
			Regions: []string{regions[rng.IntN(len(regions))]}, Cities: []string{town.Name},
			Summary: words(20), Offer: words(40), Trades: []seeds.Trade{{Name: words(2)}}, Text: words(300),
		}
	}
	return out
}

// BenchmarkAskSynthetic measures Ask on 1k, 10k and 100k synthetic fiches
// and reports the 50th and 99th percentile latency per question, by the
// wall clock and by the process's CPU time (with -test.cpu 1, what a quiet
// machine's wall clock gives, on a busy one too).
func BenchmarkAskSynthetic(b *testing.B) {
	qs := devQuestions(b)
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix, err := New(synthetic(n))
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			ctx := context.Background()
			var lat, cpu []time.Duration
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				start, cpuStart := time.Now(), cpuTime()
				if _, err := ix.Ask(ctx, qs[i%len(qs)], 3); err != nil {
					b.Fatal(err)
				}
				lat, cpu = append(lat, time.Since(start)), append(cpu, cpuTime()-cpuStart)
			}
			report := func(ds []time.Duration, unit string) {
				slices.Sort(ds)
				b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds())/1000, "p99-"+unit)
				b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "p50-"+unit)
			}
			report(lat, "ms")
			report(cpu, "cpu-ms")
		})
	}
}

// BenchmarkUnderstand is the reading of a question alone (no search).
func BenchmarkUnderstand(b *testing.B) {
	ix := testIndex(b)
	qs := devQuestions(b)
	for i := 0; b.Loop(); i++ {
		ix.Understand(qs[i%len(qs)])
	}
}

// BenchmarkLoadFiches is the decoding and validation of the embedded fiches.
func BenchmarkLoadFiches(b *testing.B) {
	for b.Loop() {
		if _, err := seeds.Load(seeds.Embedded()); err != nil {
			b.Fatal(err)
		}
	}
}
