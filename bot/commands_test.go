package bot

import (
	"slices"
	"strings"
	"testing"

	"sira/locales"
)

func TestCommands(t *testing.T) {
	set, err := readCommands(commandsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for word, does := range map[string]string{"kan": doLanguage, "mara": doRegion, "ladilikela": doCounsellor, "former": "formation", "fermer": doClose} {
		if set.does[word] != does {
			t.Errorf("/%s does %q, want %q", word, set.does[word], does)
		}
	}
	// Every word of a menu is described in every language.
	for _, lang := range locales.Languages {
		ids, err := locales.IDs(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, word := range append(slices.Clone(set.people), set.group...) {
			if !slices.Contains(ids, "cmd_"+word) {
				t.Errorf("%s: no message cmd_%s for the menu", lang, word)
			}
		}
	}
	const header = "word\tdoes\tmenu\n"
	for _, tt := range []struct{ data, want string }{
		{header + "Aide\thelp\tpeople\n", `line 2: "Aide" is not a command`},
		{header + "aide\thelp\tpeople\naide\thelp\t-\n", `line 3: "aide" twice (also line 2)`},
		{header + "aide\taider\tpeople\n", `line 2: unknown action "aider"`},
		{header + "aide\thelp\tall\n", `line 2: unknown menu "all"`},
		{header + "aide\thelp\n", "line 2: want 3 columns"},
	} {
		if _, err := readCommands(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readCommands(%q) = %v, want %q", tt.data, err, tt.want)
		}
	}
}
