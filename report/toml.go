package report

import (
	"fmt"
	"strconv"
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
	kv("summary", f.Summary)
	kv("offer", f.Offer)
	kv("conditions", f.Conditions)
	kv("public", f.Public)
	kv("returnees", f.Returnees)
	kv("capacity", f.Capacity)
	list("websites", f.Websites)
	kv("text", f.Text)
	b.WriteString("\n[costs]\n")
	kv("text", f.Costs.Text)
	nums := make([]string, len(f.Costs.FCFA))
	for i, n := range f.Costs.FCFA {
		nums[i] = strconv.Itoa(n)
	}
	fmt.Fprintf(&b, "fcfa = [%s]\n", strings.Join(nums, ", "))
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
