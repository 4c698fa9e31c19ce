package report

import (
	"strings"
)

// A label is one way the report names a field. Labels are often split over
// two to four lines ("Capacité totale / (actuelle et à terme)"); inline
// labels may have their value on the same line ("Région Bamako").
type label struct {
	key    string
	text   string
	inline bool
}

// Field keys the importer uses. Labels not listed here still end the field
// before them, so that their text is not mistaken for the previous field.
const (
	keyRegion     = "region"
	keyCity       = "city"
	keyType       = "type"
	keySupport    = "support"
	keyCost       = "cost"
	keyPublic     = "public"
	keyCapacity   = "capacity"
	keyTrades     = "trades"
	keyShort      = "short"
	keyConditions = "conditions"
	keyReturnees  = "returnees"
	keyZones      = "zones"
	keyProjects   = "projects"
	keyGoals      = "goals"
	keyFocal      = "focal"
	keyContact    = "contact"
	keyContacts   = "contacts" // the "Contacts" heading: all that follows is contact data
	keyOther      = "other"
)

var labels = []label{
	{keyOther, "Pays", true},
	{keyRegion, "Région / Villes", true},
	{keyRegion, "Région / ville", true},
	{keyRegion, "Régions/ Villes", true},
	{keyRegion, "Région/Ville", true},
	{keyRegion, "Région", true},
	{keyCity, "Villes", true},
	{keyCity, "Ville", true},
	{keyOther, "Structure", false},
	{keyType, "Type de structure", true},
	{keySupport, "Type d'appui apporté", true},
	{keySupport, "Types d'appuis apportés", true},
	{keySupport, "Type d'appuis apportés", true},
	{keySupport, "Types d'appui proposés :", true},
	{keySupport, "Appui aux entrepreneurs", false},
	{keySupport, "Assistance aux migrants vulnérables", false},
	{keyOther, "Financements actuels / principaux", false},
	{keyOther, "Organisation et gouvernance", false},
	{keyCost, "Coût", true},
	{keyCost, "Coûts", true},
	{keyPublic, "Profil des bénéficiaires actuels", false},
	{keyPublic, "Profil des bénéficiaires", false},
	{keyCapacity, "Capacité totale (actuelle et à terme)", false},
	{keyCapacity, "Capacité d'absorption", true},
	{keyOther, "Stratégie de communication à destination des potentiels bénéficiaires", false},
	{keyOther, "Stratégie de communication", false},
	{keyOther, "Détails sur les formations", false},
	{keyOther, "Détails sur l'offre de service", false},
	{keyTrades, "Filières de formation", false},
	{keyShort, "Formations courtes", false},
	{keyConditions, "Conditions d'entrée", true},
	{keyConditions, "Conditions d'accès", true},
	{keyConditions, "Critères de sélection", true},
	{keyOther, "Types de formations", false},
	{keyOther, "Déroulé des formations", true},
	{keyOther, "Fréquence des cohortes", false},
	{keyOther, "Dominante (pratique ou théorique)", false},
	{keyOther, "Alphabétisation", true},
	{keyOther, "Curricula", true},
	{keyOther, "Formateurs", false},
	{keyOther, "Certification des formations", false},
	{keyOther, "Certification", false},
	{keyOther, "Perdiem et taux de déperdition", false},
	{keyOther, "Suivi post-formation", false},
	{keyOther, "Statistiques d'insertion sur le marché de l'emploi", false},
	{keyOther, "Partenariats", false},
	{keyReturnees, "Capacité d'intégration de migrants de retour dans la structure", false},
	{keyReturnees, "Capacité d'appui aux migrants de retour", false},
	{keyOther, "Partenariat avec le secteur privé", false},
	{keyOther, "Partenariats existants", false},
	{keyOther, "Partenariat / relation avec les mécanismes existants", false},
	{keyOther, "Perspectives / opportunités de partenariat pour la programmation future", false},
	{keyOther, "Perspectives / opportunités de partenariat à l'avenir", false},
	{keyOther, "Perspectives / opportunités de partenariat", false},
	{keyOther, "Remarques", false},
	{keyOther, "Défis exprimés", false},
	{keyOther, "Autres remarques / leçons apprises", false},
	{keyOther, "Autres remarques", false},
	{keyProjects, "Nom des projets", true},
	{keyProjects, "Noms des projets", true},
	{keyProjects, "Nom du projet", true},
	{keyProjects, "Nom du programme", true},
	{keyGoals, "Résumé des principaux objectifs des projets", false},
	{keyGoals, "Résumé des principaux objectifs du projet", false},
	{keyGoals, "Résumé des principaux objectifs du programme", false},
	{keyOther, "Durée des projets", true},
	{keyOther, "Durée du projet", true},
	{keyZones, "Zone(s) géographique(s)", true},
	{keyZones, "Zones géographiques", true},
	{keyZones, "Zone géographique", true},
	{keyOther, "Budgets", true},
	{keyOther, "Budget", true},
	{keyOther, "Ancrage et relation institutionnels", false},
	{keyOther, "Mécanismes de référencement mis en place", false},
	{keyOther, "Coordination avec les autorités nationales et les PTF", false},
	{keyContacts, "Contacts", false},
	{keyFocal, "Point(s) focal(aux)", true},
	{keyFocal, "Point focal", true},
	{keyContact, "Contact", true},
}

// normLabels are the labels with their text normalised once.
var normLabels = func() []label {
	out := make([]label, len(labels))
	for i, l := range labels {
		out[i] = label{key: l.key, text: normLabel(l.text), inline: l.inline}
	}
	return out
}()

// normLabel makes label matching blind to apostrophe style and spacing.
func normLabel(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// A field is a labelled run of lines in a section.
type field struct {
	key, label string
	lines      []string
}

// fields cuts a section's lines at every label. Lines before the first label
// (the fiche's own name) come as a field with key "".
func fields(lines []string) []field {
	out := []field{{}}
	for i := 0; i < len(lines); {
		l, rest, used := matchLabel(lines[i:])
		if used == 0 {
			out[len(out)-1].lines = append(out[len(out)-1].lines, lines[i])
			i++
			continue
		}
		f := field{key: l.key, label: l.text}
		if rest != "" {
			f.lines = append(f.lines, rest)
		}
		out = append(out, f)
		i += used
	}
	return out
}

// matchLabel tries every label against the start of lines, joining up to four
// lines. It returns the longest label that matches, what is left of its last
// line, and how many lines it used.
func matchLabel(lines []string) (label, string, int) {
	var (
		best     label
		bestLen  int
		bestRest string
		bestUsed int
	)
	joined := ""
	for n := 0; n < 4 && n < len(lines); n++ {
		if n > 0 {
			joined += " "
		}
		start := len(joined)
		joined += normLabel(lines[n])
		for _, l := range normLabels {
			t := l.text
			if len(t) <= bestLen || len(t) <= start || !strings.HasPrefix(joined, t) {
				continue
			}
			rest := strings.TrimSpace(joined[len(t):])
			if rest != "" && (!l.inline || !strings.HasPrefix(joined[len(t):], " ")) {
				continue
			}
			best, bestLen, bestRest, bestUsed = l, len(t), rest, n+1
		}
	}
	return best, bestRest, bestUsed
}

// NextLabel is where the first label of the report begins in s ("Profil
// des bénéficiaires actuels" after a list of funders run into it), or
// len(s) when s holds none: where a field's text quoted from s ends.
func NextLabel(s string) int {
	end := len(s)
	for _, l := range labels {
		if i := strings.Index(s[:end], l.text); i >= 0 {
			end = i
		}
	}
	return end
}
