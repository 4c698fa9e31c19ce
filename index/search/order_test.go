package search

import "testing"

// TestRankKeyOrder checks that a rank key ranks by its first part that
// differs, the larger first, whatever the later parts say.
func TestRankKeyOrder(t *testing.T) {
	var named, covers, nearer rankKey
	named[keyNamed] = 1
	covers[keyShare], covers[keyNear] = 1, 2
	nearer[keyShare], nearer[keyNear], nearer[keyStarts] = 0.5, 2, 1
	for _, tt := range []struct {
		name        string
		first, then rankKey
	}{
		{"a fiche named before one that covers more", named, covers},
		{"a larger share before a nearer fiche", covers, nearer},
	} {
		if got := tt.first.compare(&tt.then); got >= 0 {
			t.Errorf("%s: compare = %d, want < 0", tt.name, got)
		}
		if got := tt.then.compare(&tt.first); got <= 0 {
			t.Errorf("%s: reversed compare = %d, want > 0", tt.name, got)
		}
	}
	if got := covers.compare(&covers); got != 0 {
		t.Errorf("equal keys: compare = %d, want 0", got)
	}
}
