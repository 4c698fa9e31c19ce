package analysis

import (
	"fmt"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/registry"
)

// ArticleName is the name of the French article filter.
const ArticleName = "sira_fr_article"

// ArticleFilter splits an elided French article off its word (d'Algérie →
// d, Algérie; l’école → l, école) where bleve's elision filter drops it: the
// question reader needs the article to tell "rentré d'Algérie" (where a
// person comes from) from a topic, and a noun from a verb. It uses bleve's
// French article list and expects lower-case tokens.
type ArticleFilter struct {
	articles analysis.TokenMap
}

// Filter implements analysis.TokenFilter.
func (f ArticleFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream // made at the first article: a stream with none is returned as it is
	shift := 0
	for n, t := range input {
		t.Position += shift
		if i, size := f.elision(t.Term); i > 0 {
			if out == nil {
				out = append(make(analysis.TokenStream, 0, len(input)+1), input[:n]...)
			}
			article := &analysis.Token{
				Term: t.Term[:i], Start: t.Start, End: t.Start + i,
				Position: t.Position, Type: t.Type,
			}
			t.Term, t.Start = t.Term[i+size:], t.Start+i+size
			t.Position++
			shift++
			out = append(out, article)
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return input
	}
	return out
}

// elision returns where the apostrophe after an article is, and its size
// in bytes, or 0, 0.
func (f ArticleFilter) elision(term []byte) (int, int) {
	for i := 0; i < len(term); {
		r, size := utf8.DecodeRune(term[i:])
		if r == '\'' || r == '’' {
			if _, ok := f.articles[string(term[:i])]; ok && i+size < len(term) {
				return i, size
			}
			return 0, 0
		}
		i += size
	}
	return 0, 0
}

func init() {
	err := registry.RegisterTokenFilter(ArticleName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.TokenFilter, error) {
		articles, err := cache.TokenMapNamed(fr.ArticlesName)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ArticleName, err)
		}
		return ArticleFilter{articles: articles}, nil
	})
	if err != nil {
		panic(err)
	}
}
