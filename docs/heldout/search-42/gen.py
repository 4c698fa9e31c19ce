#!/usr/bin/env python3
"""Build and check the held-out set search-42 (questions.tsv, conversations.jsonl, nko_sources.tsv).

Reads only: /work/main/seeds/fiches/*.toml and /work/shared/bambara/nko.tsv.
Run: python3 gen.py   (writes next to this file, then runs the checks; exits 1 on any failure)
"""
import glob, json, os, random, re, sys, tomllib, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FICHES = "/work/main/seeds/fiches"
NKO_TSV = "/work/shared/bambara/nko.tsv"

# ----------------------------------------------------------------------------- fiches
F = {}
for p in sorted(glob.glob(os.path.join(FICHES, "*.toml"))):
    d = tomllib.load(open(p, "rb"))
    F[d["ref"]] = d

def region_ok(ref, region):
    r = F[ref].get("regions", [])
    return region in r or "national" in r

NEED = {"train": "formation", "finance": "financement", "protect": "protection", "job": "emploi"}

# ----------------------------------------------------------------------------- N'Ko
CONS = {"b": "\u07d3", "p": "\u07d4", "t": "\u07d5", "j": "\u07d6", "c": "\u07d7", "d": "\u07d8",
        "r": "\u07d9", "s": "\u07db", "f": "\u07dd", "k": "\u07de", "l": "\u07df", "m": "\u07e1",
        "ɲ": "\u07e2", "n": "\u07e3", "h": "\u07e4", "w": "\u07e5", "y": "\u07e6",
        "g": "\u07dc\u07ed", "z": "\u07d6\u07ed", "v": "\u07dd\u07ed"}
VOW = {"a": "\u07ca", "e": "\u07cb", "i": "\u07cc", "ɛ": "\u07cd", "u": "\u07ce", "o": "\u07cf", "ɔ": "\u07d0"}
LONG, NAS, DAG, SYLN = "\u07ef", "\u07f2", "\u07d1", "\u07d2"
PUNCT = {"?": "\u061f", ",": "\u07f8", "!": "\u07f9"}
DIG = {str(i): chr(0x07C0 + i) for i in range(10)}


def latin_tokens(word):
    """word (lower case, letters only) -> list of tokens ('C',l) ('V',v,long,nasal) ('N',) ('D',l)"""
    toks, i, n = [], 0, len(word)
    while i < n:
        ch = word[i]
        if ch in VOW:
            long_ = i + 1 < n and word[i + 1] == ch
            j = i + (2 if long_ else 1)
            nasal = j < n and word[j] == "n" and (j + 1 >= n or word[j + 1] not in VOW)
            toks.append(("V", ch, long_, nasal))
            i = j + (1 if nasal else 0)
        elif ch in CONS:
            nxt = word[i + 1] if i + 1 < n else ""
            if ch == "n" and nxt not in VOW:
                toks.append(("N",))
            elif nxt in VOW:
                toks.append(("C", ch))
            else:
                toks.append(("D", ch))  # consonant with no vowel: dagbasinna
            i += 1
        else:
            raise ValueError(f"letter {ch!r} in {word!r} has no N'Ko mapping here")
    return toks


def gbarali(toks):
    out, i, drop = list(toks), 0, set()
    while i + 3 < len(out):
        a, b, c, d = out[i], out[i + 1], out[i + 2], out[i + 3]
        if (a[0] == "C" and b[0] == "V" and not b[2] and not b[3] and c[0] == "C" and d[0] == "V"
                and d[1] == b[1] and (i == 0 or out[i - 1][0] != "C")):
            drop.add(i + 1)
            i += 4
        else:
            i += 1
    return [t for k, t in enumerate(out) if k not in drop]


def to_nko(latin, gb):
    res = []
    for part in re.findall(r"[^\W\d_]+|\d+|\s+|.", latin.lower()):
        if part[0].isalpha():
            toks = latin_tokens(part)
            if gb:
                toks = gbarali(toks)
            for t in toks:
                if t[0] == "C":
                    res.append(CONS[t[1]])
                elif t[0] == "D":
                    res.append(CONS[t[1]] + DAG)
                elif t[0] == "N":
                    res.append(SYLN)
                else:
                    res.append(VOW[t[1]] + (LONG if t[2] else "") + (NAS if t[3] else ""))
        elif part.isdigit():
            res.append("".join(DIG[c] for c in part))
        elif part in PUNCT:
            res.append(PUNCT[part])
        else:
            res.append(part)
    return "".join(res)


# reader built from nko.tsv only
def load_nko_table():
    single, digraph = {}, {}
    for line in open(NKO_TSV, encoding="utf-8").read().splitlines()[1:]:
        cols = line.split("\t")
        ch, lat, note = cols[0], cols[2], cols[3] if len(cols) > 3 else ""
        if len(ch) == 2:
            digraph[ch] = lat
        else:
            single[ch] = (lat, note)
    return single, digraph

NKO_SINGLE, NKO_DIGRAPH = load_nko_table()
N_VOWELS = {c for c, (l, note) in NKO_SINGLE.items() if note.startswith("vowel")}
N_CONS = {c for c, (l, note) in NKO_SINGLE.items() if note.startswith("consonant")}
LONG_MARKS = {"\u07ee", "\u07ef", "\u07f0", "\u07f1"}
SHORT_MARKS = {"\u07eb", "\u07ec", "\u07ed", "\u07f3", "\u07fd"}


def read_nko(s):
    units, i = [], 0
    while i < len(s):
        ch = s[i]
        if s[i:i + 2] in NKO_DIGRAPH:
            units.append(("C", NKO_DIGRAPH[s[i:i + 2]])); i += 2; continue
        if ch in N_CONS:
            units.append(("C", NKO_SINGLE[ch][0])); i += 1; continue
        if ch in N_VOWELS:
            v, i = NKO_SINGLE[ch][0], i + 1
            long_ = nas = False
            while i < len(s) and (s[i] in LONG_MARKS or s[i] in SHORT_MARKS or s[i] == NAS):
                long_ |= s[i] in LONG_MARKS; nas |= s[i] == NAS; i += 1
            units.append(("V", v, long_, nas)); continue
        if ch == DAG:
            units.append(("DAG",)); i += 1; continue
        if ch in NKO_SINGLE:
            units.append(("O", NKO_SINGLE[ch][0])); i += 1; continue
        units.append(("O", ch)); i += 1
    out = []
    for k, u in enumerate(units):
        if u[0] == "C":
            out.append(u[1])
            nxt = units[k + 1] if k + 1 < len(units) else None
            nn = units[k + 2] if k + 2 < len(units) else None
            if nxt and nxt[0] == "C" and nn and nn[0] == "V":
                out.append(nn[1])  # gbarali: repeat the vowel after the first consonant
        elif u[0] == "V":
            out.append(u[1] * (2 if u[2] else 1) + ("n" if u[3] else ""))
        elif u[0] == "O":
            out.append(u[1])
    return "".join(out)


# ----------------------------------------------------------------------------- questions
# script: fr | bm (standard) | bmp (phone spelling) | nko (Latin source, written in N'Ko)
# (script, kind, relevant, text, region-or-None, gbarali-for-nko)
Q = [
# ---------------- train: fr 18
("fr", "train", "P01,P02,P04", "bjr jai 24 ans je suis rentre de libye en mars, la je suis a bamako chez mon oncle. je veux apprendre la soudure mais je nai pas le DEF. c ou svp", "bamako"),
("fr", "train", "P17,P34,P14,P15", "Bonjour, je suis conseillère EOJ à Sikasso. Une jeune de 17 ans, revenue d'Algérie il y a un mois, voudrait se former en couture ou en teinture. Elle a arrêté l'école en 6e. Quelles structures peuvent l'accueillir dans la région ?", "sikasso"),
("fr", "train", "P05", "mon fils a 19 ans il a eu le DEF l'an passe, il veut faire mecanique auto a kayes. c possible ou pas", "kayes"),
("fr", "train", "P07,P08,P19", "salam. jai fait 3 ans en espagne dans les serres a almeria, on ma renvoye en 2023. la je suis a kayes. je veux me former serieusement en maraichage ou elevage pour monter mon truc au village. ya quoi", "kayes"),
("fr", "train", "P13,P12", "formation informatique programmation python a bamako pour jeune sans emploi ?", "bamako"),
("fr", "train", "P01", "Bonsoir je suis une femme de 38 ans, rentree de Cote d'Ivoire avec mes 2 enfants apres le deces de mon mari. Je loue une chambre a Missabougou. Je voudrais apprendre la coiffure, pas trop loin de chez moi", "bamako"),
("fr", "train", "P06", "ya t il un centre pour apprendre la comptabilite a kayes? jai le niveau 9e et je parle bien francais", "kayes"),
("fr", "train", "P07", "je veux apprendre a conduire les tracteurs et reparer les motopompes, ça se fait ou au mali", None),
("fr", "train", "P33,P20", "Bonjour, agent ANPE à Kita. Un migrant de retour de 30 ans, cultivateur avant son départ, cherche une formation en agroécologie près de Kita. Qui peut le prendre ?", "kayes"),
("fr", "train", "P07,P05", "jveux apprendre electricite batiment et les panneaux solaires, je suis a kayes depuis mon retour de gabon", "kayes"),
("fr", "train", "P14,P15", "bon moi je suis revenu du maroc ya deux semaines je reste a segou chez mes parents je veux faire une formation nimporte quoi mecanique ou autre vraiment je veux travailler je veux pas rester assis", "segou"),
("fr", "train", "P01,P02,P03", "formation froid et climatisation a bamako, ca dure combien de mois ?", "bamako"),
("fr", "train", "P34,P03", "ma fille a 15 ans elle a quitte l'ecole cette annee, elle veut apprendre a faire le savon et les bougies a bamako, ou l'inscrire", "bamako"),
("fr", "train", "P06", "hotellerie tourisme formation, je suis a kayes avec le DEF", "kayes"),
("fr", "train", "P34,P01", "Bonjour, je suis assistante sociale à Bamako. Un garçon de 16 ans, rentré du Niger, hébergé chez un voisin, voudrait apprendre la menuiserie. Où l'orienter pour une formation ?", "bamako"),
("fr", "train", "P02,P05", "je cherche une formation conduite et entretien des engins lourds (bulldozer, pelle) au mali", None),
("fr", "train", "P10,P14", "je veux creer mon entreprise mais je sais pas faire un business plan. formation en entrepreneuriat a mopti ?", "mopti"),
("fr", "train", "P01", "alphabetisation pour adulte a bamako, jai 45 ans je sais pas lire ni ecrire, ca me fait honte", "bamako"),
# ---------------- train: bm 4 / bmp 4 / nko 4
("bm", "train", "P05,P07", "N ye tungarankɛ seginnen ye, n bɛ Kayi. N b'a fɛ ka nɛgɛ baara dege. Kalanyɔrɔ jumɛn bɛ yen?", "kayes"),
("bm", "train", "P34,P01", "N denmuso ye san 16 ye, a tɛ lakɔli la tun. A b'a fɛ ka kalali dege Bamakɔ. A bɛ se ka taa min?", "bamako"),
("bm", "train", "P07,P08", "Baganmara ani nakɔbaara kalan bɛ sɔrɔ min Kayi?", "kayes"),
("bm", "train", "P01", "N ye muso ye, n san ye 22 ye. N b'a fɛ ka kunsigi dilan dege Bamakɔ.", "bamako"),
("bmp", "train", "P14,P15", "n be segu sisan, n bora libi. n ba fe ka baarakalan ke, baara o baara", "segou"),
("bmp", "train", "P01,P02", "jiri baara kalan be bamako wa? n ye san 20 ye, dipulomu tn bolo", "bamako"),
("bmp", "train", "P33", "n bè kita, n ba fè ka sènè dege ani jatebo", "kayes"),
("bmp", "train", "P13,P12", "ordinateri kalan be bamako wa? n ba fe ka enterineti baara dege", "bamako"),
("nko", "train", "P07,P08", "n bɛ a fɛ ka nakɔbaara dege Kayi", "kayes", True),
("nko", "train", "P01,P03", "kalali kalan bɛ sɔrɔ Bamakɔ wa?", "bamako", False),
("nko", "train", "P01", "balikukalan bɛ kɛ min Bamakɔ?", "bamako", True),
("nko", "train", "P05,P07", "kuran baara kalan bɛ Kayi wa?", "kayes", False),
# ---------------- finance: fr 10
("fr", "finance", "P26,P24,P14,P10,P11,P27,P12", "bjr je suis rentré de france apres 12 ans de travail dans le nettoyage. jai un peu d'economies et je veux ouvrir une petite unite de transformation de fruits a bamako. qui peut m'aider a trouver un financement ?", "bamako"),
("fr", "finance", "P21", "credit pour acheter des moutons a sikasso, ya une banque agricole ?", "sikasso"),
("fr", "finance", "P21", "Je suis éleveur à Mopti, j'ai 40 têtes. Je veux un prêt pour agrandir mon enclos et acheter de l'aliment bétail.", "mopti"),
("fr", "finance", "P22", "microcredit pour petit commerce, je suis une femme je vends des condiments au marche de bamako", "bamako"),
("fr", "finance", "P19,P14,P15,P12,P21", "Bonjour, je suis travailleur social à Kayes. Un migrant de retour de 33 ans veut lancer un petit élevage de poulets et cherche un appui ou un financement. Quelles structures peuvent l'aider ?", "kayes"),
("fr", "finance", "P23,P24", "jai une entreprise de cosmetiques a bamako depuis 4 ans, chiffre d'affaires 150 millions, je cherche un investisseur pour agrandir", "bamako"),
("fr", "finance", "P14", "est ce que l'APEJ donne des kits de demarrage ? jai 28 ans et je veux faire de la soudure a mon compte", None),
("fr", "finance", "P14,P15,P10,P21,P20", "mon projet c'est la pisciculture, jai deja le terrain pres du fleuve a segou mais pas l'argent pour les bassins. fond de demarrage ?", "segou"),
("fr", "finance", "P11,P13,P10", "on est 3 jeunes avec une appli de livraison a bamako, on a un prototype qui marche. programme d'acceleration ou investisseurs ?", "bamako"),
("fr", "finance", "P16", "comment enregistrer mon entreprise officiellement a segou, guichet unique ?", "segou"),
# ---------------- finance: bm 2 / bmp 2 / nko 2
("bm", "finance", "P21", "N ye sɛnɛkɛla ye Sikaso, n b'a fɛ ka juru sɔrɔ banki la.", "sikasso"),
("bm", "finance", "P14,P22,P24,P10,P11,P27,P12", "N b'a fɛ ka jago daminɛ Bamakɔ. Wari dɛmɛ bɛ sɔrɔ min?", "bamako"),
("bmp", "finance", "P19,P14,P15,P12", "n be kayi, tunkaranke seginnen don, n ba fe ka jago damine. deme be soro min", "kayes"),
("bmp", "finance", "P22", "jurudonkesu be bamako wa? muso don, n ba fe ka jurudon ke", "bamako"),
("nko", "finance", "P21,P14", "n bɛ a fɛ ka juru sɔrɔ ka baganmara kɛ Segu", "segou", True),
("nko", "finance", "P22", "jurudonkɛsu bɛ Bamakɔ wa?", "bamako", False),
# ---------------- protect: fr 17
("fr", "protect", "P35,P32", "on ma expulse d'algerie hier, on nous a laisse a la gare routiere de sogoniko, jai rien, pas d'argent pas de telephone. je dors dehors", "bamako"),
("fr", "protect", "P34,P32", "Bonjour, je suis conseiller EOJ à Gao. Un garçon de 14 ans est arrivé seul d'Algérie, il dit que sa famille est vers Ménaka mais il ne sait pas où exactement. Que faire ?", "gao"),
("fr", "protect", "P32", "ma soeur est partie en libye ya 2 ans on a plus aucune nouvelle, son numero ne passe plus. comment la retrouver", None),
("fr", "protect", "P35,P32", "Je suis rentrée du Liban l'an dernier. Là-bas on m'a pris mon passeport et j'ai travaillé un an sans salaire. Maintenant je suis à Bamako chez ma tante, je fais des cauchemars toutes les nuits. Je voudrais parler à quelqu'un et aussi récupérer mes papiers.", "bamako"),
("fr", "protect", "P34,P36,P32", "une fille de 16 ans a ete vendue par un passeur, elle sest enfuie et elle est chez nous a kayes, elle a peur. aidez nous svp", "kayes"),
("fr", "protect", "P36,P32", "nous sommes deplaces, on a fui notre village vers bandiagara, on dort sous une bache a sevare avec les enfants, il ny a rien a manger", "mopti"),
("fr", "protect", "P35,P32", "Bjr je suis de retour de Mauritanie, je veux apprendre la maconnerie a Bamako. Mais avant il faut que je dise: mon patron la bas me frappait, jai le bras casse mal soigne et je n'ai pas d'argent pour l'hopital", "bamako"),
("fr", "protect", "P32", "des hommes armes nous ont arretes sur la route, ils ont pris tout mon argent et mes papiers. je suis a tombouctou maintenant je connais personne", "tombouctou"),
("fr", "protect", "P34,P32", "mon petit frere de 15 ans a ete recrute par un groupe arme vers gao, il a fui la semaine passee. il est a gao chez un ami, qui peut l'aider", "gao"),
("fr", "protect", "P36,P32", "Bonjour, je suis travailleur social à Ségou. Une femme seule avec 3 enfants, revenue du Niger, a subi des violences sur la route et n'a nulle part où loger. Vers qui l'orienter ?", "segou"),
("fr", "protect", "P32", "je suis camerounais en transit a kidal, je suis malade et jai faim, ya une aide pour les migrants ici", "kidal"),
("fr", "protect", "P32,P35", "allo bon voila mon cousin il a ete renvoye de tunisie on la depose a la frontiere il est arrive a kayes il a rien il dort a la gare il a besoin daide", "kayes"),
("fr", "protect", "P34,P32", "un enfant de 12 ans mendie seul devant la gare de sikasso depuis 3 jours, il parle pas bambara, il dit quil vient du burkina", "sikasso"),
("fr", "protect", "P35,P32", "Mon mari m'a chassée avec mes enfants juste après mon retour d'Arabie saoudite. Je suis à Bamako sans logement depuis une semaine.", "bamako"),
("fr", "protect", "P35,P32", "on m'a retire ma carte NINA et mon passeport a la frontiere quand on m'a refoule. je suis a bamako, comment les recuperer", "bamako"),
("fr", "protect", "P34,P32", "jeune fille 17 ans exploitee comme domestique a koulikoro, pas payee depuis 8 mois, la patronne la frappe. elle veut partir", "koulikoro"),
("fr", "protect", "P36,P32", "Bonjour, je suis psychologue dans un CSCOM à Djenné. Plusieurs jeunes revenus de Libye présentent des traumatismes et des troubles du sommeil. Existe-t-il un appui psychosocial pour les migrants dans la zone ?", "mopti"),
# ---------------- protect: bm 4 / bmp 5 / nko 4
("bm", "protect", "P35,P32", "U ye n gɛn ka bɔ Alizeri, n sera Bamakɔ kunun. Jayɔrɔ tɛ n fɛ, wari tɛ n bolo.", "bamako"),
("bm", "protect", "P32", "N balimakɛ tununna Libi sira kan san fila ni, an b'a ɲini.", None),
("bm", "protect", "P34,P36,P32", "Denmisɛn dɔ bɛ yan Kayi, a kelen. A fa ni a ba tɛ yan. A san ye 13 ye.", "kayes"),
("bm", "protect", "P36,P32", "Muso dɔ ye binkanni sɔrɔ sira kan, a bɛ Mɔti sisan, a mago bɛ dɛmɛ na.", "mopti"),
("bmp", "protect", "P35,P32", "u ye n feere libi, sisan n be bamako, n mago be deme na", "bamako"),
("bmp", "protect", "P34,P32", "denmisen dow be gare la gao, u te dumuni soro, u bangebaaw te yen", "gao"),
("bmp", "protect", "P35,P32", "polisi ye n ka pasipori mina, n be kayi, n te se ka segin so", "kayes"),
("bmp", "protect", "P36,P32", "an bora an ka dugu kele kosoon, an be segu sisan, jayoro tan fe", "segou"),
("bmp", "protect", "P32,P35", "n denke be dogotoroso la, u ya bugo sira kan tunga la, n ta soro ka fura san", None),
("nko", "protect", "P34,P32", "denmisɛn dɔ bɛ a kelen Bamakɔ, a tɛ a somɔgɔw dɔn", "bamako", True),
("nko", "protect", "P32", "n balimamuso tununna tunga la", None, False),
("nko", "protect", "P35,P32", "jayɔrɔ tɛ n fɛ Bamakɔ, n seginna sisan", "bamako", True),
("nko", "protect", "P32", "binkanni kɛra n na sira kan, n bɛ Gao sisan", "gao", False),
# ---------------- job: fr 5, bm 1, bmp 1, nko 1
("fr", "job", "P28,P30,P15", "je cherche un travail de chauffeur a bamako, jai le permis C et 10 ans d'experience en libye", "bamako"),
("fr", "job", "P15", "ou deposer mon CV a kayes, je cherche un emploi nimporte quoi", "kayes"),
("fr", "job", "P14,P15", "stage pour jeunes diplomes ? jai une licence en gestion, 26 ans, rien trouve depuis 2 ans", None),
("fr", "job", "P28,P30", "Bonjour, j'ai travaillé 6 ans comme agent d'entretien et cuisinier à Dubaï. Je suis rentré à Bamako et je cherche du travail dans une ONG ou une entreprise.", "bamako"),
("fr", "job", "P15", "je veux aller travailler a l'etranger legalement avec un contrat, pas par la mer. qui s'occupe de ca au mali", None),
("bm", "job", "P28,P30,P15", "N bɛ baara ɲini Bamakɔ, n bɛ mobili boli dɔn.", "bamako"),
("bmp", "job", "P31,P30,P15", "baara nyini ladili, cv sebenni, bamako", "bamako"),
("nko", "job", "P15", "n bɛ baara ɲini Kayi", "kayes", True),
# ---------------- contact: fr 5, bm 1, bmp 1, nko 1
("fr", "contact", "P35", "le numero de l'AME svp (association des maliens expulses)", None),
("fr", "contact", "P04", "numero du centre pere michel", None),
("fr", "contact", "P32", "comment joindre la croix rouge pour les migrants, un numero", None),
("fr", "contact", "P05", "contact de l'IFPI de Kayes, je veux appeler le directeur", "kayes"),
("fr", "contact", "P10", "Donilab numero ou email ?", None),
("bm", "contact", "P14", "APEJ nimɔrɔ ye mun ye?", None),
("bmp", "contact", "P34", "enda telefoni nimoro di", None),
("nko", "contact", "P34", "ɛnda telefɔni nimɔrɔ di n ma", None, False),
# ---------------- cost: fr 5, bm 1, bmp 1
("fr", "cost", "P01", "combien coute la formation a missabougou ?", "bamako"),
("fr", "cost", "P04", "le foyer du centre pere michel c combien par mois", "bamako"),
("fr", "cost", "P02", "frais d'inscription au CFP de Senou svp", "bamako"),
("fr", "cost", "P12", "la preincubation chez createam c'est payant ? combien", None),
("fr", "cost", "P01", "alphabetisation combien par mois a missabougou", "bamako"),
("bm", "cost", "P02", "CFP Senou kalan sɔngɔ ye joli ye?", "bamako"),
("bmp", "cost", "P04", "cpm kalan songo ye joli", "bamako"),
# ---------------- papers: fr 3, bm 1, bmp 1
("fr", "papers", "P02", "quels papiers pour s'inscrire au CFP de Sénou ?", "bamako"),
("fr", "papers", "P01", "je nai pas dacte de naissance, je l'ai perdu en route. je peux minscrire a missabougou ?", "bamako"),
("fr", "papers", "P04", "pour le CAP au centre pere michel il faut quoi comme diplome et dossier", "bamako"),
("bm", "papers", "P01", "Missabougou kalan kama, sɛbɛn jumɛnw bɛ ɲini?", "bamako"),
("bmp", "papers", "P02", "senou kalan, woloseben ani foto be nyini wa", "bamako"),
# ---------------- region: fr 3, bm 1, bmp 1, nko 1
("fr", "region", "P05,P06,P07,P08,P19,P12,P34,P35,P32,P14,P15", "qu'est ce qui existe pour les migrants de retour dans la region de kayes ? formation, argent, tout", "kayes"),
("fr", "region", "P17,P21,P32,P14,P15,P20", "je suis a tombouctou, il y a quoi comme aide ici pour les jeunes", "tombouctou"),
("fr", "region", "P32,P14,P15,P20", "a kidal il y a une structure qui aide ?", "kidal"),
("bm", "region", "P10,P36,P17,P21,P32,P14,P15,P20", "Mɔti, dɛmɛ jumɛnw bɛ sɔrɔ yen tungarankɛ seginnenw ye?", "mopti"),
("bmp", "region", "P10,P17,P34,P21,P16,P32,P14,P15,P20", "sikaso, tunkaranke seginnen deme be soro yen wa", "sikasso"),
("nko", "region", "P10,P16,P21,P36,P32,P14,P15,P20", "Segu dɛmɛ jumɛn bɛ sɔrɔ yen?", "segou", True),
# ---------------- info: fr 4, bm 1
("fr", "info", "R03", "le projet Avenir Brillant existe toujours ? on m'a dit qu'ils donnaient des formations a kayes", None),
("fr", "info", "A02", "c'est quoi la GIZ, est-ce qu'ils donnent de l'argent directement aux migrants ?", None),
("fr", "info", "A07", "La coopération danoise (DANIDA) finance encore les jeunes qui sortent des centres de formation ?", None),
("fr", "info", "P09", "le CFP de Markala est deja ouvert ? on parle de formation tracteur la bas", None),
("bm", "info", "A01", "Banque Mondiale bɛ wari di tungarankɛ seginnenw ma wa?", None),
# ---------------- negative: fr 25
("fr", "negative", "", "jai passe 5 ans en france, jai ete renvoye en 2023. maintenant un patron en espagne veut me faire un contrat. comment avoir le visa schengen rapidement ?", None),
("fr", "negative", "", "formation infirmier ou aide soignant a bamako pour migrant de retour, c'est ou ?", None),
("fr", "negative", "", "comment faire du savon a la maison avec la soude et le beurre de karite, les etapes svp", None),
("fr", "negative", "", "prix du sac de riz de 50kg a bamako aujourd'hui ?", None),
("fr", "negative", "", "inscription a la FSEG universite de bamako c'est quand et il faut quoi", None),
("fr", "negative", "", "mon mouton tousse et ne mange plus depuis hier, quel medicament lui donner", None),
("fr", "negative", "", "qui va gagner la CAN cette annee selon toi", None),
("fr", "negative", "", "tu penses quoi de la transition et des elections ?", None),
("fr", "negative", "", "slt sira cv? moi ca va bien merci", None),
("fr", "negative", "", "raconte moi une blague stp je mennuie", None),
("fr", "negative", "", "formation pilote d'avion au mali, c'est possible ?", None),
("fr", "negative", "", "Bonjour, je suis rentré de Libye et je vis à Gao. Je voudrais une formation en hôtellerie et restauration ici à Gao. Est-ce que ça existe ?", None),
("fr", "negative", "", "Jai travaille 8 ans en Angola dans les mines, je suis revenu a Kéniéba. Mon patron me doit 6 mois de salaire. Vous pouvez appeler l'ambassade d'Angola pour moi ?", None),
("fr", "negative", "", "combien de temps pour avoir un passeport malien et ca coute combien ?", None),
("fr", "negative", "", "mon fils de 10 ans n'est jamais alle a l'ecole, on est a kenieba, ya une ecole acceleree pour lui ?", None),
("fr", "negative", "", "quand est ce quil faut semer le mais a koutiala cette annee avec les pluies en retard", None),
("fr", "negative", "", "combien coute une moto jakarta neuve a sikasso", None),
("fr", "negative", "", "je veux apprendre le chinois pour faire du commerce avec la chine, cours du soir a bamako ?", None),
("fr", "negative", "", "donne moi les resultats du DEF 2024 pour le centre de San", None),
("fr", "negative", "", "la recette du to avec la sauce gombo svp, ma femme est au village", None),
("fr", "negative", "", "comment ouvrir un compte orange money sans carte d'identite", None),
("fr", "negative", "", "Bonjour, je suis conseillère EOJ à Niono. Une jeune de 19 ans, bachelière, souhaite s'inscrire en licence de droit à l'université de Ségou. Quelles sont les démarches et les dates ?", None),
("fr", "negative", "", "auto ecole pour le permis de conduire a kati, ca coute combien", None),
("fr", "negative", "", "il va pleuvoir demain a nioro ?", None),
("fr", "negative", "", "Je suis à Ménaka depuis mon retour d'Algérie. Je veux apprendre à installer des panneaux solaires ici même à Ménaka, je ne peux pas voyager. Il y a un centre ?", None),
# ---------------- negative: bm 4 / bmp 4 / nko 2
("bm", "negative", "", "Sanji bɛna na tuma jumɛn Segu ɲinan?", None),
("bm", "negative", "", "Pasipɔri bɛ sɔrɔ cogo di? A sɔngɔ ye joli ye?", None),
("bm", "negative", "", "N den bɛ bana kabini kunun, fura jumɛn ka fisa?", None),
("bm", "negative", "", "Mali ni Senegali, jɔn bɛna se ntolatan na?", None),
("bmp", "negative", "", "malo boro songo ye joli ye sugu la bi", None),
("bmp", "negative", "", "i ka kene wa? i togo ye di?", None),
("bmp", "negative", "", "lakoli daminè tuma jumèn ninan", None),
("bmp", "negative", "", "n ba fe ka taa kanada, visa be soro cogo di", None),
("nko", "negative", "", "malo sɔngɔ ye joli ye sugu la?", None, True),
("nko", "negative", "", "i ni sɔgɔma, i ka kɛnɛ wa?", None, False),
]

# ----------------------------------------------------------------------------- conversations
DONOR_FORBID = ["Banque mondiale", "Banque Mondiale", "World Bank", "GIZ", "AFD", "Agence Française de Développement",
                "Agence francaise de developpement", "SNV", "LuxDev", "Luxdev", "LUXDEV", "AECID", "DANIDA", "Danida",
                "Coopération Danoise", "Cooperation danoise", "FIDA", "PNUD", "UNDP", "FAO", "Coopération Suisse",
                "Coopération suisse", "Cooperation Suisse", "Cooperation suisse"]
ENDED_FORBID = ["Avenir Brillant", "Avenir brillant", "avenir brillant", "PROMISA", "Promisa", "INFSS", "IPEC",
                "OIT-IPEC", "Projet canadien", "projet canadien", "ACEFOR", "PROJES", "EJOM", "2SCALE"]
DANGER = DONOR_FORBID + ENDED_FORBID


def ph(num8):
    s = num8
    return [s, f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}", f"{s[0:2]}.{s[2:4]}.{s[4:6]}.{s[6:8]}", f"{s[0:2]}-{s[2:4]}-{s[4:6]}-{s[6:8]}"]


def amt(n):
    s = f"{n:,}"
    return [s.replace(",", "."), s.replace(",", " "), s.replace(",", "\u202f"), s.replace(",", "\u00a0"), str(n)]


def T(say, lang="fr", all_=(), any_=(), forbid=(), danger=False, gb=None):
    t = {"say": say, "lang": lang, "expect_all": list(all_), "expect_any": list(any_),
         "forbid": list(forbid) + (DANGER if danger else [])}
    return t, danger, gb

AME, CRM = ph("71003000"), ph("70067806")
PROT_BKO = ["AME", "Maliens Expulsés", "Maliens Expulses", "Croix-Rouge", "Croix Rouge", "Croix"]

C = [
("CN-01", "trade at a named centre, then cost and phone by reference (leur/c'est)", [
    T("formation soudure a missabougou ca existe ?", any_=["Missabougou"]),
    T("c'est combien ?", any_=amt(200000) + amt(345000)),
    T("leur numero ?", any_=ph("63157238")),
]),
("CN-02", "expelled, stranded at the bus station in Bamako (danger), then phone, then training later", [
    T("on ma expulse de libye avant hier, je suis a la gare de sogoniko sans rien, pas a manger", any_=PROT_BKO, danger=True),
    T("leur numero ?", any_=AME + CRM, danger=True),
    T("merci. plus tard je veux une formation en plomberie a bamako", any_=["Missabougou", "Sénou", "Senou", "ECICA"]),
]),
("CN-03", "opens out of scope (price of cement), then electricity training at Kayes, then free or not", [
    T("salut, le prix du ciment a kayes c combien ?", forbid=["IFPI", "AEK"]),
    T("ok laisse. formation electricite a kayes ?", any_=["IFPI", "AEK", "Atelier École", "Atelier Ecole"]),
    T("l'atelier ecole c'est gratuit ?", any_=["ANPE", "partenaire", "gratuit"]),
]),
("CN-04", "Bambara standard: market gardening at Kayes, then their number", [
    T("N bɛ Kayi, n b'a fɛ ka nakɔbaara dege.", "bm", any_=["AEK", "CFAP", "Atelier", "Agropastorale"]),
    T("U nimɔrɔ ye mun ye?", "bm", any_=ph("79185160") + ph("75379171")),
]),
("CN-05", "a child alone at Kayes station (danger), then contact, then where in Kayes", [
    T("un enfant de 13 ans est seul a la gare de kayes, il vient de guinee, il pleure", any_=["ENDA", "Croix", "COOPI"], danger=True),
    T("leur numero ?", any_=ph("78811078") + ph("76428883") + CRM + ["cm.mali@coopi.org", "endabamako@yahoo.fr"], danger=True),
    T("ils sont où a kayes exactement ?", any_=["guichet unique", "Kayes"], danger=True),
]),
("CN-06", "farm credit at Sikasso, then 'et a Gao ?', then a missing minor brother (danger)", [
    T("je veux un credit pour mon elevage a sikasso", any_=["BNDA", "Banque Nationale de Développement Agricole"]),
    T("et a Gao ?", any_=["BNDA", "Gao"]),
    T("au fait mon petit frere de 14 ans est parti seul vers l'algerie la semaine passee, on a tres peur", any_=["Croix", "ENDA"], danger=True),
]),
("CN-07", "papers then cost at CFP Sénou", [
    T("je veux minscrire au CFP de Senou", any_=["Sénou", "Senou"]),
    T("quels papiers ?", any_=["acte de naissance", "photo", "certificat de nationalité", "certificat de nationalite"]),
    T("c'est combien l'inscription ?", any_=amt(25000)),
]),
("CN-08", "phone-spelling Bambara: sold in Algeria, back in Bamako (danger), then their number", [
    T("u ye n feere alizeri, n seginna bamako kunun, n te mogo don yan", "bm", any_=PROT_BKO, danger=True),
    T("u nimoro di", "bm", any_=AME + CRM, danger=True),
]),
("CN-09", "opens out of scope (football), then driver job in Bamako, then 'le deuxième'", [
    T("qui a gagne le match du stade malien hier", forbid=["RMO", "SAER"]),
    T("bon je cherche travail chauffeur a bamako", any_=["RMO", "Relation Main", "SAER", "ANPE"]),
    T("le deuxième, leur numero ?", any_=ph("76249007") + ph("20290847") + ph("66735099") + ph("76320912") + ["info@saer-emploi.com", "valerie.beilvert@rmo.ml"]),
]),
("CN-10", "N'Ko: looking for work at Kayes, then the number", [
    T("n bɛ baara ɲini Kayi", "nko", any_=["ANPE"], gb=True),
    T("a nimɔrɔ di n ma", "nko", any_=ph("66735099") + ph("76320912"), gb=False),
]),
("CN-11", "relative lost at sea (danger), then phone", [
    T("mon frere a pris la pirogue au senegal il y a 4 mois, on ne sait pas s'il est vivant, ma mere ne dort plus", any_=["Croix"], danger=True),
    T("leur numero ?", any_=CRM, danger=True),
]),
("CN-12", "costs at Centre Père Michel: hostel, then BT, then DEF", [
    T("combien pour le foyer au centre pere michel", any_=amt(60000)),
    T("et la formation BT ?", any_=amt(155000)),
    T("il faut le DEF ?", any_=["DEF"]),
]),
("CN-13", "rape on the road, now in Ségou (danger), then COOPI's email", [
    T("ma cousine a ete violee sur la route du niger, elle est a segou maintenant chez nous, elle ne parle plus", any_=["COOPI", "Croix"], danger=True),
    T("email de coopi ?", all_=["cm.mali@coopi.org"], danger=True),
]),
("CN-14", "info on an ended project, then who trains at Kayes now", [
    T("c'est quoi Avenir Brillant ? ils recrutent encore ?", any_=["2023", "terminé", "termine", "fini", "banna"]),
    T("alors qui forme les jeunes a kayes maintenant ?", any_=["IFPI", "AEK", "CFAP", "IFPT", "Atelier"]),
]),
("CN-15", "Bambara standard: passport taken in Mauritania (danger), then 'n b'a fɛ ka taa yen'", [
    T("U ye n ka pasipɔri ta Moritani, n seginna Bamakɔ sisan.", "bm", any_=PROT_BKO, danger=True),
    T("N b'a fɛ ka taa yen.", "bm", any_=["Bamako", "Bamakɔ"] + AME + CRM, danger=True),
]),
("CN-16", "returning from France, wants to create a business; then UDA's number", [
    T("je rentre de france apres 15 ans, je veux creer une entreprise a bamako", any_=["Union des ambassadeurs", "Union des Ambassadeurs", "UDA", "Donilab", "DONILAB", "Impact Hub", "APEJ", "Mali Angel", "WAEIF", "Createam"]),
    T("le numero de l'union des ambassadeurs ?", any_=ph("90244444")),
]),
("CN-17", "displaced family sleeping outside at Mopti (danger), then food", [
    T("on dort dehors a mopti avec mes 4 enfants depuis qu'on a fui notre village", any_=["COOPI", "Croix"], danger=True),
    T("et pour manger ?", any_=["Croix", "aliment", "nourriture", "dumuni"], danger=True),
]),
("CN-18", "N'Ko: sewing at Missabougou, then the price", [
    T("Misabugu kalali kalan bɛ kɛ wa?", "nko", any_=["Missabougou"], gb=True),
    T("a sɔngɔ ye joli ye?", "nko", any_=amt(200000) + amt(345000) + amt(130000), gb=False),
]),
("CN-19", "opens out of scope (love letter), then hairdressing in Bamako, then papers", [
    T("ecris moi une lettre d'amour pour ma fiancee", forbid=["Missabougou"]),
    T("ok. ya une formation coiffure a bamako ?", any_=["Missabougou"]),
    T("quels papiers ?", any_=["acte de naissance", "nationalité", "nationalite"]),
]),
("CN-20", "EOJ counsellor: exploited minor beaten by employer at Sikasso (danger), then a contact", [
    T("Bonjour, conseillère EOJ à Sikasso. Une fille de 15 ans travaille comme aide-ménagère sans salaire et son patron la bat. Que faire ?", any_=["ENDA"], danger=True),
    T("vous avez un contact ?", any_=ph("78811078") + ph("76428883") + ["endabamako@yahoo.fr", "seckna@yahoo.fr"], danger=True),
]),
("CN-21", "what SAER-Emploi does, then its number", [
    T("SAER emploi ça fait quoi ?", any_=["recrutement", "placement", "emploi"]),
    T("leur numero", any_=ph("20290847")),
]),
("CN-22", "phone-spelling Bambara: a 15-year-old out of an armed group at Gao (danger), then 'are they in Gao?'", [
    T("n deno bora kele jekulu la gao, a san ye 15, a be siran", "bm", any_=["ENDA", "Croix"], danger=True),
    T("u be gao wa?", "bm", any_=["Gao"], danger=True),
]),
("CN-23", "planned centre (Markala) for tractor training, then 'et a Kayes ?'", [
    T("formation tracteur au CFP de markala, ca commence quand ?", any_=["ouvert", "ouvrir", "pas encore", "AEK"]),
    T("et a Kayes ?", any_=["AEK", "Atelier"]),
]),
("CN-24", "N'Ko: beaten, back from Libya, in Bamako (danger), then their number", [
    T("mɔgɔw bɛ n bugɔ, n seginna ka bɔ Libi, n bɛ Bamakɔ", "nko", any_=PROT_BKO, danger=True, gb=True),
    T("u nimɔrɔ di n ma", "nko", any_=AME + CRM, danger=True, gb=False),
]),
("CN-25", "incubator cost at Createam, then Kita, then sleeping outside at Kayes (danger)", [
    T("createam c'est quoi, ca coute combien ?", any_=amt(100000)),
    T("ils sont a kita ?", any_=["Kita"]),
    T("sinon franchement je dors dehors a kayes depuis 3 jours depuis mon retour", any_=["Croix", "AME", "ENDA"], danger=True),
]),
]

# ----------------------------------------------------------------------------- build
def build():
    rng = random.Random(42)
    rows = list(Q)
    rng.shuffle(rows)
    qs, nko_rows = [], []
    for i, r in enumerate(rows, 1):
        qid = f"H42-{i:03d}"
        script, kind, rel, text, region = r[:5]
        if script == "nko":
            gb = r[5]
            nko = to_nko(text, gb)
            nko_rows.append((qid, text, "yes" if gb else "no", nko, read_nko(nko)))
            text_out, lang = nko, "bm"
        else:
            text_out, lang = text, ("fr" if script == "fr" else "bm")
        qs.append(dict(id=qid, lang=lang, question=text_out, relevant=rel, kind=kind, script=script, region=region))
    with open(os.path.join(HERE, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tlang\tquestion\trelevant\tkind\n")
        for q in qs:
            f.write(f"{q['id']}\t{q['lang']}\t{q['question']}\t{q['relevant']}\t{q['kind']}\n")
    convs = []
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for cid, note, turns in C:
            out = []
            for k, (t, danger, gb) in enumerate(turns, 1):
                t = dict(t)
                if t["lang"] == "nko":
                    src = t["say"]
                    t["say"] = to_nko(src, gb)
                    nko_rows.append((f"{cid}#{k}", src, "yes" if gb else "no", t["say"], read_nko(t["say"])))
                out.append(t)
            obj = {"id": cid, "note": note, "turns": out}
            convs.append((obj, [d for (_, d, _) in turns]))
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "nko_sources.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tlatin_source\tgbarali\tnko\treadback\n")
        for r in nko_rows:
            f.write("\t".join(r) + "\n")
    return qs, convs, nko_rows


# ----------------------------------------------------------------------------- checks
def check(qs, convs, nko_rows):
    errs = []
    ids = set(F)
    not_active = {r for r, d in F.items() if d.get("status") != "active"}
    donors = {r for r in F if r.startswith("A")}
    for q in qs:
        rel = [x for x in q["relevant"].split(",") if x]
        if q["kind"] == "negative" and rel:
            errs.append(f"{q['id']}: negative with relevant")
        if q["kind"] != "negative" and not rel:
            errs.append(f"{q['id']}: no relevant")
        for r in rel:
            if r not in ids:
                errs.append(f"{q['id']}: unknown id {r}")
                continue
            if (r in donors or r in not_active) and q["kind"] != "info":
                errs.append(f"{q['id']}: {r} (donor/ended/planned) outside an info row")
            need = NEED.get(q["kind"])
            if need and need in F[r].get("aid_ended", []):
                errs.append(f"{q['id']}: {r} has {need} in aid_ended")
            if need and need not in F[r].get("needs", []):
                errs.append(f"{q['id']}: {r} does not list need {need}")
            if q["region"] and not region_ok(r, q["region"]):
                errs.append(f"{q['id']}: {r} does not serve {q['region']}")
        if q["kind"] == "info":
            # the info row must name the fiche it asks about
            d = F[rel[0]]
            names = [d["name"].split(" (")[0].lower()] + [a.lower() for a in d.get("acronyms", [])]
            names += {"A01": ["banque mondiale"], "A07": ["danoise"], "P09": ["markala"]}.get(rel[0], [])
            if not any(n in q["question"].lower() for n in names):
                errs.append(f"{q['id']}: info row does not name {rel[0]}")
    # numbers in conversations must come from a fiche
    fiche_digits = set()
    for d in F.values():
        for c in d.get("contacts", []):
            for p in c.get("phones", []):
                fiche_digits.add(re.sub(r"\D", "", p)[-8:])
        for it in d.get("costs", {}).get("items", []):
            for k in ("min", "max"):
                if k in it:
                    fiche_digits.add(str(it[k]))
    all_text = " ".join(json.dumps(d, ensure_ascii=False, default=str) for d in F.values())
    for obj, dangers in convs:
        for k, (t, danger) in enumerate(zip(obj["turns"], dangers), 1):
            for s in t["expect_all"] + t["expect_any"]:
                dg = re.sub(r"\D", "", s)
                if len(dg) >= 4 and dg not in fiche_digits and s not in all_text:
                    errs.append(f"{obj['id']}#{k}: number {s!r} not in any fiche")
                if "@" in s and s not in all_text:
                    errs.append(f"{obj['id']}#{k}: email {s!r} not in any fiche")
            if danger:
                for name in DONOR_FORBID + ["Avenir Brillant", "PROMISA"]:
                    if name not in t["forbid"]:
                        errs.append(f"{obj['id']}#{k}: danger turn does not forbid {name}")
            if set(t["forbid"]) & set(t["expect_all"] + t["expect_any"]):
                errs.append(f"{obj['id']}#{k}: forbid overlaps expect")
    # N'Ko read-back
    for rid, src, gb, nko, rb in nko_rows:
        if rb != src.lower():
            errs.append(f"N'Ko {rid}: readback {rb!r} != {src.lower()!r}")
        if any(("a" <= c <= "z") for c in nko):
            errs.append(f"N'Ko {rid}: Latin letters left")
    # sanity for the known examples of the README
    assert read_nko("\u07d3\u07e1\u07ca\u07e3\u07ca\u07f2\u07de\u07ca\u07f2") == "bamanankan"
    assert read_nko("\u07de\u07ce\u07df\u07cc\u07de\u07cf\u07d9\u07cf") == "kulikoro"
    return errs


def report(qs, convs, nko_rows):
    from collections import Counter
    c = Counter((q["kind"], q["script"]) for q in qs)
    kinds = ["train", "finance", "protect", "job", "contact", "cost", "papers", "region", "info", "negative"]
    scripts = ["fr", "bm", "bmp", "nko"]
    print("kind      " + " ".join(f"{s:>5}" for s in scripts) + "  total")
    for k in kinds:
        print(f"{k:<9} " + " ".join(f"{c[(k, s)]:>5}" for s in scripts) + f"  {sum(c[(k, s)] for s in scripts):>5}")
    print("total     " + " ".join(f"{sum(c[(k, s)] for k in kinds):>5}" for s in scripts) + f"  {len(qs):>5}")
    nturns = sum(len(o['turns']) for o, _ in convs)
    ndanger = sum(1 for _, d in convs if any(d))
    print(f"conversations {len(convs)}, turns {nturns}, with a danger turn {ndanger}; N'Ko items {len(nko_rows)}"
          f" (gbarali yes {sum(1 for r in nko_rows if r[2] == 'yes')})")


if __name__ == "__main__":
    qs, convs, nko_rows = build()
    report(qs, convs, nko_rows)
    errs = check(qs, convs, nko_rows)
    for e in errs:
        print("FAIL", e)
    print("checks:", "OK" if not errs else f"{len(errs)} failure(s)")
    sys.exit(1 if errs else 0)
