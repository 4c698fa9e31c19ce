package report

import (
	"fmt"
	"strings"

	"sira/seeds"
)

// FileName is the fiche's file name under seeds/fiches: "p01-cfp-missabougou.toml".
func FileName(f seeds.Fiche) string {
	return strings.ToLower(f.Ref) + "-" + f.Slug + ".toml"
}

// Encode writes a fiche as TOML laid out for people: one field a line, long
// texts as multi-line strings, contacts as tables, header comments first.
func Encode(f seeds.Fiche, comments ...string) []byte {
	var b strings.Builder
	for _, c := range comments {
		for _, l := range strings.Split(c, "\n") {
			b.WriteString("# " + l + "\n")
		}
	}
	kv := func(k, v string) { fmt.Fprintf(&b, "%s = %s\n", k, tomlString(v)) }
	list := func(k string, vs []string) {
		q := make([]string, len(vs))
		for i, v := range vs {
			q[i] = tomlString(v)
		}
		fmt.Fprintf(&b, "%s = [%s]\n", k, strings.Join(q, ", "))
	}
	kv("ref", f.Ref)
	kv("slug", f.Slug)
	kv("name", f.Name)
	list("acronyms", f.Acronyms)
	kv("kind", f.Kind)
	list("needs", f.Needs)
	list("regions", f.Regions)
	list("cities", f.Cities)
	if f.Zones != "" {
		kv("zones", f.Zones)
	}
	kv("checked", f.Checked)
	kv("status", f.Status)
	if f.Ended != "" {
		kv("ended", f.Ended)
	}
	if f.Note != "" {
		kv("note", f.Note)
	}
	if len(f.AidEnded) > 0 {
		list("aid_ended", f.AidEnded)
	}
	kv("audience", f.Audience)
	kv("summary", f.Summary)
	kv("summary_bm", f.SummaryBm)
	kv("offer", f.Offer)
	list("conditions", f.Conditions)
	list("documents", f.Documents)
	kv("public", f.Public)
	kv("returnees", f.Returnees)
	kv("capacity", f.Capacity)
	list("websites", f.Websites)
	kv("text", f.Text)
	b.WriteString("\n[costs]\n")
	kv("text", f.Costs.Text)
	if len(f.Costs.Items) == 0 {
		if named := seeds.Amounts(f.Costs.Text); len(named) > 0 {
			// A draft cannot tell what each sum pays for: the editor writes the items.
			fmt.Fprintf(&b, "# amounts named above, to write as [[costs.items]]: %s\n", strings.Trim(fmt.Sprint(named), "[]"))
		}
	}
	for _, c := range f.Costs.Items {
		b.WriteString("\n[[costs.items]]\n")
		kv("what", c.What)
		fmt.Fprintf(&b, "min = %d\n", c.Min)
		if c.Max != 0 {
			fmt.Fprintf(&b, "max = %d\n", c.Max)
		}
		kv("per", c.Per)
	}
	for _, t := range f.Trades {
		b.WriteString("\n[[trades]]\n")
		kv("name", t.Name)
		if t.Duration != "" {
			kv("duration", t.Duration)
		}
	}
	for _, c := range f.Contacts {
		b.WriteString("\n[[contacts]]\n")
		kv("name", c.Name)
		kv("role", c.Role)
		list("phones", c.Phones)
		list("emails", c.Emails)
	}
	return []byte(b.String())
}

// tomlString quotes s as a TOML string: a multi-line literal when it has
// line breaks (readable, no escapes), a basic string otherwise.
func tomlString(s string) string {
	if strings.Contains(s, "\n") && !strings.Contains(s, "'''") && !strings.ContainsAny(s, "\r\x00") {
		return "'''\n" + s + "'''"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
