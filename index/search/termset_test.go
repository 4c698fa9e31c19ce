package search

import (
	"slices"
	"testing"
)

// A term set's slot takes room for its ids at its first id only (a slot
// that holds none stays nil: found and teachesHere read that), keeps
// growing past its room, and a slot finds none when the room is used up.
func TestIDRoom(t *testing.T) {
	held := newHeldTerms(0)
	for i, term := range []string{"a", "b", "c", "d", "e", "f"} {
		held.ids[heldText][term] = uint32(i)
	}
	room := newIDRoom(1) // two slots' room
	var ids [searched][]uint32
	ts := termSet{ids: &ids}
	if got := ts.add(held, &room, fHead, "a"); got != nil || ids[slotHead] != nil {
		t.Errorf("no id held: %v, slot %v", got, ids[slotHead])
	}
	if got := ts.add(held, &room, fText, "a", "zz", "b"); !slices.Equal(got, []uint32{0, 1}) {
		t.Errorf("text ids %v", got)
	}
	if got := ts.add(held, &room, fText, "c", "d", "e"); !slices.Equal(got, []uint32{2, 3, 4}) || !slices.Equal(ids[slotText], []uint32{0, 1, 2, 3, 4}) {
		t.Errorf("past its room: %v, slot %v", got, ids[slotText])
	}
	if len(room) != idsAtFirst {
		t.Errorf("room left %d, want %d", len(room), idsAtFirst)
	}
	if r := room.take(); r == nil || cap(r) != idsAtFirst {
		t.Errorf("second room: cap %d", cap(r))
	}
	if r := room.take(); r != nil {
		t.Errorf("room past the end: %v", r)
	}
}
