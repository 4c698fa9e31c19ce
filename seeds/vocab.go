package seeds

// National marks a fiche that serves the whole country.
const National = "national"

// Capital is the id of Bamako's region, where the bodies that serve the
// whole country have their national offices.
const Capital = "bamako"

// regions are Mali's regions (as ASCII ids) plus National, with their
// display names, in the order people are offered them. The list is fixed:
// a fiche naming anything else is an error.
var regions = [...]struct{ id, name string }{
	{Capital, "Bamako"}, {"kayes", "Kayes"}, {"koulikoro", "Koulikoro"}, {"sikasso", "Sikasso"},
	{"segou", "Ségou"}, {"mopti", "Mopti"}, {"tombouctou", "Tombouctou"}, {"gao", "Gao"},
	{"kidal", "Kidal"}, {"menaka", "Ménaka"}, {"taoudeni", "Taoudéni"}, {National, "tout le Mali"},
}

// RegionIDs are the regions' ids, in the order people are offered them;
// Regions maps each to its display name.
var RegionIDs, Regions = func() ([]string, map[string]string) {
	ids, names := make([]string, len(regions)), make(map[string]string, len(regions))
	for i, r := range regions {
		ids[i], names[r.id] = r.id, r.name
	}
	return ids, names
}()

// The four needs a person can bring to Sira.
const (
	NeedTraining   = "formation"
	NeedFinance    = "financement"
	NeedJob        = "emploi"
	NeedProtection = "protection"
)

// Needs lists the needs in menu order.
var Needs = []string{NeedTraining, NeedFinance, NeedJob, NeedProtection}

// KindDonor is the kind of the fiches that fund programmes: donors.
const KindDonor = "bailleur"

// KindFund is the kind of the funds that invest in firms (Zira, Mali
// Angel): they take firms already running, by their turnover or a contest.
const KindFund = "fonds d'investissement"

// KindPlacement is the kind of the firms that recruit and place workers
// with employers (RMO, SAER-Emploi, BR Consulting).
const KindPlacement = "placement"

// Kinds lists the kinds of structure a fiche may describe.
var Kinds = []string{
	"centre de formation", "incubateur", "agence publique", "ONG", "banque",
	"microfinance", KindFund, KindPlacement, "protection",
	KindDonor, "projet",
}

// kindFocus is the need each kind of structure serves first: a training
// centre trains, a bank lends. Kinds that serve many needs have none.
var kindFocus = map[string]string{
	"centre de formation": NeedTraining, "incubateur": NeedFinance, "banque": NeedFinance,
	"microfinance": NeedFinance, KindFund: NeedFinance, KindPlacement: NeedJob,
	"protection": NeedProtection,
}

// lenderKinds are the kinds of structure whose trade is lending: a bank, a
// microfinance (not an incubator, nor a fund that takes shares).
var lenderKinds = map[string]bool{"banque": true, "microfinance": true}

// LenderKind reports whether a kind of structure is one whose trade is lending.
func LenderKind(kind string) bool { return lenderKinds[kind] }

// Focus returns the need the fiche's kind serves first, or "".
func (f *Fiche) Focus() string { return kindFocus[f.Kind] }

// Statuses of a fiche: whether its service still runs.
const (
	StatusActive  = "active"
	StatusEnded   = "ended"
	StatusPlanned = "planned"
)

// statuses lists the statuses a fiche may have.
var statuses = []string{StatusActive, StatusEnded, StatusPlanned}

// Audiences of a fiche: who can reach it.
const (
	AudiencePublic    = "public"
	AudienceProgramme = "programme"
)

// audiences lists the audiences a fiche may have.
var audiences = []string{AudiencePublic, AudienceProgramme}

// Periods lists what a cost item's amount is paid for: once, each month,
// each year, or the whole course. A cost item whose period the report does
// not give has none ("").
var Periods = []string{"une fois", "mois", "an", "formation"}
