package understand

import "testing"

// TestWriter: a person who says they are an EOJ counsellor, in French,
// Bambara or N'Ko, or labels a question so, is one; a counsellor named
// after an article is someone else. Said alone (a greeting, a place
// besides) it is an introduction; with a question, the question.
func TestWriter(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		say    string
		writer Writer
		intent Intent
	}{
		{"Bonjour, je suis conseillère EOJ à Ségou.", WriterCounsellor, Introduction},
		{"je suis conseiller EOJ", WriterCounsellor, Introduction},
		{"Conseiller EOJ : quels bailleurs financent la formation professionnelle ?", WriterCounsellor, Search},
		{"ne ye EOJ ladilikɛla ye. GIZ bɛ mun kɛ?", WriterCounsellor, Search},
		{"ߣߋ ߦߋ EOJ ߟߊߘߌߟߌߞߍߟߊ ߦߋ. SNV ߓߍ ߡߎ߲ ߞߍ؟", WriterCounsellor, Search},
		{"je cherche un conseiller EOJ", "", Search},
		{"je veux parler à un conseiller", "", Counsellor},
		{"je veux apprendre la couture à Ségou", "", Search},
	} {
		q := rd.Understand(c.say)
		if q.Writer != c.writer || q.Intent != c.intent {
			t.Errorf("%q: writer %q intent %q, want %q %q", c.say, q.Writer, q.Intent, c.writer, c.intent)
		}
	}
}
