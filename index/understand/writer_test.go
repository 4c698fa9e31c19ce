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
		{"Conseiller à Kita : un jeune de 19 ans veut apprendre la couture", WriterCounsellor, Search},
		{"Conseillère EOJ de Ségou : une fille veut un financement", WriterCounsellor, Search},
		{"Animatrice à Kayes : quels bailleurs financent la formation ?", WriterCounsellor, Search},
		{"Agent : un jeune rentré de Libye cherche un travail", WriterCounsellor, Search},
		{"Ladilikɛla Kayi : denmisɛn dɔ b'a fɛ ka kalan kɛ", WriterCounsellor, Search},
		{"Conseiller : bonjour", WriterCounsellor, Introduction},
		{"je suis animatrice à Kita, une jeune fille veut apprendre la couture", WriterCounsellor, Search},
		{"je cherche un conseiller EOJ", "", Search},
		{"un agent m'a dit : va à l'ANPE", "", Search},
		{"conseiller moi une formation à Kayes : je suis perdu", "", Search},
		{"je cherche un conseiller pour un financement", "", Search},
		{"je veux parler à un conseiller", "", Counsellor},
		{"je veux apprendre la couture à Ségou", "", Search},
	} {
		q := rd.Understand(c.say)
		if q.Writer != c.writer || q.Intent != c.intent {
			t.Errorf("%q: writer %q intent %q, want %q %q", c.say, q.Writer, q.Intent, c.writer, c.intent)
		}
	}
}
