package bot

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"sira/bot/store"
	"sira/index"
	"sira/index/fold"
	"sira/index/places"
	"sira/locales"
	"sira/seeds"
)

// This file is the conversation around the search: a message is read
// first (index.Understand), then answered in kind (a greeting, thanks, a
// goodbye), or acted on the last answer (a follow-up), or searched — with
// the need, place and topic of the last question carried over when the
// message does not change them.

// question answers free text.
func (t *turn) question(text string) ([]Reply, error) {
	q := t.inChatLanguage(t.ix.Understand(text), text)
	if t.u.Origin == Forwarded {
		// A counsellor passes on a young person's question: answered to be
		// forwarded back, whatever it is, as the young person reads it;
		// the chat's person is a counsellor from now on.
		a, err := t.search(q)
		if err != nil {
			return nil, err
		}
		t.speak(q, false)
		t.record(a)
		r := t.forwardable(text, a)
		t.chat.Role = store.RoleCounsellor
		return []Reply{r}, nil
	}
	if q.Writer == index.WriterCounsellor {
		t.chat.Role = store.RoleCounsellor
	}
	if q.Intent == index.Counsellor && t.helpElsewhere(q) {
		// "et si je vais chez mes parents à Kayes, il y a quelqu'un
		// là-bas ?" after danger told: the same question there (carry).
		q.Intent = index.Search
	}
	if m, ok := t.lastWithout(q); ok {
		// "autre que l'IFPI ?", "IFPI tɛ, dɔ wɛrɛ bɛ yen wa?" after an
		// answer: the last question asked again, the fiches left out —
		// not the next page of the last answer ("dɔ wɛrɛ", others).
		t.speak(q, false)
		return t.reask(m, text)
	}
	if m, ok := t.forKin(q); ok {
		// "et pour mon frère ? il a 15 ans" after a danger told: the
		// same question for him.
		t.speak(q, false)
		return t.reask(m, text)
	}
	switch q.Intent {
	case index.Greeting, index.Thanks, index.Goodbye:
		t.speak(q, true)
		return []Reply{{Text: t.p.T("reply_"+string(q.Intent), nil), Menu: t.menu()}}, nil
	case index.About:
		// "tu es un robot ?": who answers, said plainly; the needs and
		// the counsellor to choose from, no fiche, no number.
		t.speak(q, true)
		r := t.notUnderstood()
		r.Text = t.p.T("reply_about", nil)
		return []Reply{r}, nil
	case index.Ack:
		// "ok", "oui", "hmm": nothing asked, nor anything to say was not
		// understood; no region set, no question counted; the menu.
		t.speak(q, true)
		return []Reply{{Text: t.p.T("empty_text", nil), Menu: t.menu()}}, nil
	case index.Counsellor:
		t.speak(q, true)
		if q.Place != nil {
			t.chat.Region = q.Place.Region // where the person is, for the case
		}
		return []Reply{t.counsellorAsked()}, nil
	case index.Introduction:
		// "je suis conseillère EOJ à Ségou": noted, and the place kept.
		t.speak(q, true)
		if q.Place != nil {
			t.chat.Region = q.Place.Region
		}
		return []Reply{{Text: t.p.T("reply_counsellor_noted", nil), Menu: t.menu()}}, nil
	case index.FollowUp:
		t.speak(q, true)
		return t.followUp(q)
	}
	if t.samePartOfNamed(q) {
		q.Asked = t.chat.Asked
	}
	if f, ok := t.ix.Fiche(firstOf(q.Named)); ok && q.Follow.Details {
		// "plus de détails sur la GIZ", "GIZ kunnafoni": its details.
		t.speak(q, true)
		return t.details(f), nil
	}
	if t.placeOfShown(q) {
		// "ils sont à Ségou ?", "u bɛ Segu wa?" after Donilab: where the
		// places shown are, at that town.
		q.Asked = index.AskWhere
	}
	if t.bedOfShown(q) {
		q.Asked = index.AskLodging
		t.speak(q, true)
		return t.followUp(q)
	}
	if t.careOfShown(q) {
		q.Asked = index.AskCare
		t.speak(q, true)
		return t.followUp(q)
	}
	if t.askedHere(q) || t.askedOfShown(q) {
		t.speak(q, true)
		return t.followUp(q)
	}
	if m, ok := t.nowOfLast(q); ok {
		// "et aujourd'hui qui peut agir ?" after a question about
		// programmes: the same question, what runs now first.
		t.speak(q, false)
		return t.reask(m, text)
	}
	if !t.onlyNames(q) {
		t.speak(q, false)
	}
	if r, ok := t.aboutNamed(q); ok {
		return []Reply{r}, nil
	}
	if r, ok := t.aboutShown(q); ok {
		return []Reply{r}, nil
	}
	if r, ok := t.ofShownNamed(q); ok {
		return []Reply{r}, nil
	}
	if r, ok := t.clausesOfShown(q); ok {
		return []Reply{r}, nil
	}
	if r, ok := t.offeredByShown(q); ok {
		return []Reply{r}, nil
	}
	if said, err := t.saysSomething(q); err != nil || !said {
		if m, ok := t.ageOfLast(q); ok && err == nil && len(t.chat.Results) > 0 {
			// "elle a 15 ans", "n si ye san 30 ye" after an answer: the
			// last question asked again for that age.
			return t.reask(m, text)
		}
		if err == nil && len(t.chat.Results) > 0 && toldAge.MatchString(q.Text) {
			// "et si elle avait 35 ans ?" after an answer: the ages the
			// fiches shown take.
			q.Asked = index.AskAge
			return t.followUp(q)
		}
		// "je voudrais savoir", "mon ami m'a dit de vous écrire": nothing
		// to search, nor to carry the last place to; no question counted,
		// no region set.
		return []Reply{t.notUnderstood()}, err
	}
	if t.careOfDanger(q) {
		// "et si elle est malade, qui peut la soigner à Kayes ?" after a
		// girl in danger: her care among the protection actors there.
		q.Need, q.OutOfScope = seeds.NeedProtection, nil
		if q.Place == nil {
			q.Place = t.lastPlace()
		}
	}
	prev := t.last()
	carried := t.carry(&q)
	// "mon oncle m'a chassé de la maison, je veux apprendre la soudure":
	// the need asked beside the danger is answered, under the number to
	// call now (callBefore); not the protection actors alone, which would
	// leave the soudure to a second message.
	told := q
	q = q.BesideDanger()
	a, err := t.search(q)
	if err != nil {
		return nil, err
	}
	if told.Distressed && !q.Distressed && slices.ContainsFunc(a.Results, opensFor(q.Need)) {
		// The story's words ("vendue à une famille") are the danger's,
		// whose number comes first: the cards are the doors of the need
		// asked, not programmes reached through partners.
		a.Results = slices.DeleteFunc(slices.Clone(a.Results), func(r index.Result) bool { return !opensFor(q.Need)(r) })
	}
	if asks := t.ix.Asks(q); !carried && a.Fit == index.Fits && len(asks) > 1 {
		if a.Results, err = t.eachFirst(a.Results, asks); err != nil {
			return nil, err
		}
	}
	t.record(a)
	kept := !carried && t.keepsTopic(a, prev)
	if q.Person && a.Fit != index.Fits && len(a.Results) == 0 {
		// A person asked for, and nothing else found ("vous êtes un
		// robot ? je veux parler à un humain"): the counsellor alone.
		return []Reply{t.counsellorAsked()}, nil
	}
	if a.Fit == index.PlaceOnly {
		// A town alone, and no question to carry there: where the person
		// is, searched there from now on, and the needs offered.
		t.chat.Region = a.Place.Region
		set := t.p.T("region_set", map[string]any{"Region": t.regionLabel(a.Place.Region)})
		if a.Place.ID != a.Place.Region {
			// A town or a quartier: named as such, searched in its region.
			set = t.p.T("place_set", map[string]any{"Place": t.placeName(*a.Place), "Region": t.regionLabel(a.Place.Region)})
		}
		return []Reply{{Text: set, Menu: t.menu()}}, nil
	}
	switch {
	case kept:
		// "c'est combien par mois à Missabougou ?" after literacy
		// courses: the literacy fees, and the topic kept for later.
		a.Terms = append(a.Terms, prev.Things()...)
		t.chat.Question = index.Cut(t.chat.Question + " " + text)
	case !carried:
		t.chat.Question = index.Cut(text) // the topic later follow-ups keep
	}
	t.chat.Need = a.Need
	switch {
	case a.Place != nil:
		t.chat.Place = a.Place.Name
	case len(q.Named) == 0:
		t.chat.Place = ""
	}
	// A fiche asked by name, no place said ("le numéro de l'APEJ ?" after
	// work at Sikasso), is searched everywhere; the person is still where
	// they said, whose numbers the card chooses.
	rs := t.answer(a)
	call, err := t.callBefore(told, a)
	if call != "" && len(rs) > 0 {
		rs[0].Text = call + "\n\n" + rs[0].Text
	}
	return rs, err
}

// callBefore is the number to call now (callNow) of the protection actors,
// and what that actor does in one line, for a danger a message q tells in
// its story, or beside another need it asks (Query.Beside), one that comes
// before anything else (Index.Urgent: "je dors à la gare"), when the
// answer is to something else it asks ("je veux apprendre la soudure"):
// the shelter first, then what was asked. "" when the answer already
// protects.
func (t *turn) callBefore(q index.Query, a index.Answer) (string, error) {
	if q.Distressed && q.Beside == "" || a.Need == seeds.NeedProtection || !slices.ContainsFunc(q.Distress, t.ix.Urgent) {
		return "", nil
	}
	p := q
	p.Need, p.Distressed, p.Asked, p.Named = seeds.NeedProtection, true, "", nil
	pa, err := t.search(p)
	if err != nil || pa.Need != seeds.NeedProtection || len(pa.Results) == 0 {
		return "", err
	}
	if f := called(pa); f != nil {
		// What the actor does, in one line: why call it ("accueil et
		// hébergement (72 heures)"), where the answer shows no card of it.
		return t.callNow(pa) + "\n" + t.summary(f), nil
	}
	return "", nil
}

// eachFirst are the results of a message that joins two asks of
// different needs (index.Asks: "une formation en coiffure pour ma sœur et
// un travail pour moi à Kayes"), with the first fiche each ask finds alone
// first, in the order asked: the page answers both, though the whole
// message's search ranks one need's fiches before the other's. One list,
// so that what is asked next is asked of both.
func (t *turn) eachFirst(results []index.Result, asks []index.Query) ([]index.Result, error) {
	var head []index.Result
	for _, q := range asks {
		a, err := t.search(q)
		if err != nil {
			return nil, err
		}
		if a.Fit != index.Fits {
			continue
		}
		i := slices.IndexFunc(a.Results, func(r index.Result) bool { return !slices.ContainsFunc(head, sameFiche(r)) })
		if i >= 0 {
			head = append(head, a.Results[i])
		}
	}
	rest := slices.DeleteFunc(slices.Clone(results), func(r index.Result) bool { return slices.ContainsFunc(head, sameFiche(r)) })
	return append(head, rest...), nil
}

// opensFor reports whether a result's fiche receives people for need: it
// answers the need, and is no programme reached through partners.
func opensFor(need string) func(index.Result) bool {
	return func(r index.Result) bool { return r.Fiche.HasNeed(need) && r.Fiche.Audience != seeds.AudienceProgramme }
}

// sameFiche reports whether a result is of the fiche of r.
func sameFiche(r index.Result) func(index.Result) bool {
	return func(o index.Result) bool { return o.Fiche.Ref == r.Fiche.Ref }
}

// maxShortWords bounds a message whose few words may tell the language
// the wrong way ("a" is French and Bambara, "min" Bambara and French SMS).
const maxShortWords = 3

// inChatLanguage is a short message after an answer read in the chat's
// language when, read in the language its own words tell, it asks nothing
// there and, read in the chat's, it asks a part of the fiches shown: "a
// nimero" in a Bambara chat is the number, "lage min ?" in a French one the
// age, not a search for the words.
func (t *turn) inChatLanguage(q index.Query, text string) index.Query {
	if len(t.chat.Results) == 0 || t.chat.Lang == "" || q.Lang == t.chat.Lang || q.Asked != "" || q.Intent != index.Search || len(strings.Fields(q.Text)) > maxShortWords {
		return q
	}
	if in := t.ix.UnderstandIn(text, t.chat.Lang); in.Asked != "" {
		return in
	}
	return q
}

// reask answers m, the last question asked again (now, or for an age
// told), and keeps text as part of the question the chat holds.
func (t *turn) reask(m index.Query, text string) ([]Reply, error) {
	a, err := t.search(m)
	if err != nil {
		return nil, err
	}
	t.record(a)
	t.chat.Question = index.Cut(t.chat.Question + " " + text)
	return t.answer(a), nil
}

// nowOfLast is the last question asked again for what runs now, when a
// message asks that of it and names nothing of its own ("et aujourd'hui
// qui peut agir ?", "et maintenant ?" after "quel programme existe pour
// les enfants des sites d'orpaillage ?", whose projects ended): read with
// the last question, its words of now (fr/now.tsv) make the question one of
// what runs now.
func (t *turn) nowOfLast(q index.Query) (index.Query, bool) {
	if t.chat.Question == "" || q.Asked != "" || broughtBy(q).any(bringsNeed|bringsPlace|subject) {
		return index.Query{}, false
	}
	last := t.last()
	if !last.Programmes || last.Now || t.ownThings(q) {
		return index.Query{}, false
	}
	m := t.ix.Understand(t.chat.Question + " " + q.Text)
	m.Lang, m.Script = q.Lang, q.Script
	return m, m.Now
}

// ageOfLast is the last question asked again for the age a message
// tells and nothing else searchable (Query.Years: "il a 16 ans", "a si ye
// san 15 ye"), with whom the age makes the person (Query.Age, Grown); a
// last question that asked no part asks the ages its fiches take. An age
// asked about in the words the fiches' ages are told by (toldAge: "il a
// 13 ans, il peut ?") asks it of the fiches shown; one asked about in
// other words ("n balimakɛ ye san 14 ye, ale dun?", and him?) asks the
// last question again.
func (t *turn) ageOfLast(q index.Query) (index.Query, bool) {
	if t.chat.Question == "" || q.Years == 0 || strings.Contains(q.Text, "?") && toldAge.MatchString(q.Text) {
		return index.Query{}, false
	}
	last := t.last()
	last.Years, last.Age, last.Grown = q.Years, q.Age, q.Grown
	last.Lang, last.Script = q.Lang, q.Script
	if last.Asked == "" {
		last.Asked = index.AskAge
	}
	return last, true
}

// forKin is the last question asked again for another person, when it
// told a danger and a message names a relative (Query.Kin) and tells
// nothing but who they are: their age, their return, where they are ("et
// pour ma sœur ? elle a 16 ans", "et mon cousin qui est encore en Libye
// ?"), no thing of its own to search, no fiche, kind, danger or
// programme. The protection actors are chosen for that person: a child's
// first for a child, those for Malians come back only for one who tells
// a return. A need read from how the person is told ("ma cousine qui
// travaille avec moi") is no question of its own beside an age; thanks
// to a "frère" is no one else told.
func (t *turn) forKin(q index.Query) (index.Query, bool) {
	b := broughtBy(q)
	if !q.Kin || q.Intent != index.Search && q.Intent != index.FollowUp || t.chat.Question == "" || b.any(bringsTopic|subject&^bringsDistress) || q.Need != "" && q.Need != seeds.NeedProtection && q.Years == 0 {
		return index.Query{}, false
	}
	last := t.last()
	if !last.Distressed {
		return index.Query{}, false
	}
	last.Years, last.Age, last.Grown = q.Years, q.Age, q.Grown
	last.Public, last.Foreign = q.Public, q.Foreign
	if q.Place != nil {
		last.Place = q.Place
	}
	last.Lang, last.Script = q.Lang, q.Script
	return last, true
}

// lastWithout is the last question asked again without the fiches a
// message leaves out (Query.Excluded: "sauf l'ANPE, il y a qui ?"), when
// the message brings nothing of its own but a place or a part asked,
// which replace the last question's.
func (t *turn) lastWithout(q index.Query) (index.Query, bool) {
	if len(q.Excluded) == 0 || t.chat.Question == "" || q.Intent != index.Search && q.Intent != index.FollowUp || !broughtBy(q).only(bringsPlace|bringsAsked) {
		return index.Query{}, false
	}
	last := t.last()
	for _, ref := range q.Excluded {
		if !slices.Contains(last.Excluded, ref) {
			last.Excluded = append(last.Excluded, ref)
		}
	}
	if q.Place != nil {
		last.Place = q.Place
	}
	if q.Asked != "" {
		last.Asked = q.Asked
	}
	last.Lang, last.Script = q.Lang, q.Script
	return last, true
}

// keepsTopic reports whether an answer to a part asked of fiches named,
// with no thing of the question's own but their names ("c'est combien par
// mois à Missabougou ?"), is about the last question's topic: a named fiche shown
// has trades or cost items of it.
func (t *turn) keepsTopic(a index.Answer, prev index.Query) bool {
	if len(a.Named) == 0 || a.Asked == "" || len(prev.Things()) == 0 {
		return false
	}
	if t.thingsBeyondNames(a.Query) {
		return false // a thing of its own ("la couture à Missabougou, c'est combien ?")
	}
	last := index.Answer{Query: prev}
	return slices.ContainsFunc(a.Results, func(r index.Result) bool {
		trades, costs := t.ix.Matching(r.Fiche, last)
		return slices.Contains(a.Named, r.Fiche.Ref) && len(trades)+len(costs) > 0
	})
}

// bracketed finds what a message writes in brackets.
var bracketed = regexp.MustCompile(`\(([^)]*)\)`)

// glossed reports whether every thing a Bambara message names is a word
// it writes in brackets ("a tɔnɔ ye joli ye? (taux)"): the French of its
// Bambara, for the reader, no thing of its own to search.
func glossed(q index.Query) bool {
	things := q.Things()
	if q.Lang != index.Bambara || len(things) == 0 {
		return false
	}
	in := map[string]bool{}
	for _, m := range bracketed.FindAllStringSubmatch(q.Text, -1) {
		for _, w := range strings.FieldsFunc(fold.String(m[1]), notLetter) {
			in[w] = true
		}
	}
	return !slices.ContainsFunc(things, func(tm index.Term) bool { return !in[fold.String(tm.Variants[0])] })
}

// thingsBeyondNames reports whether a question names a thing of its own
// besides the names of the fiches it names.
func (t *turn) thingsBeyondNames(q index.Query) bool {
	names := map[string]bool{}
	for _, ref := range q.Named {
		if f, ok := t.ix.Fiche(ref); ok {
			for _, w := range strings.FieldsFunc(fold.String(f.Name+" "+strings.Join(f.Acronyms, " ")), notLetter) {
				names[w] = true
			}
		}
	}
	return slices.ContainsFunc(q.Things(), func(tm index.Term) bool { return !names[fold.String(tm.Variants[0])] })
}

// samePartOfNamed reports whether a message names fiches and nothing
// else to ask of them, right after a part was asked ("et pour
// Missabougou ?" after the papers of Sénou, "Missabougou dun?"): the same
// part is asked of them.
func (t *turn) samePartOfNamed(q index.Query) bool {
	b := broughtBy(q)
	return b.any(bringsNamed) && b.only(bringsNamed|bringsPlace|bringsTopic) && t.chat.Asked != "" && t.chat.Asked != index.AskWhat && !t.thingsBeyondNames(q)
}

// firstOf is the first of refs, or "".
func firstOf(refs []string) string {
	if len(refs) == 0 {
		return ""
	}
	return refs[0]
}

// saysSomething reports whether a message gives anything to search: a
// topic, need, place, kind, fiche, part asked, danger, programmes or
// something out of scope; or, when it names none, words the search still
// answers alone ("je cherche de l'aide").
func (t *turn) saysSomething(q index.Query) (bool, error) {
	if !broughtBy(q).only(bringsDanger) { // danger where it asks is also a sign of distress
		return true, nil
	}
	a, err := t.search(q)
	return err == nil && (a.Fit == index.Fits || len(a.Results) > 0), err
}

// search answers a question read, its results in the order a person is
// shown them (shownOrder): the order cards, paging and counts all use. A
// part asked of fiches the question names ("APEJ c'est pour quel âge ?")
// is answered for those fiches alone.
func (t *turn) search(q index.Query) (index.Answer, error) {
	a, err := t.ix.Search(t.ctx, q, maxResults)
	if err != nil {
		return a, fmt.Errorf("bot: search: %w", err)
	}
	a.Results = shownOrder(a)
	a.Results = slices.DeleteFunc(a.Results, func(r index.Result) bool { return slices.Contains(q.Excluded, r.Fiche.Ref) })
	if a, err = t.endedNamed(a); err != nil {
		return a, err
	}
	if q.Asked != "" && len(q.Named) > 0 {
		named := slices.DeleteFunc(slices.Clone(a.Results), func(r index.Result) bool { return !slices.Contains(q.Named, r.Fiche.Ref) })
		if len(named) > 0 {
			a.Results = named
		}
	}
	return a, nil
}

// speak answers in the message's language and script. A message with no
// sign of a language keeps the chat's; so does, in a Bambara chat, a
// greeting, thanks or "ok" read as French ("merci", "a ni ce") and a
// follow-up made of French nouns alone ("prix ?": Query.Borrowed), words
// Bambara speakers use too, but not a follow-up French by its grammar
// ("c'est gratuit ?"), answered in French; one in Bambara makes the chat
// Bambara.
func (t *turn) speak(q index.Query, short bool) {
	lang := q.Lang
	courtesy := q.Intent == index.Greeting || q.Intent == index.Thanks || q.Intent == index.Goodbye || q.Intent == index.Ack
	if lang == "" || short && lang == locales.French && (q.Borrowed || courtesy) && t.chat.Lang == locales.Bambara {
		return
	}
	t.chat.Lang = lang
	t.setLang(lang)
	if lang == locales.Bambara {
		t.chat.Script = latin
		if q.Script == index.ScriptNKo {
			t.chat.Script = nko
		}
	}
}

// aboutNamed answers a question about the one fiche the last question
// named ("et il y a un stage ?", "et si je n'ai pas le DEF ?", "la
// formation dure combien ?" after asking about a centre): when the message
// names no other fiche, no place and no danger, the fiche's card shows the
// part asked, or else the facts that hold its words. A message that asks
// no part and whose words the fiche does not hold is a new question.
func (t *turn) aboutNamed(q index.Query) (Reply, bool) {
	last := t.last().Named
	b := broughtBy(q)
	if len(last) != 1 || b.any(bringsNamed|bringsPlace|bringsDanger|bringsDistress) || t.chat.Question == "" {
		return Reply{}, false
	}
	f, ok := t.ix.Fiche(last[0])
	if !ok {
		return Reply{}, false
	}
	trades, costs := t.ix.Matching(f, index.Answer{Query: q})
	if q.Asked == "" && t.chat.Asked != "" && len(trades) == 0 && len(costs) > 0 {
		// "et le foyer ?" after whether the centre takes girls and what
		// registering costs: a cost item named, and no trade, asks what
		// it costs, whatever part the last question asked first.
		q.Asked = index.AskCost
	} else if q.Asked == "" && t.chat.Asked != "" && t.chat.Asked != index.AskWhat && len(trades)+len(costs) > 0 {
		// "et pour la couture ?" after the cost of another trade there:
		// the same part, of the trade it names.
		q.Asked = t.chat.Asked
	} else if q.Asked == "" && t.chat.Asked == index.AskDuration && len(t.topicDurations(f, t.saidOf(q, f))) > 0 {
		// "et l'incubation ?" after how long the preincubation lasts:
		// how long it lasts, which the report tells.
		q.Asked = t.chat.Asked
	}
	if q.Asked != "" {
		// "la formation dure combien d'années ?", "le foyer c'est combien
		// ?": that part of the fiche; unless the message names a thing
		// its facts do not hold and other fiches fit by name, trades or
		// summary ("contact de la Banque mondiale" after the PNUD). A
		// trade or cost item of the fiche named, in the fiche's words or
		// by a gloss ("jayɔrɔ dun?", its hostel), is held.
		if len(q.Things()) > 0 && !glossed(q) && len(trades)+len(costs) == 0 && len(t.factsSaid(f, t.saidOf(q, f), factsOf{trades: true})) == 0 && t.fitsOthers(q, f) {
			return Reply{}, false
		}
		t.chat.Asked = q.Asked
		return t.page("", []index.Result{{Fiche: f}}, 0, t.followFocus(q, []string{f.Ref})), true
	}
	said := t.saidOf(q, f)
	facts := t.factsSaid(f, said, factsOf{trades: true, unschooled: q.Unschooled})
	if len(facts) == 0 && (q.Need == "" || q.Need == t.chat.Need) && !b.any(bringsKind|bringsProgrammes) {
		// "c'est renouvelable ?" of an internship: what the report says
		// of it, when no field does; a message with another need or a
		// kind of its own ("je veux un financement pour mon commerce"
		// after a training centre) is a new question.
		if cl := t.saidClauses(f, said); len(cl) > 0 {
			facts = append([]string{"📌 <b>" + t.p.T("report_french", nil) + "</b>"}, cl...)
		}
	}
	if len(facts) == 0 {
		return Reply{}, false
	}
	return t.factsReply([]*seeds.Fiche{f}, [][]string{t.asAsked(q.Text, facts)}), true
}

// aboutShown answers a question about the fiches shown ("et s'il n'a pas
// le DEF ?", "et pour les filles ?" after a list or a fiche opened): when
// the message brings no topic, need or place of its own — or asks a part
// of topics the shown fiches' facts all hold ("le foyer c'est combien ?"
// after a centre with a hostel fee) — the shown fiches' routes of entry,
// papers and fees that hold its words, for the fiche opened, or else (or
// when the fiche opened holds none: "et s'il n'a pas le DEF ?" after
// opening a centre that asks for no DEF) the page shown under it.
// Nothing held: a new question.
func (t *turn) aboutShown(q index.Query) (Reply, bool) {
	topics := q.Topics()
	refs := t.pageShown()
	b := broughtBy(q)
	if b.any(bringsTopic) && !b.any(bringsAsked) && !t.factsOnly(refs, topics) || !b.any(bringsTopic) && b.any(bringsNeed) || b.any(bringsPlace|subject) {
		return Reply{}, false
	}
	fiches, facts := t.shownFacts(q, refs)
	if len(fiches) == 0 && t.chat.Opened != "" {
		fiches, facts = t.shownFacts(q, t.listShown())
	}
	if len(fiches) == 0 || !holdsAll(facts, topics) {
		return Reply{}, false
	}
	for i := range facts {
		facts[i] = t.asAsked(q.Text, facts[i])
	}
	return t.factsReply(fiches, facts), true
}

// asAsked writes, in facts found by a message's words, the acronym the
// message names a thing by after the fiche's word for it
// (fr/item_words.tsv) where a fact spells it out without it: "il faut le
// DEF ?" is answered "disposer du diplôme d'étude fondamentale (DEF)",
// so the reader sees the thing asked. Once per fact.
func (t *turn) asAsked(text string, facts []string) []string {
	for a := range acronymsIn(text) {
		glosses := longWords(t.ix.ItemWords(a))
		if len(glosses) == 0 {
			continue
		}
		for i, l := range facts {
			if !acronymsIn(l)[a] {
				facts[i] = afterWord(l, glosses, " ("+strings.ToUpper(a)+")")
			}
		}
	}
	return facts
}

// afterWord inserts s after the first word of line that is one of words
// (as longWords keys them); line as it is when none is.
func afterWord(line string, words map[string]bool, s string) string {
	start := -1
	for i, r := range line + " " {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if w := fold.String(line[start:i]); len(w) >= 5 && words[wordKey(w)] {
				return line[:i] + s + line[i:]
			}
			start = -1
		}
	}
	return line
}

// shownFacts are the routes of entry, papers and fees of the fiches refs
// that hold the words of q, with the fiches that have any (aboutShown).
func (t *turn) shownFacts(q index.Query, refs []string) ([]*seeds.Fiche, [][]string) {
	// A thing held only in facts may be in a trade's length ("3 mois de
	// stage pratique"): the trades the last question asked, if any.
	topics := q.Topics()
	inTrades := len(topics) > 0 && q.Asked == ""
	fc := t.lastFocus()
	var fiches []*seeds.Fiche
	var facts [][]string
	for _, ref := range refs {
		f, ok := t.ix.Fiche(ref)
		if !ok {
			continue
		}
		fs := t.factsSaid(f, t.saidOf(q, f), factsOf{trades: inTrades, unschooled: q.Unschooled})
		if asked, _ := fc.matching(f); inTrades && len(asked) > 0 {
			fs = slices.DeleteFunc(fs, func(l string) bool {
				return strings.HasPrefix(l, "🛠 ") && !slices.ContainsFunc(asked, func(i int) bool { return l == "🛠 "+t.tradeLine(f.Trades[i]) })
			})
		}
		if len(fs) > 0 {
			fiches, facts = append(fiches, f), append(facts, fs)
		}
	}
	return fiches, facts
}

// ofShownNamed answers a question about one fiche of the last answer that
// it names, asking no part, with words of its own that only the report's
// clauses on it hold ("le PNUD verse l'argent comment ?" after a list of
// programmes: "versée en deux phases : 60 % au début…"): those clauses,
// unless the message brings another need, a kind or a place.
func (t *turn) ofShownNamed(q index.Query) (Reply, bool) {
	if len(q.Named) != 1 || broughtBy(q).any(bringsAsked|bringsPlace|bringsKind|bringsProgrammes|bringsDistress) ||
		q.Need != "" && q.Need != t.chat.Need || !slices.Contains(t.chat.Results, q.Named[0]) || !t.thingsBeyondNames(q) {
		return Reply{}, false
	}
	f, ok := t.ix.Fiche(q.Named[0])
	if !ok {
		return Reply{}, false
	}
	cl := t.saidClauses(f, t.saidOf(q, f))
	if len(cl) == 0 {
		return Reply{}, false
	}
	t.chat.Question = index.Cut(q.Text)
	lines := append([]string{"📌 <b>" + t.p.T("report_french", nil) + "</b>"}, cl...)
	return t.factsReply([]*seeds.Fiche{f}, [][]string{lines}), true
}

// clausesOfShown answers a question about the page shown that asks no
// part and whose words only the report's clauses on those fiches hold
// ("le certificat, il est reconnu ?" after training centres: "un
// certificat de qualification professionnelle … reconnu au niveau des
// entreprises"): those clauses, per fiche. Not when the message has a
// subject of its own (a name, kind, place, danger, another need), or the
// search finds fiches it fits by name, trades or summary.
func (t *turn) clausesOfShown(q index.Query) (Reply, bool) {
	if b := broughtBy(q); !b.any(bringsTopic) || b.any(bringsAsked|bringsPlace|subject) || q.Need != "" && q.Need != t.chat.Need || t.fitsWords(q) {
		return Reply{}, false
	}
	var fiches []*seeds.Fiche
	var facts [][]string
	for _, ref := range t.pageShown() {
		f, ok := t.ix.Fiche(ref)
		if !ok {
			continue
		}
		if cl := t.saidClauses(f, t.saidOf(q, f)); len(cl) > 0 {
			fiches = append(fiches, f)
			facts = append(facts, append([]string{"📌 <b>" + t.p.T("report_french", nil) + "</b>"}, cl...))
		}
	}
	if len(fiches) == 0 {
		return Reply{}, false
	}
	return t.factsReply(fiches, facts), true
}

// placeOfShown reports whether a short message speaks of the places shown
// by a pronoun and brings a town and nothing else ("ils sont à Ségou ?",
// "u bɛ Segu wa?"): it asks whether they are there, where they are.
func (t *turn) placeOfShown(q index.Query) bool {
	return q.OfThem && q.Asked == "" && len(t.chat.Results) > 0 && broughtBy(q) == bringsPlace && len(strings.Fields(q.Text)) <= maxOfThemWords
}

// maxOfThemWords bounds a message that asks what the places shown offer
// by a pronoun ("il y a un psychologue chez eux ?"): a longer one tells a
// story of its own ("ils m'ont dit d'aller voir …").
const maxOfThemWords = 10

// offeredByShown answers whether the places shown offer a thing, asked of
// them by a pronoun in a short message (Query.OfThem: "ils font du
// soutien psychologique ?", "il y a un psychologue chez eux ?"): for each
// fiche of the page shown that holds the thing, the report's clauses that
// do, or else its summary, whatever need the thing tells ("ils font des
// crédits ?" of training centres); the people it names are such a thing
// ("ils prennent les migrants de retour ?"); in Bambara under the words
// that say the clauses are the report's French. A message with a subject, a
// place or a part asked of its own is a new question; so is a thing no
// fiche shown holds, unless no fiche holds it by name, trades or summary
// ("il y a une cantine là-bas ?"): then the report says nothing of it, and
// whom to ask.
func (t *turn) offeredByShown(q index.Query) (Reply, bool) {
	b := broughtBy(q)
	if !q.OfThem || len(strings.Fields(q.Text)) > maxOfThemWords || b.any(bringsAsked|bringsPlace|subject) {
		return Reply{}, false
	}
	stems := t.thingStems(q)
	if len(stems) == 0 {
		return Reply{}, false
	}
	holds := func(c string) bool {
		for w := range longWords(c) {
			if slices.ContainsFunc(stems, func(s string) bool { return strings.HasPrefix(w, s) }) {
				return true
			}
		}
		return false
	}
	var fiches []*seeds.Fiche
	var facts [][]string
	for _, ref := range t.pageShown() {
		f, ok := t.ix.Fiche(ref)
		if !ok {
			continue
		}
		said := reportSays(f, holds, nil, true, 2)
		if len(said) == 0 && holds(f.Summary) {
			if t.bambara() && f.SummaryBm != "" {
				// Its summary in the reader's language, not the French.
				fiches, facts = append(fiches, f), append(facts, []string{t.summary(f)})
				continue
			}
			said = []string{f.Summary}
		}
		if len(said) == 0 {
			continue
		}
		for i, c := range said {
			said[i] = esc(upperFirst(c))
			if t.bambara() {
				said[i] = keep(said[i]) // French, kept in Latin letters in an N'Ko answer
			}
		}
		if t.bambara() {
			said = append([]string{"📌 <b>" + t.p.T("report_french", nil) + "</b>"}, said...)
		}
		fiches, facts = append(fiches, f), append(facts, said)
	}
	if len(fiches) == 0 {
		return t.silentOfShown(q)
	}
	return t.factsReply(fiches, facts), true
}

// silentOfShown says, for each fiche of the page shown, that the report
// does not speak of a thing asked of them, and whom to ask — when the
// thing tells no need and the search finds no fiche that holds it by name,
// trades or summary either (a text that names it in passing is no answer).
func (t *turn) silentOfShown(q index.Query) (Reply, bool) {
	if q.Need != "" {
		return Reply{}, false // "ils donnent à manger ?": a need told, searched by it
	}
	a, err := t.search(q)
	if err != nil || slices.ContainsFunc(a.Results, func(r index.Result) bool { return r.Strong }) {
		return Reply{}, false
	}
	var fiches []*seeds.Fiche
	var facts [][]string
	for _, ref := range t.pageShown() {
		if f, ok := t.ix.Fiche(ref); ok {
			fiches, facts = append(fiches, f), append(facts, []string{t.silence(f, "offered")})
		}
	}
	if len(fiches) == 0 {
		return Reply{}, false
	}
	return t.factsReply(fiches, facts), true
}

// thingStems are the folded words, and the index's stems, of the things a
// question names ("psychologue": psycholog) and of the people it names of
// those the fiches serve ("ils prennent les migrants de retour ?": retour),
// each as a fact word is compared (wordKey), of five letters or more; with
// the fiches' words for them (fr/item_words.tsv: "choisissent" is the
// report's "sélection").
func (t *turn) thingStems(q index.Query) []string {
	words := slices.Clone(q.Public)
	for _, tm := range q.Things() {
		words = append(append(words, tm.Variants[0]), tm.Related...)
		words = append(words, strings.Fields(t.ix.ItemWords(fold.String(tm.Variants[0])))...)
	}
	var out []string
	for _, w := range words {
		if k := wordKey(fold.String(w)); len(k) >= 5 {
			out = append(out, k)
		}
	}
	return out
}

// factsOnly reports whether the topics are things the fiches shown hold
// only in their facts — a route of entry, a paper, a fee, a trade's
// length, a programme ("et il y a un stage ?" after a course with "3 mois
// de stage", "et l'accélération ?" after an incubator's programmes) — some
// fiche in its facts and none in its name, trades or summary, which a new
// question asks for ("et la couture ?").
func (t *turn) factsOnly(refs, topics []string) bool {
	held := false
	for _, ref := range refs {
		f, ok := t.ix.Fiche(ref)
		if !ok {
			continue
		}
		head := f.Name + " " + f.Summary
		for _, tr := range f.Trades {
			head += " " + tr.Name
		}
		heads := longWords(head)
		if slices.ContainsFunc(topics, func(tp string) bool { return heads[wordKey(fold.String(tp))] }) {
			return false
		}
		held = held || len(t.factsSaid(f, t.saidWords(strings.Join(topics, " "), f), factsOf{trades: true})) > 0
	}
	return held
}

// fitsOthers reports whether the search for a message finds fiches that
// fit it by name, trades or summary, f not among them.
func (t *turn) fitsOthers(q index.Query, f *seeds.Fiche) bool {
	a, err := t.search(q)
	if err != nil {
		return false
	}
	strong := slices.DeleteFunc(a.Results, func(r index.Result) bool { return !r.Strong })
	return len(strong) > 0 && !slices.ContainsFunc(strong, func(r index.Result) bool { return r.Fiche.Ref == f.Ref })
}

// holdsAll reports whether every topic (a folded word) is a word of the
// facts found.
func holdsAll(facts [][]string, topics []string) bool {
	held := map[string]bool{}
	for _, fs := range facts {
		for _, f := range fs {
			for w := range longWords(f) {
				held[w] = true
			}
		}
	}
	for _, tp := range topics {
		if !held[wordKey(fold.String(tp))] {
			return false
		}
	}
	return true
}

// factsReply shows, for each fiche, its name and where, who cannot walk
// in, the facts said and the numbers, with a button to its details.
func (t *turn) factsReply(fiches []*seeds.Fiche, facts [][]string) Reply {
	var blocks []string
	var buttons [][]Button
	for i, f := range fiches {
		head := t.heading(f, 0)
		if l := t.label(f); l != "" {
			head += "\n" + l
		}
		body := append([]string{head}, facts[i]...)
		if l := t.numberLine(f, t.lastFocus()); l != "" {
			body = append(body, l)
		}
		blocks = append(blocks, strings.Join(body, "\n"))
		buttons = append(buttons, []Button{{Label: t.p.T("btn_details", map[string]any{"Name": keep(shortName(f))}), Data: "d:" + f.Ref}})
	}
	return Reply{Text: strings.Join(blocks, "\n\n"), Buttons: buttons}
}

// saidWords are the words of a message that may name a fact of a fiche
// (factWords) and the fiches' words for them (fr/item_words.tsv:
// "prolonger" is "renouvelable"), but for the words of the fiche's own
// name.
func (t *turn) saidWords(text string, f *seeds.Fiche) map[string]bool {
	said := factWords(text)
	for _, w := range strings.FieldsFunc(fold.String(text), notLetter) {
		for g := range longWords(t.ix.ItemWords(w)) {
			said[g] = true
		}
	}
	for w := range longWords(f.Name) {
		delete(said, w)
	}
	return said
}

// saidOf are a message's saidWords but for the countries it tells one
// comes back from ("rapatriés du Maroc"): where one comes from picks no
// fact of going there ("Bourses … au Maroc").
func (t *turn) saidOf(q index.Query, f *seeds.Fiche) map[string]bool {
	said := t.saidWords(q.Text, f)
	for _, tm := range q.Terms {
		if tm.Country && tm.Role == index.Who {
			for _, v := range tm.Variants {
				delete(said, wordKey(fold.String(v)))
			}
		}
	}
	return said
}

// factWords are the words of a text that may name a fact: its long words
// (five letters or more) and its acronyms ("DEF", "CAP"), folded.
func factWords(s string) map[string]bool {
	words := longWords(s)
	maps.Copy(words, acronymsIn(s))
	return words
}

// acronymsIn are the acronyms of a text ("DEF", "CUMA"), folded.
func acronymsIn(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, notLetter) {
		if len([]rune(w)) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			words[wordKey(fold.String(w))] = true
		}
	}
	return words
}

// factsOf says which of a fiche's facts factsSaid picks and in which
// order.
type factsOf struct {
	trades     bool // the trades with their durations too
	unschooled bool // the person is told to lack the school diploma (routeOrder)
}

// factsSaid are the fiche's facts (routes of entry, fees, papers, and
// with o.trades the trades with their durations) that hold a word said,
// in the chat's language, at most maxFactsSaid; a word in half the facts
// or more is too common to pick any. For a person told to lack the school
// diploma (o.unschooled), the routes that take them come before those
// that require it ("et s'il n'a pas le DEF ?": routeOrder).
func (t *turn) factsSaid(f *seeds.Fiche, said map[string]bool, o factsOf) []string {
	type fact struct {
		text, line string
		order      int // a route of entry's routeOrder, 0 for any other fact
	}
	var facts []fact
	if !t.bambara() { // the routes and papers are the report's French
		for _, c := range f.Conditions {
			facts = append(facts, fact{c, "🚪 " + esc(strings.TrimSpace(c)), routeOrder(c, o.unschooled)})
		}
		for _, d := range f.Documents {
			facts = append(facts, fact{d, "📄 " + esc(d), 0})
		}
	}
	for _, it := range f.Costs.Items {
		facts = append(facts, fact{it.What, "💰 " + t.costLine(f, it), 0})
	}
	for _, tr := range f.Trades {
		if l := t.tradeLine(tr); l != "" && o.trades {
			facts = append(facts, fact{tr.Name + " " + tr.Duration, "🛠 " + l, 0})
		}
	}
	words := make([]map[string]bool, len(facts))
	for i, fa := range facts {
		words[i] = factWords(fa.text)
	}
	held := holding(words, said)
	slices.SortStableFunc(held, func(i, j int) int { return cmp.Compare(facts[i].order, facts[j].order) })
	var out []string
	for _, i := range held {
		if len(out) < maxFactsSaid {
			out = append(out, facts[i].line)
		}
	}
	return out
}

// maxFactsSaid bounds the facts a question about one fiche shows: a card,
// not the details.
const maxFactsSaid = 6

// onlyNames reports whether a message is nothing but the names of the
// fiches and the place it names ("CFP Missabougou", "AME Kayes"): no sign
// of a language, so the chat's stays.
func (t *turn) onlyNames(q index.Query) bool {
	if len(q.Named) == 0 && q.Place == nil {
		return false
	}
	names := map[string]bool{}
	add := func(s string) {
		for _, w := range strings.FieldsFunc(fold.String(s), notLetter) {
			names[w] = true
		}
	}
	for _, ref := range q.Named {
		if f, ok := t.ix.Fiche(ref); ok {
			add(f.Name)
			for _, a := range f.Acronyms {
				add(a)
			}
		}
	}
	if q.Place != nil {
		add(q.Place.Name)
	}
	for _, w := range strings.FieldsFunc(fold.String(q.Text), notLetter) {
		if !names[w] {
			return false
		}
	}
	return true
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// carry fills in what a message leaves out from the last question: a
// message that names no thing of its own ("et à Kayes ?", "Kayi dun?")
// keeps the last question's topic and need, in the place it names; one
// that names no place is read in the last question's place, else the
// chat's region. A fiche named is never moved to another place: asked
// again where it does not work, the question asks for one like it there
// ("et à Mopti ?" after Createam: an incubator in Mopti). It reports
// whether the last question's topic was carried.
func (t *turn) carry(q *index.Query) bool {
	if abroad, ok := t.otherCountry(*q); ok {
		*q = abroad
		return true
	}
	b := broughtBy(*q)
	own := b.any(bringsTopic | bringsNamed | bringsKind | bringsDanger)
	if own && b.any(bringsPlace) && !b.any(bringsNeed|bringsNamed|bringsKind|bringsDanger) && len(q.Topics()) == len(q.Things()) {
		// "je l'emmène où à Kayes ?": words that name no thing, and no
		// need of their own, ask the last question there.
		own = t.ownThings(*q)
	}
	if own && t.chat.Question != "" && b.any(bringsPlace) && !b.any(bringsNeed|bringsKind|bringsNamed|bringsDanger|bringsDistress) &&
		(t.last().Distressed || t.chat.Need == seeds.NeedProtection) && !t.fitsWords(*q) {
		// "et si elle part chez sa mère à Kayes ?", "je l'emmène où à
		// Kayes ?" after danger told: words no fiche holds name nothing
		// new; the same protection question there.
		own = false
	}
	if !own && t.chat.Question != "" && q.Place != nil && t.namedElsewhere(q.Place) {
		// "et à Mopti ?" after Createam, which does not work there: a
		// fiche like it there. A need of the message's own asks it there.
		if q.Need != "" {
			return false
		}
		like := t.like(t.last().Named[0], q.Place) + " " + q.Text
		lang, script := q.Lang, q.Script
		*q = t.ix.Understand(like)
		q.Lang, q.Script = lang, script
		t.chat.Question = index.Cut(like)
		t.chat.Region = q.Place.Region
		return true
	}
	// Another place for the same need ("et à Kayes ?"), or another need
	// with no place ("et pour un prêt ?"): the last question's topic
	// there. A place with a need of its own is a question of its own ("le
	// centre de formation de Markala" after an incubator), and so is a
	// need told after a question about fiches named, whose topic was those
	// fiches ("alors où me former à Kayes ?" after whether the Canadian
	// project still recruits).
	if !own && t.chat.Question != "" && (q.Need == "" || len(t.last().Named) == 0) && (q.Place != nil && (q.Need == "" || q.Need == t.chat.Need) || q.Place == nil && q.Need != "") {
		last := t.last()
		if q.Place != nil {
			last.Place = q.Place
		} else {
			last.Place = t.lastPlace()
		}
		if q.Need != "" {
			last.Need = q.Need
		}
		if q.Asked != "" { // "et à Kayes, c'est combien ?"
			last.Asked = q.Asked
		}
		last.Lang, last.Script = q.Lang, q.Script
		if q.Place != nil && q.Need == "" {
			t.chat.Region = q.Place.Region // a place alone: where the person is
		}
		*q = last
		return true
	}
	if q.Place == nil && len(q.Named) == 0 {
		q.Place = t.lastPlace()
	}
	return false
}

// otherCountry is the last question asked of other countries, when a
// message names countries and nothing else of its own ("Kanada dun?", "et
// au Canada ?", "Arabu jamanaw fana?" after legal work in France or
// Spain): the last question's countries replaced by these, in the role
// they had there. A last question that named no country is no journey to
// carry.
func (t *turn) otherCountry(q index.Query) (index.Query, bool) {
	things := q.Things()
	if t.chat.Question == "" || len(things) == 0 || !broughtBy(q).only(bringsTopic|bringsAsked) ||
		slices.ContainsFunc(things, func(tm index.Term) bool { return !tm.Country }) {
		return q, false
	}
	last := t.last()
	abroad := func(tm index.Term) bool { return tm.Country && tm.Role.Asks() }
	i := slices.IndexFunc(last.Terms, abroad)
	if i < 0 {
		return q, false
	}
	role := last.Terms[i].Role
	terms := slices.DeleteFunc(slices.Clone(last.Terms), abroad)
	placed := false
	for _, tm := range things {
		tm.Role = role
		terms = append(terms, tm)
		placed = placed || t.ix.PlacesWorkers(tm.Variants[0])
	}
	last.Terms = terms
	if last.Placed || last.Unplaced {
		// A job asked abroad: where a partner places workers now is
		// where the countries now named are.
		last.Placed, last.Unplaced = placed, !placed
	}
	last.Lang, last.Script = q.Lang, q.Script
	if q.Asked != "" {
		last.Asked = q.Asked
	}
	return last, true
}

// fitsWords reports whether the search for a message finds a fiche that
// holds a thing it asks for by its name, trades or summary.
func (t *turn) fitsWords(q index.Query) bool {
	a, err := t.search(q)
	return err != nil || slices.ContainsFunc(a.Results, func(r index.Result) bool { return r.Strong })
}

// namedElsewhere reports whether the last question named fiches and none
// of them works in the place.
func (t *turn) namedElsewhere(p *places.Place) bool {
	named := t.last().Named
	return len(named) > 0 && !slices.ContainsFunc(named, func(ref string) bool {
		f, ok := t.ix.Fiche(ref)
		return !ok || f.Serves(p.Region) || slices.ContainsFunc(f.Cities, func(c string) bool { return strings.EqualFold(c, p.Name) })
	})
}

// like is what asks for a fiche like the one named, in a place: the word
// of its kind when the question reader knows it and another fiche of that
// kind works there ("incubateur"), else its first need ("financement").
func (t *turn) like(ref string, p *places.Place) string {
	f, ok := t.ix.Fiche(ref)
	if !ok {
		return ""
	}
	there := func(g *seeds.Fiche) bool { return g.Ref != f.Ref && g.Kind == f.Kind && g.Serves(p.Region) }
	if t.ix.Understand(f.Kind).Kind == f.Kind && slices.ContainsFunc(t.ix.Fiches(), there) {
		return f.Kind
	}
	if len(f.Needs) > 0 {
		return f.Needs[0]
	}
	return ""
}

// helpElsewhere reports whether a message that asks for a person names a
// place other than the last question's, in a chat about a person in
// danger (the last question told danger or asked protection): someone
// there is asked for, the protection actors of that place, whose card
// offers the counsellor too.
func (t *turn) helpElsewhere(q index.Query) bool {
	if q.Place == nil || t.chat.Question == "" || t.chat.Need != seeds.NeedProtection && !t.last().Distressed {
		return false
	}
	last := t.lastPlace()
	return last == nil || last.ID != q.Place.ID
}

// lastPlace is the place of the last question, or the chat's region.
func (t *turn) lastPlace() *places.Place {
	if p, ok := places.Default().Lookup(t.chat.Place); ok && t.chat.Place != "" {
		return &p
	}
	if p, ok := places.Default().Region(t.chat.Region); ok && t.chat.Region != seeds.National {
		return &p
	}
	return nil
}

// askedHere reports whether a message asks a part of the fiches shown in
// the place they were shown for ("ils ont des agences à Ségou ?", "c'est
// où exactement à Gao ?" after an answer there, or after one for no
// place): a follow-up, though it names a place. Naming another place
// asks the last question there (carry).
func (t *turn) askedHere(q index.Query) bool {
	b := broughtBy(q)
	if !b.any(bringsAsked) || !b.any(bringsPlace) || len(t.chat.Results) == 0 || len(q.Topics()) > len(q.Things()) || b.any(bringsNeed|subject) {
		return false
	}
	last := t.lastPlace()
	return (last == nil || last.Region == q.Place.Region) && !t.ownThings(q)
}

// askedOfShown reports whether a message asks a part of the fiches shown
// and names nothing else to search: in the words of the need they were
// shown for ("la formation dure combien ?" after training centres), with
// no more than what for ("lequel est encore actif pour plusieurs années
// ?"), or in words that name no thing (ownThings: "il faut remplir quelles
// conditions ?"): a follow-up. Another need ("et pour un prêt, quels
// papiers ?") or a thing of its own asks again.
func (t *turn) askedOfShown(q index.Query) bool {
	if b := broughtBy(q); !b.any(bringsAsked) || len(t.chat.Results) == 0 || q.Need != "" && q.Need != t.chat.Need || b.any(bringsPlace|subject) {
		return false
	}
	return !t.ownThings(q)
}

// bedOfShown reports whether a message after an answer asks only where
// one sleeps (the lodging sign of distress.tsv: "il va dormir où pendant
// la formation ?", "il peut dormir où ce soir ?", "a bɛ sunɔgɔ min?"),
// bringing no place, name, kind, programmes or other need of its own, and
// no word but the sign's (its fiches' words, "hébergement"): it asks
// whether the places shown lodge people, as "on peut y dormir ?" does,
// not for a new search. A person with no roof tells another sign
// ("shelter": "je dors dehors"), and is answered as one in danger; so is
// a bed asked after an answer to another ask told beside an urgent danger
// ("je dors à la gare … je veux apprendre la soudure", then "et pour
// dormir ce soir ?"): the schools shown are no shelter.
func (t *turn) bedOfShown(q index.Query) bool {
	if len(t.chat.Results) == 0 || len(q.Distress) == 0 || q.Asked != "" && q.Asked != index.AskLodging {
		return false
	}
	if slices.ContainsFunc(q.Distress, func(s string) bool { return s != index.SignLodging }) {
		return false
	}
	if broughtBy(q).any(bringsPlace|bringsKind|bringsNamed|bringsProgrammes|bringsOutOfScope) ||
		q.Need != "" && q.Need != t.chat.Need && q.Need != seeds.NeedProtection {
		return false
	}
	if last := t.last(); (!last.Distressed || last.Beside != "") && slices.ContainsFunc(last.Distress, t.ix.Urgent) {
		return false // the places shown answer another ask than the danger told with it (its story, or Beside)
	}
	bed := t.ix.SignWords(index.SignLodging)
	return !slices.ContainsFunc(q.Things(), func(tm index.Term) bool {
		return !slices.ContainsFunc(tm.Variants, func(v string) bool { return slices.Contains(bed, fold.String(v)) })
	})
}

// careOfShown reports whether a message after an answer tells only an
// illness and asks its care ("il est malade, ils peuvent le soigner ?",
// "ils soignent aussi ?"), bringing no place, name, kind, programmes, other
// need or thing of its own (a noun: "le centre de santé", "des
// médicaments"): it asks whether the places shown give care, which the
// protection fiches say ("Assistance médicale et psychologique"), not for
// a health service no partner is.
func (t *turn) careOfShown(q index.Query) bool {
	if len(t.chat.Results) == 0 || q.Asked != "" && q.Asked != index.AskCare || !slices.Equal(q.Distress, []string{index.SignIllness}) {
		return false
	}
	remedy := t.ix.SignRemedy(index.SignIllness)
	if slices.ContainsFunc(q.OutOfScope, func(c string) bool { return !slices.Contains(remedy, c) }) {
		return false
	}
	if broughtBy(q).any(bringsPlace|bringsKind|bringsNamed|bringsProgrammes) ||
		q.Need != "" && q.Need != t.chat.Need && q.Need != seeds.NeedProtection {
		return false
	}
	return !slices.ContainsFunc(q.Things(), func(tm index.Term) bool { return tm.Noun || tm.Activity })
}

// careOfDanger reports whether a message tells signs of distress and asks
// only their remedy ("et si elle est malade, qui peut la soigner à Kayes
// ?", "il a mal au ventre, où le faire soigner ?"), with no need, fiche,
// kind or programmes of its own, in a chat about a person in danger: the
// last question told danger or asked protection, or the page shown is
// protection actors. The same person's new need: the protection actors
// that give it, where the message says or the chat was.
func (t *turn) careOfDanger(q index.Query) bool {
	if len(q.Distress) == 0 || len(q.OutOfScope) == 0 || broughtBy(q).any(bringsNeed|bringsNamed|bringsKind|bringsProgrammes) {
		return false
	}
	for _, c := range q.OutOfScope {
		if !slices.ContainsFunc(q.Distress, func(s string) bool { return slices.Contains(t.ix.SignRemedy(s), c) }) {
			return false
		}
	}
	if t.chat.Need == seeds.NeedProtection || t.last().Distressed {
		return true
	}
	shown := t.pageShown()
	return len(shown) > 0 && !slices.ContainsFunc(shown, func(ref string) bool {
		f, ok := t.ix.Fiche(ref)
		return !ok || !slices.Contains(f.Needs, seeds.NeedProtection)
	})
}

// ownThings reports whether a message names a thing of its own to search:
// a noun ("la poterie", "un visa"), an activity, or a word a fiche not on
// the page shown holds in its name, trades or summary. A verb or a word
// no fiche holds so ("il faut remplir quelles conditions ?", "on peut
// rester combien de temps ?", "ça passe ?"), or one only the fiches shown
// hold so ("ils peuvent me loger combien de temps ?" after a shelter),
// names nothing new: the message is about what was shown.
func (t *turn) ownThings(q index.Query) bool {
	things := q.Things()
	if len(things) == 0 {
		return false
	}
	a, err := t.search(q)
	shown := t.pageShown()
	if err != nil || slices.ContainsFunc(a.Results, func(r index.Result) bool { return r.Strong && !slices.Contains(shown, r.Fiche.Ref) }) {
		return true
	}
	// A noun or an activity is a thing of its own, unless the fiches
	// shown are all that hold it so ("le stage dure combien ?" after the
	// ANPE and the APEJ): then it is theirs.
	noun := slices.ContainsFunc(things, func(tm index.Term) bool { return tm.Noun || tm.Activity })
	return noun && !slices.ContainsFunc(a.Results, func(r index.Result) bool { return r.Strong })
}

// pageShown are the fiches on the page the person sees: the one opened,
// or the page of the last answer.
func (t *turn) pageShown() []string {
	if t.chat.Opened != "" {
		return []string{t.chat.Opened}
	}
	return t.listShown()
}

// listShown is the page of results last shown, whatever fiche was opened
// from it.
func (t *turn) listShown() []string {
	return t.chat.Results[min(t.chat.Page*pageSize, len(t.chat.Results)):min((t.chat.Page+1)*pageSize, len(t.chat.Results))]
}

// followUp acts on the last answer: a result by rank (its details, or the
// part asked of it), the other results, or the part asked of the results
// shown ("c'est combien ?").
func (t *turn) followUp(q index.Query) ([]Reply, error) {
	opened, isOpen := t.ix.Fiche(t.chat.Opened)
	if len(t.chat.Results) == 0 && !isOpen {
		if q.Asked == "" || q.Asked == index.AskWhat {
			// "il y a quoi ?", "plus d'infos", "je ne sais pas quoi
			// faire" with nothing shown: what Sira offers.
			return []Reply{t.notUnderstood()}, nil
		}
		return []Reply{{Text: t.p.T("followup_nothing", nil), Menu: t.menu()}}, nil
	}
	if q.Asked != "" {
		t.chat.Asked = q.Asked
	}
	fc := t.followFocus(q, slices.Concat(t.pageShown(), []string{t.chat.Opened}))
	if fc.place = q.Place; fc.place == nil {
		fc.place = t.lastPlace()
	}
	f := q.Follow
	if f.Instead && f.Rank == 0 {
		return t.instead()
	}
	if q.Asked == index.AskStatus {
		f.More = false // "c'est encore ouvert ?": still, not more
	}
	switch {
	case isOpen && q.Asked != "" && f == (index.Follow{}):
		// The part asked of the fiche the person opened ("le 2", then
		// "c'est combien ?"), not of the whole list.
		return []Reply{t.page("", []index.Result{{Fiche: opened}}, 0, fc)}, nil
	case len(t.chat.Results) == 0:
		return []Reply{{Text: t.p.T("followup_nothing", nil), Menu: t.menu()}}, nil
	case f.More && f.Rank == 0:
		return t.more(t.chat.Page + 1)
	case f.Rank != 0:
		i := t.ranked(f.Rank)
		if i >= len(t.chat.Results) {
			return []Reply{{Text: t.p.N("followup_no_rank", len(t.chat.Results), nil)}}, nil
		}
		fiche, ok := t.ix.Fiche(t.chat.Results[i])
		if !ok {
			return []Reply{{Text: t.p.T("expired", nil)}}, nil
		}
		if q.Asked != "" && !f.Details {
			// "le numéro du premier": that fiche's part; what is asked
			// next is asked of it, as of a fiche opened.
			t.chat.Opened = fiche.Ref
			return []Reply{t.page("", []index.Result{{Fiche: fiche}}, 0, fc)}, nil
		}
		return t.details(fiche), nil
	case q.Asked != "":
		// The part asked of the fiches the last question named, or of the
		// results shown.
		if named := t.named(); len(named) > 0 {
			return []Reply{t.page("", named, 0, fc)}, nil
		}
		r := t.page("", t.shown(), t.chat.Page, fc)
		if teach := t.teachingShown(fc); len(teach) > 0 {
			r = t.page("", teach, 0, fc)
		}
		if fc.asks(index.AskContact) {
			// "le numéro ?" after a danger told: the one number to call
			// now first, as the answer said it, before every card's.
			if l := t.dangerCall(); l != "" {
				r.Text = l + "\n\n" + r.Text
			}
		}
		return []Reply{r}, nil
	}
	// "plus de détails": the first result of the page shown.
	if fiche, ok := t.ix.Fiche(t.chat.Results[min(t.chat.Page*pageSize, len(t.chat.Results)-1)]); ok {
		return t.details(fiche), nil
	}
	return []Reply{{Text: t.p.T("expired", nil)}}, nil
}

// teachingShown are, of the page shown after a question that asked a
// trade at a place where none of those shown teaches it (the near
// teachers), the fiches that teach it elsewhere, when others shown do not
// teach it: the cost or the start asked after "la coiffure à Kayes" is
// Missabougou's (Bamako), not that of the Kayes centres shown after it.
// None otherwise, and none when any result of the answer, on any page,
// teaches it there: welding at Kayes (AEK, IFPI first), then "d'autres ?"
// and the cost asks the page shown, not ENDA's Bamako course alone.
// After money or work asked ("crédit agricole à Ségou") no trade was asked
// to learn, whatever line a word brushes (Caritas' literacy for farmers'
// cooperatives): none.
func (t *turn) teachingShown(fc focus) []index.Result {
	last := t.last()
	place := last.Place
	if fc.match == nil || place == nil || last.Need != seeds.NeedTraining {
		return nil
	}
	var teach []index.Result
	page := t.listShown()
	for _, ref := range t.chat.Results {
		f, ok := t.ix.Fiche(ref)
		if !ok {
			continue
		}
		if trades, _ := fc.match(f); len(trades) == 0 {
			continue
		}
		if teachesIn(f, place) {
			return nil // taught there: the answer was no near answer
		}
		if slices.Contains(page, ref) {
			teach = append(teach, index.Result{Fiche: f})
		}
	}
	if len(teach) == len(page) {
		return nil
	}
	return teach
}

// ranked is the index in the last answer's results of the card a rank
// names, counted in the page the person sees: its last (-1); a number
// shown on it ("le 4" on the second page); a smaller rank counts in it ("le
// premier", "a fɔlɔ" after "d'autres ?": its first card, not the first
// page's).
func (t *turn) ranked(rank int) int {
	first := t.chat.Page * pageSize // the cards before the page shown
	switch {
	case rank < 0:
		return min(first+pageSize, len(t.chat.Results)) - 1
	case rank <= min(first, pageSize):
		return first + rank - 1
	}
	return rank - 1
}

// shown are the last answer's results.
func (t *turn) shown() []index.Result {
	var rs []index.Result
	for _, ref := range t.chat.Results {
		if f, ok := t.ix.Fiche(ref); ok {
			rs = append(rs, index.Result{Fiche: f})
		}
	}
	return rs
}

// named are the results of the last answer that its question named.
func (t *turn) named() []index.Result {
	var out []index.Result
	for _, r := range t.shown() {
		if slices.Contains(t.last().Named, r.Fiche.Ref) {
			out = append(out, r)
		}
	}
	return out
}

// last is the last question, read again (once a turn): its topic, the
// fiches it named.
func (t *turn) last() index.Query {
	if t.lastQ == nil {
		q := t.ix.Understand(t.chat.Question)
		t.lastQ = &q
	}
	return *t.lastQ
}

// counsellor reports whether the chat's person said they are an EOJ
// counsellor (or forwarded a case): programmes show them their contact.
func (t *turn) counsellor() bool { return t.chat.Role == store.RoleCounsellor }

// lastFocus is what the last question asked of its results: the part now
// asked, and the trades and costs of the last question's topic.
func (t *turn) lastFocus() focus {
	fc := focus{part: t.chat.Asked}
	if t.chat.Question != "" {
		last := index.Answer{Query: t.last()}
		fc.donors = last.Donors || t.counsellor()
		fc.match = func(f *seeds.Fiche) ([]int, []int) { return t.ix.Matching(f, last) }
		fc.years, fc.need, fc.unschooled = last.Years, last.Need, last.Unschooled
	}
	return fc
}

// followFocus is what a follow-up asks of the fiches shown (refs): the
// part now asked, the words it says (the cost items they name), and, when
// it asks a part, the trades and cost items it names ("c'est combien pour la couture ?") —
// else, for a fiche where it names none, the last question's. A follow-up
// that names some of a shown fiche's joins the topic later follow-ups keep
// ("ça dure combien ?" after it: the sewing course's length).
func (t *turn) followFocus(q index.Query, refs []string) focus {
	fc := t.lastFocus()
	fc.said, fc.acronyms, fc.about = t.saidFor(q.Text, q.Asked), acronymsIn(q.Text), refs
	fc.also = q.AlsoAsked
	if q.Years > 0 {
		fc.years = q.Years // "et à 45 ans ?"
	}
	fc.unschooled = fc.unschooled || q.Unschooled // "et s'il n'a pas le DEF ?"
	own := index.Answer{Query: q}
	names := func(ref string) bool {
		f, ok := t.ix.Fiche(ref)
		if !ok {
			return false
		}
		trades, costs := t.ix.Matching(f, own)
		return len(trades)+len(costs) > 0
	}
	if q.Asked == "" || !slices.ContainsFunc(refs, names) {
		return fc
	}
	last, acronyms := fc.match, fc.acronyms
	fc.match = func(f *seeds.Fiche) ([]int, []int) {
		trades, costs := t.ix.Matching(f, own)
		if len(trades) == 0 {
			// "le BT dure combien ?": the trades of the track named,
			// of those the last question asked when it asked some.
			trades = tracksNamed(f, acronyms)
			if last != nil {
				before, _ := last(f)
				if both := slices.DeleteFunc(slices.Clone(trades), func(i int) bool { return !slices.Contains(before, i) }); len(both) > 0 {
					trades = both
				}
			}
		}
		if len(trades)+len(costs) > 0 || last == nil {
			return trades, costs
		}
		return last(f)
	}
	if t.chat.Question != "" {
		t.chat.Question = index.Cut(t.chat.Question + " " + q.Text)
		t.lastQ = nil
	}
	return fc
}

// notUnderstood answers a message that names nothing to search: it says
// so, offers the needs to choose from and the counsellor.
func (t *turn) notUnderstood() Reply {
	need := func(n string) Button { return Button{Label: t.p.T(needLabel[n], nil), Data: "n:" + n} }
	return Reply{Text: t.p.T("not_understood", nil), Buttons: [][]Button{
		{need(seeds.NeedTraining), need(seeds.NeedFinance)},
		{need(seeds.NeedJob), need(seeds.NeedProtection)},
		{t.counsellorButton()},
	}}
}

// wordless answers a message with no letter or digit: an emoji of
// distress alone (😭🙏) gets the counsellor offer, anything else the menu.
func (t *turn) wordless(text string) []Reply {
	if q := t.ix.Understand(text); len(q.Distress) > 0 {
		return []Reply{{Text: t.p.T("distress_emoji", nil), Buttons: [][]Button{{t.counsellorButton()}}, Menu: t.menu()}}
	}
	return []Reply{{Text: t.p.T("empty_text", nil), Menu: t.menu()}}
}
