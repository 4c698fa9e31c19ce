package bot

import (
	"strings"

	"sira/index/bambara"
	"sira/index/places"
	"sira/locales"
)

// Scripts a Bambara answer is written in.
const (
	latin = ""    // the standard Latin orthography (ɛ ɔ ɲ ŋ)
	nko   = "nko" // N'Ko: the same Bambara text, transliterated
)

// Names, numbers and links stay as they are in an N'Ko answer. Text that
// must stay is wrapped in these marks while an answer is written (keep);
// finish removes them, after writing the rest in N'Ko when the chat reads
// N'Ko. They are private-use characters: no message or fiche holds them.
const (
	keepOpen  = '\uE000'
	keepClose = '\uE001'
)

// keep marks s (a name) to stay as it is in any script.
func keep(s string) string {
	if s == "" {
		return s
	}
	return string(keepOpen) + s + string(keepClose)
}

// placeName names a place for the reader: in a Bambara answer its Bambara
// name, which finish writes in N'Ko when the chat reads N'Ko; otherwise, or
// when no sourced name is known, its French name kept as it is.
func (t *turn) placeName(p places.Place) string {
	if t.bambara() && p.Bambara != "" {
		return esc(p.Bambara)
	}
	return keep(esc(p.Name))
}

// townNames names the towns and regions a fiche gives by their French
// names ("Kayes", "Ségou"), joined: for an N'Ko reader, who may read no
// Latin French, each by its Bambara name (placeName) when the gazetteer
// has one; in Latin script as the fiches and road signs write them.
func (t *turn) townNames(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = keep(esc(n))
		if p, ok := places.Default().Lookup(n); ok && p.Name == n {
			out[i] = t.townName(p)
		}
	}
	return strings.Join(out, ", ")
}

// townName is townNames for one place.
func (t *turn) townName(p places.Place) string {
	if t.chat.Script == nko {
		return t.placeName(p)
	}
	return keep(esc(p.Name))
}

// bambara reports whether the turn answers in Bambara (either script).
func (t *turn) bambara() bool { return t.p.Lang == locales.Bambara }

// finish writes every reply's text and button labels in the chat's script
// and removes the keep marks. Callback data is never touched.
func (t *turn) finish(replies []Reply) []Reply {
	script := latin
	if t.bambara() {
		script = t.chat.Script
	}
	for i := range replies {
		r := &replies[i]
		// A reply to the counsellors' group or to another chat is in French
		// or already written: only the marks go.
		s := script
		if r.Chat != 0 {
			s = latin
		}
		r.Text = inScript(r.Text, s)
		r.Notice = inScript(r.Notice, s)
		for _, row := range r.Buttons {
			for j := range row {
				row[j].Label = inScript(row[j].Label, s)
			}
		}
		if r.Menu != nil {
			r.Menu.Placeholder = inScript(r.Menu.Placeholder, s)
			for _, row := range r.Menu.Rows {
				for j := range row {
					row[j].Label = inScript(row[j].Label, s)
				}
			}
		}
	}
	return replies
}

// inScript writes a Telegram HTML text in script: in N'Ko, the text
// between tags and outside kept spans is transliterated (tags, entities,
// names, numbers and links stay); the keep marks are removed either way.
func inScript(s, script string) string {
	if !strings.ContainsRune(s, keepOpen) && script != nko {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexAny(s, "<&"+string(keepOpen))
		if i < 0 {
			i = len(s)
		}
		b.WriteString(plainInScript(s[:i], script))
		s = s[i:]
		if s == "" {
			break
		}
		var end int
		switch s[0] {
		case '<':
			end = strings.IndexByte(s, '>') + 1
		case '&':
			end = strings.IndexByte(s, ';') + 1
			if end == 0 || strings.ContainsAny(s[:end], " <") {
				end = 1 // a lone ampersand
			}
		default: // keepOpen
			open := len(string(keepOpen))
			close := strings.IndexRune(s, keepClose)
			if close < 0 {
				close = len(s)
			}
			b.WriteString(s[open:close])
			s = strings.TrimPrefix(s[close:], string(keepClose))
			continue
		}
		if end <= 0 {
			end = len(s)
		}
		b.WriteString(s[:end])
		s = s[end:]
	}
	return b.String()
}

func plainInScript(s, script string) string {
	s = strings.ReplaceAll(s, string(keepClose), "")
	if script == nko {
		return bambara.ToNKo(s)
	}
	return s
}
