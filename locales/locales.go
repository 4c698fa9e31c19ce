// Package locales holds Sira's messages in French and Bambara (go-i18n v2
// TOML files, embedded) and gives each language a Printer.
package locales

import (
	"embed"
	"fmt"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed *.toml
var files embed.FS

// The languages Sira speaks; French is the default.
const (
	French  = "fr"
	Bambara = "bm"
)

// Languages lists them, default first.
var Languages = []string{French, Bambara}

var bundle = func() *i18n.Bundle {
	b := i18n.NewBundle(language.French)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, lang := range Languages {
		if _, err := b.LoadMessageFileFS(files, lang+".toml"); err != nil {
			panic(fmt.Sprintf("locales: %s.toml: %v", lang, err)) // embedded, checked by tests
		}
	}
	return b
}()

// A Printer renders messages in one language.
type Printer struct {
	Lang string
	loc  *i18n.Localizer
}

// For returns the printer of lang ("fr", "bm"; anything else is French).
func For(lang string) Printer {
	if lang != Bambara {
		lang = French
	}
	return Printer{Lang: lang, loc: i18n.NewLocalizer(bundle, lang)}
}

// T renders a message; data fills its {{.Fields}}. A missing message shows
// its id, so that a gap is visible rather than silent.
func (p Printer) T(id string, data map[string]any) string {
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if s == "" && err != nil {
		return id
	}
	return s // a fallback to French comes with an error and the French text: keep it
}

// N renders a message with a count, choosing its plural form.
func (p Printer) N(id string, count int, data map[string]any) string {
	if data == nil {
		data = map[string]any{}
	}
	data["Count"] = count
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if s == "" && err != nil {
		return id
	}
	return s
}

// IDs lists the message ids of a language's file, for checks.
func IDs(lang string) ([]string, error) {
	data, err := files.ReadFile(lang + ".toml")
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := toml.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	return ids, nil
}
