package bot

import "sira/seeds"

// call sends a fiche's numbers as contact cards: one tap to call, or to
// save the number for later. A fiche with no phone gets its details.
func (t *turn) call(f *seeds.Fiche) []Reply {
	var rs []Reply
	for _, c := range f.Contacts {
		if len(c.Phones) == 0 {
			continue
		}
		name := shortName(f)
		if c.Name != "" {
			name = c.Name + " — " + name
		}
		rs = append(rs, Reply{Contact: &Contact{Phone: c.Phones[0], Name: name}})
		if len(rs) == 3 {
			break
		}
	}
	if len(rs) == 0 {
		return t.details(f)
	}
	return rs
}
