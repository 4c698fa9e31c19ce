package console

import (
	"context"
	"os"
	"strings"
	"testing"

	"sira/bot"
	"sira/bot/store"
)

// TestPlayScores: checks are counted one by one, a turn passes when all its
// checks do, expectations are found in any case and forbids as written.
func TestPlayScores(t *testing.T) {
	convs, err := ReadConversations(strings.NewReader(`# a comment
{"id":"a","turns":[{"say":"/aide","expect_all":["/FORMER","écrivez"],"forbid":["/FORMER","/langue"]},{"say":"/langue","expect_any":["nope","Bamanankan"]}]}

{"id":"b","turns":[{"say":"/langue"},{"say":"Bamanankan","lang":"bm","expect_all":["bamanankan na"]}]}
`))
	if err != nil || len(convs) != 2 {
		t.Fatalf("read %d conversations, %v", len(convs), err)
	}
	st, err := store.OpenTemp()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sc := Play(context.Background(), bot.New(testIndex(t), st, bot.Options{NoCounsellors: NoCounsellors}), convs, 50)
	if sc.Conversations != 2 || sc.ConversationsPassed != 1 || sc.Turns != 4 || sc.TurnsPassed != 3 || sc.Checks != 6 || sc.ChecksPassed != 5 {
		t.Errorf("score = %+v", sc)
	}
	if len(sc.Failures) != 1 || sc.Failures[0].Check != "forbid /langue" || sc.Failures[0].Turn != 1 || !strings.Contains(sc.Failures[0].Answer, "/langue") {
		t.Errorf("failures = %+v", sc.Failures)
	}
	if _, err := ReadConversations(strings.NewReader("{not json}\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad line: %v", err)
	}
}

// TestConversations plays the conversation sets through the console's
// handler: each must keep at least the turns it passed when its floor was
// set (docs/evaluation.md has the history), so a change that breaks
// conversations says so here.
func TestConversations(t *testing.T) {
	for _, set := range []struct {
		file  string
		floor int // turns passed
	}{
		{"testdata/own.jsonl", 60},        // of 64
		{"testdata/own2.jsonl", 55},       // of 60
		{"testdata/fresh1.jsonl", 63},     // of 69
		{"testdata/qa.jsonl", 69},         // of 71
		{"testdata/fresh3.jsonl", 87},     // of 89
		{"testdata/own3.jsonl", 68},       // of 72
		{"testdata/fresh4.jsonl", 73},     // of 86
		{"testdata/fresh5.jsonl", 94},     // of 96
		{"testdata/own4.jsonl", 72},       // of 72
		{"testdata/own5.jsonl", 29},       // of 31
		{"testdata/safety.jsonl", 103},    // of 105
		{"testdata/fresh6.jsonl", 93},     // of 94
		{"testdata/fresh7.jsonl", 108},    // of 111
		{"testdata/own6.jsonl", 33},       // of 33
		{"testdata/own7.jsonl", 15},       // of 15
		{"testdata/fresh2.jsonl", 57},     // of 57
		{"testdata/fresh9.jsonl", 110},    // of 117 (112 before conv27: C9-22 wanted a donor's programme for a counsellor not read as one)
		{"testdata/fresh8.jsonl", 97},     // of 103
		{"testdata/own8.jsonl", 21},       // of 21
		{"testdata/safety-bm.jsonl", 18},  // of 20
		{"testdata/own9.jsonl", 45},       // of 46 (46 before conv27: own9-eoj-05's "conseiller" came from a donor card)
		{"testdata/own10.jsonl", 35},      // of 36
		{"testdata/fresh11.jsonl", 107},   // of 108
		{"testdata/contacts.jsonl", 22},   // of 24 (23 before conv27: "banki dinye" is not read as the World Bank)
		{"testdata/own11.jsonl", 68},      // of 71
		{"testdata/fresh13.jsonl", 102},   // of 106 (C13-07 t3: the lenders asked of "others" are on the first page)
		{"testdata/own12.jsonl", 26},      // of 26
		{"testdata/own13.jsonl", 53},      // of 54
		{"testdata/fresh15.jsonl", 116},   // of 119 (held out, run once at ce79eb9: 106)
		{"testdata/fresh18.jsonl", 64},    // of 64 (first run at 7bad88a: 52)
		{"testdata/fresh17.jsonl", 85},    // of 87 (held out, run once at 1ef2a7e: 83; C17-10 t2: the children's actors asked of "others" are on the first page)
		{"testdata/fresh19.jsonl", 110},   // of 116 (held out, run once at 150d0ba7: 104)
		{"testdata/fresh20.jsonl", 64},    // of 68 (first run at 1f87d71: 61; 65 before cards28: C20-13's "others" for an adult at Mopti were UNICEF and Caritas, whose aid ended)
		{"testdata/fresh22.jsonl", 50},    // of 51 (first run at 64d9ad7: 46)
		{"testdata/fresh24.jsonl", 107},   // of 110 (held out, run once at 0986296: 98)
		{"testdata/fresh25.jsonl", 106},   // of 110 (held out, run once at aac9c63 and 76cf9ae: 94)
		{"testdata/fresh26.jsonl", 105},   // of 111 (held out, run once at eaff0ad and 708f961: 98)
		{"testdata/own14.jsonl", 41},      // of 41 (first run at 7bad88a: 24)
		{"testdata/own15.jsonl", 16},      // of 16 (first run at df3fc86: 9)
		{"testdata/own16.jsonl", 18},      // of 18 (first run at ca597d3: 8)
		{"testdata/own17.jsonl", 36},      // of 36 (first run at 64d9ad7: 30)
		{"testdata/own18.jsonl", 42},      // of 42 (first run at 048fa84: 35)
		{"testdata/own19.jsonl", 45},      // of 45 (first run at 863fda0: 40)
		{"testdata/own21.jsonl", 16},      // of 16 (first run at e69ca3a: 11)
		{"testdata/own20.jsonl", 41},      // of 42 (first run at 76cf9ae: 36, checks corrected)
		{"testdata/answers17.jsonl", 63},  // of 63 (first run at 2196689: 54)
		{"testdata/answers18.jsonl", 72},  // of 73 (first run at 47be193: 62)
		{"testdata/fresh27.jsonl", 85},    // of 87 (held out, run once at 68d2958 and fe363d0: 78)
		{"testdata/fresh28.jsonl", 90},    // of 92 (held out, run once at 28124a2 and 4560c96: 88)
		{"testdata/answers19.jsonl", 54},  // of 55 (first run at 2e5cc75: 38)
		{"testdata/answers20.jsonl", 31},  // of 34 (first run at 5918925: 24)
		{"testdata/fresh29.jsonl", 73},    // of 76 (held out, run once at 6709c38 and b1f8982: 73)
		{"testdata/fresh30.jsonl", 52},    // of 57 (held out, run once at ac3d9d3 and 508519c: 52)
		{"testdata/fresh31.jsonl", 56},    // of 59 (held out, run once at acdb757 and 699d6c3: 54)
		{"testdata/fresh32.jsonl", 61},    // of 62 (held out, run once at afda6f8 and 90eba71: 60)
		{"testdata/answers21.jsonl", 63},  // of 68 (first run at ac6f34c: 64; 55 with the checks read answers showed)
		{"testdata/answers22.jsonl", 45},  // of 47 (first run at acdb757: 45)
		{"testdata/ended23.jsonl", 33},    // of 37 (first run at a4f7e65: 27)
		{"testdata/prot23.jsonl", 22},     // of 26 (first run at afda6f8: 12; 14 with its N'Ko turns checked in N'Ko)
		{"testdata/costsaid23.jsonl", 10}, // of 10 (first run at 8537fee: 8)
		{"testdata/follow24.jsonl", 43},   // of 44 (first run at dbe8960: 39; 44 before conv27: F24-14's APEJ came from a donor card)
		{"testdata/nearteach24.jsonl", 9}, // of 10 (first run at dbe8960: 4)
		{"testdata/ame24.jsonl", 12},      // of 15 (first run at dbe8960: 10)
		{"testdata/fresh33.jsonl", 61},    // of 61 (held out, run once at dbe8960 and cedec78: 58)
		{"testdata/fresh34.jsonl", 54},    // of 60 (held out, run once at 72524ca: 51, and 533ba74: 54)
		{"testdata/fresh35.jsonl", 54},    // of 61 (held out, run once at ac2f1bf: 49, and d9545d4: 49)
		{"testdata/fresh36.jsonl", 58},    // of 61 (held out, run once at f789c78: 55, and 61e3c92: 58)
		{"testdata/fresh37.jsonl", 57},    // of 61 (held out, run once at 60e2574: 55, and 044cd94: 57)
		{"testdata/fresh39.jsonl", 59},    // of 60 (held out, run once at 065b594: 58, and 87e8361: 58)
		{"testdata/fresh40.jsonl", 58},    // of 60 (held out, run once at e02d1a3: 54, and bceaa82: 58)
		{"testdata/fresh41.jsonl", 58},    // of 60 (held out, run once at 35e6e1a: 58, and 66f4d3c: 58)
		{"testdata/numbers31.jsonl", 10},  // of 10 (first run at 93b5e10: 9)
		{"testdata/answers25.jsonl", 49},  // of 49 (first run at 72524ca: 45)
		{"testdata/conv27.jsonl", 38},     // of 39 (first run at f789c78: 33)
		{"testdata/conv28.jsonl", 36},     // of 40 (first run at 60e2574: 26; C28-11's label corrected; C28-13: a donor third where the Markala centre was, planned29)
		{"testdata/age27.jsonl", 21},      // of 24 (first run at 9fb3cc2: 18; A27-06 expects the Markala centre, not offered since planned29)
		{"testdata/bm21.jsonl", 6},        // of 6 (had no floor until 61e3c92)
		{"testdata/school21.jsonl", 10},   // of 11 (had no floor until 61e3c92)
		{"testdata/ended25.jsonl", 26},    // of 29 (had no floor until 61e3c92)
		{"testdata/prot25.jsonl", 25},     // of 31 (had no floor until 61e3c92)
		{"testdata/conv26.jsonl", 42},     // of 45 (had no floor until 61e3c92)
		{"testdata/prot26.jsonl", 17},     // of 21 (had no floor until 61e3c92; 15 before age27)
		{"testdata/prot27.jsonl", 14},     // of 14 (had no floor until 61e3c92)
		{"testdata/cards28.jsonl", 13},    // of 15 (first run at 60e2574: 8)
		{"testdata/shelter28.jsonl", 24},  // of 24 (first run at 044cd94: 19; 23 with urgent28's rows; 24 with cards29's bed after another ask)
		{"testdata/public28.jsonl", 14},   // of 15 (first run at b1cecbb: 11)
		{"testdata/urgent28.jsonl", 13},   // of 13 (first run at 044cd94: 7, after the French " vous " forbid was dropped)
		{"testdata/cards29.jsonl", 30},    // of 39 (first run at 34745de: 27)
		{"testdata/frnat29.jsonl", 5},     // of 7 (first run at 34745de: 3; N29-02, N29-03 ask a school at the town, refused as own.tsv's G01)
		{"testdata/danger29.jsonl", 21},   // of 23 (first run at 34745de: 12)
		{"testdata/bmneg29.jsonl", 8},     // of 8 (written after the change; start binary 34745de: 3)
		{"testdata/protect29.jsonl", 17},  // of 19 (first run at 5cbf247: 11)
		{"testdata/planned29.jsonl", 19},  // of 23 (first run at 5ed0b7c: 13)
		{"testdata/conv30.jsonl", 57},     // of 63 (first run at cf3f027: 49)
		{"testdata/conv31.jsonl", 63},     // of 63 (fresh, run once at 0724d06: 55)
		{"testdata/prot32.jsonl", 20},     // of 20 (fresh, run once at aa1f7062: 20)
		{"testdata/conv32.jsonl", 31},     // of 36 (fresh, run once at aa1f706: 22)
		{"testdata/conv33.jsonl", 43},     // of 43 (fresh, run once at d9ac6057: 41)
		{"testdata/alt33.jsonl", 25},      // of 32 (fresh, run once at d9ac6057: 15)
	} {
		f, err := os.Open(set.file)
		if err != nil {
			t.Fatal(err)
		}
		convs, err := ReadConversations(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", set.file, err)
		}
		st, err := store.OpenTemp()
		if err != nil {
			t.Fatal(err)
		}
		sc := Play(context.Background(), bot.New(testIndex(t), st, bot.Options{NoCounsellors: NoCounsellors}), convs, 1)
		st.Close()
		if sc.TurnsPassed < set.floor {
			for _, f := range sc.Failures {
				t.Logf("%s turn %d %q: %s", f.Conversation, f.Turn, f.Say, f.Check)
			}
			t.Errorf("%s: %s; floor %d turns", set.file, sc, set.floor)
		}
	}
}
