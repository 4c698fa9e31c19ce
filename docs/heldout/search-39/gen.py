#!/usr/bin/env python3
"""Generator and checker for the held-out set H39 (questions.tsv, conversations.jsonl, nko_sources.tsv).

Run: python3 gen.py  (reads the fiches, shared/bambara/nko.tsv and lexicon.tsv; writes into this folder).
Checks: every relevant id exists; donors/ended/planned only in info rows; region of each row served;
aid_ended needs respected; every phone/amount a conversation expects appears in a fiche;
every N'Ko text reads back (with nko.tsv) to its Latin source.
"""
import glob, json, os, random, re, sys, tomllib, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FICHES = '/work/main/seeds/fiches'
BAM = '/work/shared/bambara'

# ---------------------------------------------------------------- fiches
F = {}
for f in sorted(glob.glob(FICHES + '/*.toml')):
    d = tomllib.load(open(f, 'rb'))
    F[d['ref']] = d

def phones_of(ref):
    out = []
    for c in F[ref].get('contacts', []):
        for p in c.get('phones', []):
            out.append(re.sub(r'\D', '', p)[-8:])
    return out

def numbers_in_fiche(ref):
    d = F[ref]
    nums = set()
    blob = json.dumps(d, ensure_ascii=False)
    for m in re.finditer(r'\d[\d .\u00a0\u202f]*\d|\d', blob):
        nums.add(re.sub(r'\D', '', m.group()))
    for it in d.get('costs', {}).get('items', []):
        for k in ('min', 'max'):
            if k in it: nums.add(str(it[k]))
    return nums

ALL_PHONES = {p for r in F for p in phones_of(r)}
ALL_NUMS = set().union(*(numbers_in_fiche(r) for r in F))

def phone_forms(p8):
    a = [p8[i:i+2] for i in range(0, 8, 2)]
    return [p8, ' '.join(a), '.'.join(a), '-'.join(a)]

def amount_forms(n):
    s = str(n)
    if len(s) <= 3:
        return [s]
    groups = []
    while s:
        groups.insert(0, s[-3:]); s = s[:-3]
    return [' '.join(groups), '.'.join(groups), ''.join(groups), '\u00a0'.join(groups), '\u202f'.join(groups)]

def P(*refs):
    out = []
    for r in refs:
        for p in phones_of(r):
            out += phone_forms(p)
    return out

def A(*ns):
    out = []
    for n in ns:
        out += amount_forms(n)
    return out

NAMES = {
    'P01': ['Missabougou', 'Misabougou', 'CFPM'],
    'P02': ['Sénou', 'Senou', 'CFPS'],
    'P03': ['ECICA'],
    'P04': ['Père Michel', 'Pere Michel', 'CPM'],
    'P05': ['IFPI'],
    'P06': ['IFPT'],
    'P07': ['AEK', 'Atelier École', 'Atelier Ecole', 'Atelier-École', 'Atelier-Ecole'],
    'P08': ['CFAP', 'agropastoral'],
    'P10': ['Donilab'],
    'P11': ['Impact Hub'],
    'P12': ['Createam'],
    'P13': ['Jokkolabs'],
    'P14': ['APEJ'],
    'P15': ['ANPE'],
    'P16': ['Promotion des Investissements', '(API)', "l'API", 'l’API', ' API '],
    'P17': ['Swisscontact'],
    'P19': ['GRDR'],
    'P20': ['Agrivision', 'Agri Vision'],
    'P21': ['BNDA'],
    'P22': ['Baobab'],
    'P24': ['Mali Angel'],
    'P25': ['FADEV'],
    'P26': ['Union des Ambassadeurs'],
    'P28': ['RMO Mali', 'Relation Main', ' RMO', '(RMO'],
    'P29': ['CIRTIC', 'FAMIB'],
    'P30': ['SAER'],
    'P31': ['BR Consulting'],
    'P32': ['Croix-Rouge', 'Croix Rouge', 'Croix\u2011Rouge'],
    'P33': ['Caritas'],
    'P34': ['ENDA'],
    'P35': ['Maliens expuls', '(AME', "l'AME", 'l’AME', ' AME ', ' AME,', ' AME.', 'AME)'],
    'P36': ['COOPI'],
    'P37': ['UNICEF'],
}

def N(*refs):
    out = []
    for r in refs:
        out += NAMES[r]
    return out

# every donor name and ended project, as a reply could write them (forbidden as written)
DANGER_FORBID = ['Banque mondiale', 'Banque Mondiale', 'World Bank', 'GIZ', 'AFD', 'Agence française de développement',
                 'Agence Française de Développement', 'SNV', 'LuxDev', 'Luxdev', 'AECID', 'DANIDA', 'Danida', 'FIDA',
                 'PNUD', 'FAO', 'Coopération suisse', 'Coopération Suisse', 'Cooperation suisse', 'DDC',
                 'Avenir Brillant', 'Avenir brillant', 'BNCE', 'INFSS', 'FMPOS', 'IPEC', 'OIT', 'Projet canadien',
                 'projet canadien', 'CAFé', 'PROMISA', 'FACEJ', 'PAPSE', 'PAFEEM']
OUT_OF_SCOPE_FORBID = ['+223', 'FCFA']

# ---------------------------------------------------------------- towns -> region (old regions, as the fiches use)
TOWN = {'bamako': 'bamako', 'kayes': 'kayes', 'kita': 'kayes', 'nioro': 'kayes', 'segou': 'segou', 'niono': 'segou',
        'sikasso': 'sikasso', 'koutiala': 'sikasso', 'mopti': 'mopti', 'djenne': 'mopti', 'bandiagara': 'mopti',
        'gao': 'gao', 'tombouctou': 'tombouctou', 'kidal': 'kidal', 'koulikoro': 'koulikoro', 'kati': 'koulikoro',
        'menaka': 'gao'}

# ---------------------------------------------------------------- rows
# (script, kind, relevant, text, region-or-None, gbarali-for-nko)
# script: fr | std (Bambara standard orthography) | phone (Bambara phone spelling) | nko (Latin source, written in N'Ko)
R = []
def row(script, kind, rel, text, region=None, gb=False):
    R.append(dict(script=script, kind=kind, rel=[r for r in rel.split(',') if r], text=text, region=region, gb=gb))

# ---- protection, French (18)
row('fr', 'protect', 'P35,P32', "slt. je suis rentre de libye la semaine passee, on nous a expulse par avion jusqu a bamako. jai rien, pas de famille ici, ma famille est a kayes mais jai honte d y aller les mains vides. je dors a la gare routiere depuis 3 nuits. ya un endroit pour dormir et manger un peu ?", 'bamako')
row('fr', 'protect', 'P36,P37,P32', "Bonjour, je suis assistante sociale à Mopti. Nous avons reçu une adolescente de 15 ans revenue du Niger sans ses parents ; elle dit avoir été vendue à un réseau qui la faisait travailler. Vers quelle structure puis-je l'orienter pour une prise en charge ?", 'mopti')
row('fr', 'protect', 'P32', "mon frere est parti pour l algerie ca fait 2 ans, on a plus de nouvelles, son numero ne passe plus. aidez nous a le retrouver svp")
row('fr', 'protect', 'P35,P32', "Les policiers ont gardé mon passeport et ma carte consulaire quand on m'a renvoyé à la frontière. Je suis à Bamako maintenant. Qui peut m'aider à récupérer mes papiers ou me donner un conseil juridique ?", 'bamako')
row('fr', 'protect', 'P36,P32', "Je suis déplacée de Tombouctou, arrivée à Ségou avec mes 4 enfants après la mort de mon mari. On n'a plus rien. Quelle organisation aide les déplacés à Ségou ?", 'segou')
row('fr', 'protect', 'P34,P36,P37,P32', "Conseiller EOJ : un garçon de 13 ans est arrivé seul à la gare routière de Kayes, il venait de Guinée et voulait passer en Mauritanie. Quelle structure peut l'héberger et s'occuper de lui à Kayes ?", 'kayes')
row('fr', 'protect', 'P32', "bjr je suis a gao, je viens d etre refoule d algerie on ma tout pris meme mes chaussures, ou trouver de l aide ici", 'gao')
row('fr', 'protect', 'P34,P37,P32', "Ma fille de 16 ans a été emmenée à Bamako pour travailler comme aide-ménagère. La patronne la frappe et garde son salaire. Moi je suis à Koulikoro. Qui peut la sortir de là ?", 'bamako')
row('fr', 'protect', 'P32,P36,P35', "sur la route du niger des hommes m ont fait violence. je suis rentree a kayes, ma famille ne sait rien. je dors plus, je pleure tout le temps. y a quelqu un pour m ecouter et me soigner ?", 'kayes')
row('fr', 'protect', 'P32', "Un migrant ivoirien en transit est tombé malade dans notre quartier à Bamako, il n'a ni argent ni papiers. Qui aide les migrants de passage ?", 'bamako')
row('fr', 'protect', 'P35,P32', "Expulsé d'Espagne il y a deux mois, je n'arrive plus à dormir, je pense trop. Y a-t-il un soutien psychologique pour les expulsés à Bamako ?", 'bamako')
row('fr', 'protect', 'P36,P32', "je suis une femme seule avec 2 enfants, revenue de mauritanie. on loge a Mopti chez une tante qui veut nous chasser. qui aide les femmes comme moi ?", 'mopti')
row('fr', 'protect', 'P34,P37,P32', "Je travaille à la direction régionale de l'ANPE à Sikasso. Un jeune de 17 ans est revenu seul de Côte d'Ivoire, où il a travaillé un an dans une plantation sans être payé. Il n'a pas de famille ici. Quelle structure de protection contacter à Sikasso ?", 'sikasso')
row('fr', 'protect', 'P32,P35', "on ma vendu en libye, jai travaille 1 an sans salaire sur un chantier. maintenant je suis a bamako. jai 24 ans. ya une association pour les victimes de traite ?", 'bamako')
row('fr', 'protect', 'P35,P32', "Mon cousin vient d'arriver à Bamako, expulsé d'Algérie, il a une blessure au pied qui s'infecte et pas un franc. Où peut-il se faire soigner gratuitement ?", 'bamako')
row('fr', 'protect', 'P37,P34,P32', "À Gao, un enfant de 12 ans qui était avec un groupe armé veut s'en sortir. Qui s'occupe de ces enfants ?", 'gao')
row('fr', 'protect', 'P32', "Nous sommes 6 déplacés de Ménaka arrivés à Gao, on dort dehors depuis une semaine. Qui peut nous aider ?", 'gao')
row('fr', 'protect', 'P32,P36,P35', "Ma sœur de 19 ans est rentrée de Tunisie. Là-bas son patron gardait son passeport et la battait. Maintenant elle est chez nous à Kayes mais elle a peur, elle ne sort plus de la chambre. Vers qui se tourner ?", 'kayes')

# ---- protection, Bambara (4 std, 4 phone, 4 N'Ko)
row('std', 'protect', 'P32', "N dɔgɔkɛ taara Libi, kabini san fila an tɛ a kunnafoni sɔrɔ. Jɔn bɛ se k'an dɛmɛ k'a ɲini?")
row('std', 'protect', 'P35,P32', "U ye n gɛn ka bɔ Alizeri. Sisan n bɛ Bamakɔ, jayɔrɔ tɛ n bolo, dumuni fana tɛ. Jɔn bɛ tungarankɛ seginnenw dɛmɛ?", 'bamako')
row('std', 'protect', 'P34,P36,P37,P32', "Denmisɛnnin dɔ bɛ an fɛ Kayi, a ye san 12 ye, a bɔra Gine a kelen. A bɛ se ka ja min?", 'kayes')
row('std', 'protect', 'P35,P32', "Polisiw ye n ka pasipɔri ni n ka karadante ta n seginni na. N bɛ Bamakɔ. Sariya dɛmɛ bɛ sɔrɔ min?", 'bamako')
row('phone', 'protect', 'P36,P32', "a ni sogoma. ne ye muso ye, n seginna ka bo moritani ni n den fila ye. an be moti, jayoro te an bolo. jon be muso desebaatow deme?", 'mopti')
row('phone', 'protect', 'P34,P37,P32', "n dogoke feerera libi, a ye san 16 ye, sisan a be gao. jon be jonjago denw lakana gao?", 'gao')
row('phone', 'protect', 'P35,P32', "n hakili te sigi kabini u ye n gen ka bo esipanyi. n be bamako. hakili deme be soro min?", 'bamako')
row('phone', 'protect', 'P32', "an ye mogo 8 ye, an bora kele la menaka, sisan an be gawo. deme be soro min?", 'gao')
row('nko', 'protect', 'P36,P37,P32', "n denkɛ ye san 15 ye, a taara alizeri a kelen, sisan a seginna segu. jɔn bɛ denmisɛnw lakana segu?", 'segou', gb=True)
row('nko', 'protect', 'P32,P36,P35', "tungarankɛ seginnen dɔ bɛ kayi, a banana, wari tɛ a bolo. jɔn bɛ se ka a furakɛ?", 'kayes')
row('nko', 'protect', 'P32', "n tɛ n ka somɔgɔw ye kabini libi. jɔn bɛ se ka n dɛmɛ ka u ɲini?", None, gb=True)
row('nko', 'protect', 'P32,P35', "muso dɔ ye binkanni sɔrɔ sira la, a seginna bamakɔ sisan. a ka kan ka taa min?", 'bamako', gb=True)

# ---- training, French (19)
row('fr', 'train', 'P01,P02,P03,P04,P29', "salut je veux apprendre la soudure a bamako, j ai 22 ans je suis rentre de tunisie", 'bamako')
row('fr', 'train', 'P01', "Bonjour, où peut-on apprendre la coiffure à Bamako ? Je suis une fille de 19 ans.", 'bamako')
row('fr', 'train', 'P05', "je veux faire froid climatisation je suis a kayes", 'kayes')
row('fr', 'train', 'P07,P08,P19,P20', "Je suis rentré du Gabon l'an dernier après huit ans là-bas. J'ai essayé le petit commerce mais ça n'a pas marché. Mon père a un terrain au bord du fleuve près de Kayes. Je voudrais apprendre le maraîchage sérieusement pour produire oignons et tomates. Où puis-je me former ?", 'kayes')
row('fr', 'train', 'P06', "formation comptabilite a kayes c ou", 'kayes')
row('fr', 'train', 'P01,P34', "Je suis conseillère EOJ à Bamako. Une jeune fille de 16 ans, déscolarisée, veut apprendre la couture. Quels centres peuvent l'accepter ?", 'bamako')
row('fr', 'train', 'P01,P04', "apprendre mecanique auto a bamako, la formation dure combien de temps ?", 'bamako')
row('fr', 'train', 'P01,P02,P03,P04', "J'ai le DEF et 20 ans, je voudrais un CAP en électricité bâtiment à Bamako.", 'bamako')
row('fr', 'train', 'P20', "je veux apprendre l elevage de poissons, je suis a segou", 'segou')
row('fr', 'train', 'P07,P12', "Formation panneaux solaires à Kayes ?", 'kayes')
row('fr', 'train', 'P07', "Où apprendre à conduire un tracteur ?")
row('fr', 'train', 'P01', "Bonjour. J'ai 35 ans et je ne sais ni lire ni écrire. J'ai passé dix ans en Côte d'Ivoire dans les plantations de cacao. Maintenant je suis à Bamako avec ma famille. Je voudrais d'abord apprendre à lire et à compter, ensuite un métier. Il existe des cours pour les adultes ?", 'bamako')
row('fr', 'train', 'P01,P02,P03,P29', "plomberie formation bamako", 'bamako')
row('fr', 'train', 'P10,P14,P15,P20', "Je cherche une formation en entrepreneuriat pour lancer un élevage de poulets, je suis à Sikasso.", 'sikasso')
row('fr', 'train', 'P06', "Y a t il une formation en hotellerie tourisme a Kayes ?", 'kayes')
row('fr', 'train', 'P01,P02,P29,P34', "mon petit frere a 17 ans il a quitte l ecole, il veut apprendre la menuiserie bois a bamako", 'bamako')
row('fr', 'train', 'P08,P20', "Une coopérative de femmes de Kayes veut se former à la transformation des fruits (jus, confiture). Qui forme à ça ?", 'kayes')
row('fr', 'train', 'P33,P19,P20', "Je suis rentré de France et je me suis installé à Kita. Je veux me former en agroécologie.", 'kita')
row('fr', 'train', 'P13', "je veux apprendre la programmation informatique (python) a bamako", 'bamako')

# ---- training, Bambara (5 std, 4 phone, 2 N'Ko)
row('std', 'train', 'P01,P34', "N b'a fɛ ka kalali dege Bamakɔ. N ye san 17 ye, n tɛ lakɔli la tugun. Kalanyɔrɔ jumɛn bɛ n mina?", 'bamako')
row('std', 'train', 'P07,P08,P19,P20', "Nakɔbaara kalan bɛ kɛ Kayi wa? Tungarankɛ seginnen don.", 'kayes')
row('std', 'train', 'P05', "Mobili dilan kalan bɛ kɛ yɔrɔ jumɛn Kayi?", 'kayes')
row('std', 'train', 'P20', "N b'a fɛ ka jɛgɛmara dege. N bɛ Mɔti.", 'mopti')
row('std', 'train', 'P29', "Jatebɔ kalan bɛ kɛ Bamakɔ wa?", 'bamako')
row('phone', 'train', 'P01,P02,P03,P04', "n be fe ka kuran baara dege bamako, n ye san 20 ye, DEF be n bolo", 'bamako')
row('phone', 'train', 'P01', "balikukalan be ke min bamako? n te se ka sebenni ke", 'bamako')
row('phone', 'train', 'P05,P07', "nege baara kalan be kayi wa?", 'kayes')
row('phone', 'train', 'P01', "ne ye muso ye, n b a fe ka kunsigi dilan dege bamako", 'bamako')
row('nko', 'train', 'P01,P02,P03,P29', "bamakɔ baaradegekalanyɔrɔ jumɛn bɛ jiri baara kalan kɛ?", 'bamako', gb=True)
row('nko', 'train', 'P03,P08', "safunɛ dilan kalan bɛ kɛ min?")

# ---- finance, French (10)
row('fr', 'finance', 'P22,P14,P15', "bjr je suis rentre d italie avec un peu d economie, je veux ouvrir un atelier de couture a bamako mais il me manque 500 mille. qui prete aux petits projets ?", 'bamako')
row('fr', 'finance', 'P26,P15', "Rentré de France avec l'aide de l'OFII, je veux monter une petite unité de transformation de mangues à Bamako. Existe-t-il un réseau d'entrepreneurs franco-maliens qui accompagne les gens comme moi ?", 'bamako')
row('fr', 'finance', 'P21,P14,P15,P20', "pret pour agriculture a segou, riz, je dois acheter une motopompe", 'segou')
row('fr', 'finance', 'P24,P25,P11,P10', "J'ai une petite entreprise de jus à Bamako depuis deux ans. Je cherche des investisseurs, des business angels.", 'bamako')
row('fr', 'finance', 'P19,P14,P15,P21', "Je suis à Kayes, migrant de retour, j'ai un projet d'élevage de moutons. Qui finance les projets des migrants de retour à Kayes ?", 'kayes')
row('fr', 'finance', 'P14', "le kit d installation apres la formation, c est l APEJ qui donne ca ?")
row('fr', 'finance', 'P16', "Je veux enregistrer légalement mon entreprise. À Sikasso, où dois-je aller ?", 'sikasso')
row('fr', 'finance', 'P21,P15', "Une association de femmes de Mopti cherche un crédit pour acheter un moulin.", 'mopti')
row('fr', 'finance', 'P12,P10,P13', "je suis une jeune femme de 27 ans a Bamako, j ai une idee de projet mais pas d argent ni de diplome. un incubateur peut m aider ?", 'bamako')
row('fr', 'finance', 'P15,P22,P12', "J'ai 45 ans, rentré de Libye. Je veux financer un petit commerce à Bamako. L'APEJ c'est pour les jeunes, alors qui peut m'aider ?", 'bamako')

# ---- finance, Bambara (2 std, 2 phone, 2 N'Ko)
row('std', 'finance', 'P22,P14,P15', "N b'a fɛ ka jago daminɛ Bamakɔ. Jurudon bɛ sɔrɔ min? N ye san 28 ye.", 'bamako')
row('std', 'finance', 'P21', "Sɛnɛkɛla don Sikaso. Banki jumɛn bɛ juru di sɛnɛkɛlaw ma?", 'sikasso')
row('phone', 'finance', 'P19,P14,P15', "n seginna ka bo faransi, n b a fe ka baarakeda sigi kayi. wari deme be soro min?", 'kayes')
row('phone', 'finance', 'P14', "apej be kit di kalan ko wa? n ye san 25 ye")
row('nko', 'finance', 'P21,P15', "jagokɛla musow ka tɔn bɛ segu, u bɛ jurudon ɲini. u ka kan ka taa min?", 'segou')
row('nko', 'finance', 'P25', "kɔkanmaliden don, n bɛ faransi. n bɛ a fɛ ka wari bila mali baarakɛda dɔgɔman dɔ la.", None, gb=True)

# ---- job (5 fr, 1 std, 1 phone, 1 N'Ko)
row('fr', 'job', 'P28,P15,P30', "je cherche du travail comme chauffeur ou gardien a bamako, je suis rentre du maroc", 'bamako')
row('fr', 'job', 'P15', "L'ANPE peut m'aider à partir travailler légalement en Espagne ?")
row('fr', 'job', 'P14,P15', "Diplômé en gestion, 26 ans, je cherche un stage rémunéré à Bamako.", 'bamako')
row('fr', 'job', 'P15,P14', "Comment trouver les offres d'emploi à Kayes ?", 'kayes')
row('fr', 'job', 'P31,P15', "qui peut m aider a faire mon CV et preparer un entretien d embauche ? je suis a bamako", 'bamako')
row('std', 'job', 'P28,P15,P30', "N bɛ baara ɲini Bamakɔ. N bɛ saniya ni tobili baara dɔn.", 'bamako')
row('phone', 'job', 'P15', "anpe be baara kunnafoni di segu wa?", 'segou')
row('nko', 'job', 'P15,P14', "tungarankɛ seginnen don, baara tɛ n bolo. gɔfɛrɛnaman ka baara yɔrɔ bɛ kayi wa?", 'kayes', gb=True)

# ---- contact (5 fr, 1 std, 1 phone, 1 N'Ko)
row('fr', 'contact', 'P35', "numero de l association des maliens expulses svp")
row('fr', 'contact', 'P04', "Pouvez-vous me donner le contact du Centre Père Michel ?")
row('fr', 'contact', 'P32', "le tel de la croix rouge pour les migrants")
row('fr', 'contact', 'P34', "Contact d'ENDA à Koulikoro ?", 'koulikoro')
row('fr', 'contact', 'P05', "comment joindre l'IFPI de Kayes", 'kayes')
row('std', 'contact', 'P10', "Donilab nimɔrɔ ye jumɛn ye?")
row('phone', 'contact', 'P07', "AEK kayi telefoni nimoro di n ma", 'kayes')
row('nko', 'contact', 'P01', "misabugu baaradegekalanyɔrɔ telefɔni nimɔrɔ ye jumɛn ye?", 'bamako')

# ---- cost (4 fr, 1 std, 1 phone, 1 N'Ko)
row('fr', 'cost', 'P02', "c combien la formation au CFP de Senou", 'bamako')
row('fr', 'cost', 'P04', "Le foyer du Centre Père Michel coûte combien par mois ?", 'bamako')
row('fr', 'cost', 'P12', "la preincubation chez createam c est payant ?")
row('fr', 'cost', 'P01', "Combien coûtent les cours d'alphabétisation à Missabougou ?", 'bamako')
row('std', 'cost', 'P02', "CFP Sénou kalan sɔngɔ ye joli ye?", 'bamako')
row('phone', 'cost', 'P12', "createam songo ye joli?")
row('nko', 'cost', 'P01', "misabugu balikukalan sɔngɔ ye joli ye?", 'bamako', gb=True)

# ---- papers (4 fr, 1 phone)
row('fr', 'papers', 'P02', "Quels papiers faut-il pour s'inscrire au CFP de Sénou ?", 'bamako')
row('fr', 'papers', 'P01', "j ai pas d acte de naissance, je peux quand meme m inscrire a missabougou ?", 'bamako')
row('fr', 'papers', 'P04', "Pour entrer au Centre Père Michel, il faut obligatoirement le DEF ?", 'bamako')
row('fr', 'papers', 'P35,P32', "Mes papiers d'identité sont restés en Libye. Je suis revenu à Kayes. Qui peut m'aider pour les démarches administratives ?", 'kayes')
row('phone', 'papers', 'P02', "wolosèbèn te n bolo, n be se ka don senou kalanyoro la wa?", 'bamako')

# ---- region (4 fr, 1 std, 1 N'Ko)
row('fr', 'region', 'P05,P06,P07,P08,P12,P19,P14,P15,P20', "Qu'est-ce qui existe à Kayes pour former les jeunes ?", 'kayes')
row('fr', 'region', 'P14,P15,P17,P20,P21,P32,P37', "Vous avez des partenaires à Tombouctou ?", 'tombouctou')
row('fr', 'region', 'P14,P15,P17,P10,P20', "J'habite Koutiala. Quelles structures peuvent m'aider à trouver une formation ou un emploi ?", 'koutiala')
row('fr', 'region', 'P10,P16,P14,P15,P20', "Y a-t-il des structures à Ségou pour les jeunes qui veulent entreprendre ?", 'segou')
row('std', 'region', 'P14,P15,P17,P20', "Mun bɛ Gao denmisɛnw kama? Baara walima kalan?", 'gao')
row('nko', 'region', 'P12,P33,P19,P14,P15', "kita, dɛmɛ jumɛn bɛ sɔrɔ yen?", 'kita')

# ---- info (3 fr, 1 std, 1 phone)
row('fr', 'info', 'P09', "Le centre de formation professionnelle de Markala est-il ouvert ?")
row('fr', 'info', 'R03', "Le projet Avenir Brillant forme encore des jeunes à Kayes ?")
row('fr', 'info', 'A01', "Comment postuler à la subvention AGR du PAFEEM de la Banque mondiale ?")
row('std', 'info', 'A02', "GIZ bɛ wari di mɔgɔw ma wa?")
row('phone', 'info', 'A07,P17', "danida ka FACEJ be sisan wa?")

# ---- negatives, French (23)
for t in [
    "comment faire du savon liquide a la maison ? cest quoi les quantites de soude ?",
    "Je veux devenir infirmier. Où faire la formation d'aide-soignant ?",
    "Où apprendre la photographie et le montage vidéo à Bamako ?",
    "Y a-t-il un incubateur à Gao ?",
    "formation coiffure a kayes svp",
    "Je cherche une formation en comptabilité à Sikasso.",
    "Comment obtenir un visa pour rendre visite à mon frère en France ?",
    "combien coute une moto djakarta neuve a bamako",
    "Mon fils a de la fièvre depuis hier soir, quel médicament lui donner ?",
    "qui a gagne le match mali senegal hier soir",
    "Je suis rentré d'Espagne il y a un an. J'ai ouvert une boutique à Kati mais les clients achètent à crédit et ne paient pas. Ma femme dit de repartir, mes parents disent de rester. Franchement, à votre avis, je dois repartir en Europe ou pas ?",
    "Je cherche une bourse pour faire un master en France ou au Canada.",
    "je veux louer un magasin a kalaban coura pour ma boutique, c est combien le loyer la bas ?",
    "Je veux apprendre la soudure à Tombouctou, c'est où ?",
    "comment inscrire mon fils a l universite de bamako",
    "Bonjour, je suis rentrée de Côte d'Ivoire avec mes enfants. On s'est installés à Sikasso chez mes parents. Ma fille de 8 ans allait à l'école là-bas mais elle n'a jamais été inscrite ici. Comment l'inscrire en 3e année à l'école publique du quartier ?",
    "Quel est le prix du sac de ciment à Bamako en ce moment ?",
    "Je veux faire une formation de pâtissier à Ségou.",
    "c est combien l euro en franc cfa aujourd hui",
    "Est-ce que le permis de conduire malien est valable en Espagne ?",
    "Mon père cultive du mil à Nioro. Cette année les chenilles ont mangé presque tout le champ, et il a déjà tout investi dans les semences. Quel produit il faut mettre contre les chenilles du mil ?",
    "Formation en cordonnerie à Mopti ?",
    "je veux faire la formation de guide touristique a djenne",
]:
    row('fr', 'negative', '', t)

# ---- negatives, Bambara (4 std, 5 phone, 3 N'Ko)
row('std', 'negative', '', "Safunɛ bɛ dilan cogo di so kɔnɔ?")
row('std', 'negative', '', "Pasipɔri sɔngɔ ye joli ye sisan?")
row('std', 'negative', '', "N den bɛ bana, fura jumɛn bɛ se k'a furakɛ?")
row('std', 'negative', '', "Kalali kalan bɛ Tumutu wa?", 'tombouctou')
row('phone', 'negative', '', "moto songo ye joli ye bamako?")
row('phone', 'negative', '', "incubateur be kidali wa?", 'kidal')
row('phone', 'negative', '', "n b a fe ka she mara n ka so kono, u ka dumuni ye mun ye?")
row('phone', 'negative', '', "visa be soro cogo di ka taa faransi?")
row('phone', 'negative', '', "jege be tobi cogo di?")
row('nko', 'negative', '', "gine ni mali ka ntolatan, jɔn ye se sɔrɔ?")
row('nko', 'negative', '', "kunsigi dilan kalan bɛ gao wa?", 'gao', gb=True)
row('nko', 'negative', '', "n ye kalandenba ye, n bɛ a fɛ ka kalan kɛ faransi. dɛmɛ bɛ sɔrɔ wa?")

# ---------------------------------------------------------------- N'Ko writer and reader
NKO_ROWS = [l.rstrip('\n').split('\t') for l in open(BAM + '/nko.tsv', encoding='utf-8')][1:]
VOW = {'a': '\u07ca', 'e': '\u07cb', 'i': '\u07cc', 'ɛ': '\u07cd', 'u': '\u07ce', 'o': '\u07cf', 'ɔ': '\u07d0'}
CONS = {'b': '\u07d3', 'p': '\u07d4', 't': '\u07d5', 'j': '\u07d6', 'c': '\u07d7', 'd': '\u07d8', 'r': '\u07d9',
        's': '\u07db', 'f': '\u07dd', 'k': '\u07de', 'l': '\u07df', 'm': '\u07e1', 'ɲ': '\u07e2', 'n': '\u07e3',
        'h': '\u07e4', 'w': '\u07e5', 'y': '\u07e6',
        'g': '\u07dc\u07ed', 'z': '\u07d6\u07ed', 'v': '\u07dd\u07ed', 'sh': '\u07db\u07ed'}
LONG = '\u07ef'; NASAL = '\u07f2'; DAGBASINNA = '\u07d1'; SYLN = '\u07d2'; APOS = '\u07f4'
PUNCT = {'?': '\u061f', ',': '\u07f8', '!': '\u07f9'}
# the writer must agree with the table it is read back with
for lat, ch in list(VOW.items()) + list(CONS.items()):
    assert any(r[0] == ch and r[2] == lat for r in NKO_ROWS) or lat in ('n',), (lat, ch)

def tokens(word):
    out, i = [], 0
    while i < len(word):
        c = word[i]
        if word[i:i+2] == 'sh':
            out.append(['C', 'sh']); i += 2; continue
        if c in VOW:
            if i + 1 < len(word) and word[i+1] == c:
                out.append(['V', c, True]); i += 2
            else:
                out.append(['V', c, False]); i += 1
            continue
        if c in CONS:
            out.append(['C', c]); i += 1; continue
        if c.isdigit():
            out.append(['D', c]); i += 1; continue
        out.append(['X', c]); i += 1
    return out

def write_word(word, gb):
    t = tokens(word)
    # classify n
    for k, tok in enumerate(t):
        if tok[0] == 'C' and tok[1] == 'n':
            prev = t[k-1] if k else None
            nxt = t[k+1] if k + 1 < len(t) else None
            if prev and prev[0] == 'V' and (nxt is None or nxt[0] != 'V'):
                tok[0] = 'NAS'
            elif prev is None and (nxt is None or nxt[0] == 'C'):
                tok[0] = 'SYLN'
    # gbarali: C1 V C2 V (same short oral vowel) -> C1 C2 V
    drop = set()
    if gb:
        for k in range(len(t) - 3):
            a, b, c, d = t[k:k+4]
            if (a[0] == 'C' and b[0] == 'V' and c[0] == 'C' and d[0] == 'V' and b[1] == d[1]
                    and not b[2] and not d[2] and len(CONS[a[1]]) == 1 and len(CONS[c[1]]) == 1
                    and (k + 4 >= len(t) or t[k+4][0] != 'NAS')
                    and (k - 1 not in drop) and (k == 0 or t[k-1][0] in ('V', 'NAS'))):
                drop.add(k + 1)
    out = []
    for k, tok in enumerate(t):
        if k in drop:
            continue
        if tok[0] == 'V':
            out.append(VOW[tok[1]] + (LONG if tok[2] else ''))
        elif tok[0] == 'NAS':
            out.append(NASAL)
        elif tok[0] == 'SYLN':
            out.append(SYLN)
        elif tok[0] == 'C':
            nxt = t[k+1] if k + 1 < len(t) else None
            ch = CONS[tok[1]]
            if (k + 1) in drop:
                out.append(ch)
            elif nxt is None or nxt[0] != 'V':
                out.append(ch + DAGBASINNA)     # a consonant with no vowel after it
            else:
                out.append(ch)
        elif tok[0] == 'D':
            out.append(chr(0x07C0 + int(tok[1])))
        else:
            c = tok[1]
            out.append(APOS if c in "'’" else PUNCT.get(c, c))
    return ''.join(out)

def to_nko(latin, gb):
    parts = re.split(r'(\s+)', latin.lower())
    return ''.join(p if p.isspace() else write_word(p, gb) for p in parts)

# reader, built from nko.tsv alone
DIGRAPH = {r[0]: r[2] for r in NKO_ROWS if len(r[0]) == 2}
SINGLE = {r[0]: (r[2], r[3]) for r in NKO_ROWS if len(r[0]) == 1}
def kind_of(ch):
    lat, note = SINGLE.get(ch, (None, ''))
    if note.startswith('vowel'): return 'V'
    if note.startswith('consonant'): return 'C'
    if note == 'digit': return 'D'
    return None

def read_nko(s):
    units = []   # [type, latin, nocopy]
    i = 0
    while i < len(s):
        ch = s[i]
        if s[i:i+2] in DIGRAPH:
            units.append(['C', DIGRAPH[s[i:i+2]], False]); i += 2; continue
        cp = ord(ch)
        if 0x07EE <= cp <= 0x07F1:
            if units and units[-1][0] == 'V':
                units[-1][1] = units[-1][1] * 2
            i += 1; continue
        if cp in (0x07EB, 0x07EC, 0x07ED, 0x07F3, 0x07FD, 0x07FA, 0x07F7, 0x200F):
            i += 1; continue
        if cp == 0x07F2:
            units.append(['N', 'n', True]); i += 1; continue
        if cp == 0x07D1:
            if units: units[-1][2] = True
            i += 1; continue
        if cp == 0x07D2:
            units.append(['S', 'n', True]); i += 1; continue
        k = kind_of(ch)
        if k in ('V', 'C', 'D'):
            units.append([k, SINGLE[ch][0], False]); i += 1; continue
        if ch in SINGLE and SINGLE[ch][0]:
            units.append(['P', SINGLE[ch][0], True]); i += 1; continue
        units.append(['P', ch, True]); i += 1
    out = []
    for k, u in enumerate(units):
        out.append(u[1])
        if (u[0] == 'C' and not u[2] and k + 2 < len(units) and units[k+1][0] == 'C'
                and units[k+2][0] == 'V'):
            out.append(units[k+2][1][0])
    return ''.join(out)

# ---------------------------------------------------------------- conversations
def T(say, lang, expect_any=(), expect_all=(), forbid=()):
    return {'say': say, 'lang': lang, 'expect_all': list(expect_all), 'expect_any': list(expect_any), 'forbid': list(forbid)}

NKO_TURNS = {}   # (conv id, turn index) -> (latin, gbarali)
def NK(cid, idx, latin, gb, **kw):
    NKO_TURNS[(cid, idx)] = (latin, gb)
    return T(to_nko(latin, gb), 'nko', **kw)

DF = DANGER_FORBID
C = []
def conv(cid, note, turns):
    C.append({'id': cid, 'note': note, 'turns': turns})

conv('CN-01', "danger: adult expelled from Algeria, arrived in Bamako with nothing; shelter, then phones, then a trade",
     [T("bsr. je suis arrive hier a bamako, expulse d algerie avec d autres. on a rien, pas d argent pas de telephone. on dort ou ce soir ?", 'fr', N('P35', 'P32'), forbid=DF),
      T("leur numero svp", 'fr', P('P35', 'P32'), forbid=DF),
      T("et pour apprendre un metier apres ?", 'fr', N('P01', 'P02', 'P03', 'P04', 'P29', 'P14', 'P15'))])
conv('CN-02', "danger: counsellor, girl of 14 alone at Kayes who says a man wanted to sell her",
     [T("Je suis conseiller EOJ. Une fille de 14 ans est arrivée seule à Kayes depuis la Guinée, elle dit qu'un homme voulait la vendre. Qui peut la prendre en charge à Kayes ?", 'fr', N('P34', 'P36', 'P37', 'P32'), forbid=DF),
      T("Donnez-moi le téléphone d'ENDA.", 'fr', P('P34'), forbid=DF)])
conv('CN-03', "training: welding, no town, then Bamako, then cost, then one centre's phone",
     [T("je veux apprendre la soudure", 'fr', N('P01', 'P02', 'P03', 'P04', 'P29', 'P05', 'P07')),
      T("a bamako", 'fr', N('P01', 'P02', 'P03', 'P04', 'P29')),
      T("c est combien ?", 'fr', A(55000, 25000, 200000, 345000, 40000, 135000)),
      T("le numero de senou", 'fr', P('P02'))])
conv('CN-04', "opens out of scope, then a job in Bamako, then a Bambara follow-up for the numbers",
     [T("c est quoi la capitale du canada", 'fr', forbid=OUT_OF_SCOPE_FORBID),
      T("bon. moi je cherche un travail a bamako, n importe quoi, menage, chauffeur", 'fr', N('P28', 'P15', 'P30', 'P14')),
      T("U nimɔrɔ ye jumɛn ye?", 'bm', P('P28', 'P15', 'P30', 'P14'))])
conv('CN-05', "danger (Bambara): sold in Libya, back in Bamako and afraid; then the Red Cross number",
     [T("U ye n feere Libi, n ye san kelen baara kɛ, u ma n sara. Sisan n seginna Bamakɔ, n bɛ siran. Jɔn bɛ se ka n dɛmɛ?", 'bm', N('P32', 'P35'), forbid=DF),
      T("Croix Rouge nimɔrɔ di n ma", 'bm', P('P32'), forbid=DF)])
conv('CN-06', "cost: literacy at Missabougou, then its number",
     [T("formation alphabetisation a missabougou c combien", 'fr', A(10000, 2500)),
      T("et leur numero", 'fr', P('P01'))])
conv('CN-07', "training: market gardening in Bamako, then 'et à Kayes ?', then one centre's number",
     [T("Je veux me former au maraîchage à Bamako.", 'fr', N('P01', 'P20')),
      T("et à Kayes ?", 'fr', N('P07', 'P08', 'P19', 'P20')),
      T("le numéro de l'AEK", 'fr', P('P07'))])
conv('CN-08', "danger (Bambara phone spelling): brother lost in Libya, family tracing; French follow-up about Kayes",
     [T("n dogoke tununna libi kabini san 2, an te a kunnafoni soro. jon be se k an deme k a nyini?", 'bm', N('P32'), forbid=DF),
      T("ils sont aussi à Kayes ? ma mère est là-bas", 'fr', N('P32'), forbid=DF)])
conv('CN-09', "finance: loan for a shop in Bamako; age told after (43: APEJ is 15-40); then Createam's fee",
     [T("je veux un credit pour ouvrir une boutique de pieces detachees a bamako", 'fr', N('P22', 'P14', 'P15')),
      T("jai 43 ans", 'fr', N('P22', 'P15', 'P12')),
      T("et createam c est combien ?", 'fr', A(100000))])
conv('CN-10', "danger: displaced family from Bandiagara sleeping outside in Mopti; COOPI has only an e-mail",
     [T("nous sommes deplaces de bandiagara, arrives a mopti. ma femme est enceinte et on dort dehors depuis 4 jours", 'fr', N('P36', 'P32'), forbid=DF),
      T("coopi ils ont un numero ?", 'fr', ['cm.mali@coopi.org'], forbid=DF),
      T("ils ont un bureau ici a mopti ?", 'fr', N('P36'), forbid=DF)])
conv('CN-11', "info on an ended project (Avenir Brillant), then where to learn sewing in Bamako",
     [T("Le projet Avenir Brillant forme encore des jeunes à Bamako ?", 'fr', ['2023', 'termin', 'fini', 'achev', 'plus actif', 'clos']),
      T("alors où apprendre la couture à Bamako ?", 'fr', N('P01', 'P03', 'P34'))])
conv('CN-12', "danger (N'Ko): younger sister of 15 sold into domestic work in Bamako and mistreated; then numbers",
     [NK('CN-12', 0, "n dɔgɔmuso ye san 15 ye, u ye a feere bamakɔ baara la, u bɛ a tɔɔrɔ. jɔn bɛ se ka a lakana?", True, expect_any=N('P34', 'P37', 'P32'), forbid=DF),
      NK('CN-12', 1, "u nimɔrɔ ye jumɛn ye?", False, expect_any=P('P34', 'P32') + ['bamako@unicef.org'], forbid=DF)])
conv('CN-13', "opens out of scope in Bambara (rain), then car mechanics in Kayes, then the number",
     [T("sanji be na bi wa bamako?", 'bm', forbid=OUT_OF_SCOPE_FORBID),
      T("N b'a fɛ ka mobili dilan dege Kayi.", 'bm', N('P05')),
      T("u nimoro?", 'bm', P('P05'))])
conv('CN-14', "danger: papers and money taken at the Mauritanian border, now in Kayes; no money to reach Bamako",
     [T("a la frontiere mauritanienne les gendarmes ont pris mes papiers et mon argent. je suis a kayes maintenant, je connais personne", 'fr', N('P32', 'P35', 'P36'), forbid=DF),
      T("jai pas d argent pour aller a bamako, y a quelqu un ici a kayes ?", 'fr', N('P32', 'P36'), forbid=DF)])
conv('CN-15', "job: legal work in Spain (ANPE placement abroad), its number, a Bambara follow-up about Kayes",
     [T("Je veux partir travailler en Espagne légalement, pas par la mer. Qui organise ça ?", 'fr', N('P15')),
      T("leur numéro", 'fr', P('P15')),
      T("U bɛ Kayi fana wa?", 'bm', N('P15'))])
conv('CN-16', "danger (Bambara): woman assaulted on the road from Libya, now in Ségou, cannot sleep; asks for shelter in French",
     [T("Ne ye muso ye, n bɔra Libi. Sira kan, binkanni kɛra n na. Sisan n bɛ Segu, n tɛ se ka sunɔgɔ.", 'bm', N('P36', 'P32'), forbid=DF),
      T("ils peuvent m'héberger ?", 'fr', N('P36', 'P32'), forbid=DF)])
conv('CN-17', "finance: diaspora investors for a small agri-food firm (FADEV), then the amounts",
     [T("J'habite en France. Avec d'autres Maliens de la diaspora on veut investir ensemble dans une petite entreprise agroalimentaire au Mali. Qui organise ça ?", 'fr', N('P25')),
      T("ils investissent combien ?", 'fr', A(15000, 125000))])
conv('CN-18', "danger: young cousin alone in Gao after being pushed back from Algeria; age told after (17)",
     [T("mon petit cousin est arrive seul a gao, refoule d algerie, il dort au marche. qui peut l aider ?", 'fr', N('P32', 'P34', 'P37'), forbid=DF),
      T("il a 17 ans", 'fr', N('P34', 'P37', 'P32'), forbid=DF)])
conv('CN-19', "papers: documents for Missabougou, then 'et à Sénou ?'",
     [T("quels papiers pour s inscrire a missabougou ?", 'fr', ['nationalit'], expect_all=['acte de naissance']),
      T("et a senou ?", 'fr', ['résidence', 'residence'], expect_all=['photo'])])
conv('CN-20', "opens out of scope (is the bot a human?), then danger: nephew of 15 expelled alone, in Gao",
     [T("tu es un humain ou un robot ?", 'fr', forbid=OUT_OF_SCOPE_FORBID),
      T("mon neveu de 15 ans a ete expulse d algerie tout seul, il est a gao. qui s occupe des enfants comme lui ?", 'fr', N('P34', 'P37', 'P32'), forbid=DF)])
conv('CN-21', "danger (N'Ko): group expelled from Morocco arrived in Bamako today, no shelter; then how many days",
     [NK('CN-21', 0, "u ye an gɛn ka bɔ marɔku, an seginna bamakɔ bi. jayɔrɔ tɛ an bolo. an bɛ taa min?", True, expect_any=N('P35', 'P32'), forbid=DF),
      NK('CN-21', 1, "jayɔrɔ bɛ sɔrɔ yen tile joli?", False, expect_any=['72', '3 jours', 'trois jours', 'tile 3', 'tile saba'], forbid=DF)])
conv('CN-22', "finance: incubator for a beginner without diploma in Bamako, then Ségou, then Createam's fee",
     [T("incubateur a bamako pour debutant sans diplome ?", 'fr', N('P12', 'P10', 'P13')),
      T("et a segou ?", 'fr', N('P10')),
      T("createam c est combien ?", 'fr', A(100000))])
conv('CN-23', "danger: displaced mother from Niono in Ségou with nothing to eat; Bambara follow-up for numbers",
     [T("Je suis déplacée de Niono, je suis arrivée à Ségou avec mes trois enfants, on n'a rien à manger.", 'fr', N('P36', 'P32'), forbid=DF),
      T("u nimoro ye jumen ye?", 'bm', P('P32') + ['cm.mali@coopi.org'], forbid=DF)])
conv('CN-24', "training: CAP car mechanics at Père Michel at 32 (CAP is 18-30), then the cost of the alternative",
     [T("je veux faire le CAP mecanique auto au centre pere michel, j ai 32 ans", 'fr', ['Missabougou', 'Misabougou', '18 à 30', '18 et 30', '30 ans']),
      T("et missabougou c combien ?", 'fr', A(200000, 345000))])
conv('CN-25', "danger (Bambara): sister of 14 sold in Côte d'Ivoire, back in Sikasso; then numbers",
     [T("N dɔgɔmuso ye san 14 ye. U y'a feere Kodiwari, sisan a seginna Sikaso. Jɔn bɛ jɔnjago denw lakana Sikaso?", 'bm', N('P34', 'P37', 'P32'), forbid=DF),
      T("U nimɔrɔ di n ma.", 'bm', P('P34', 'P32') + ['bamako@unicef.org'], forbid=DF)])

# ---------------------------------------------------------------- checks
errors = []
def err(m): errors.append(m)

for r in R:
    for ref in r['rel']:
        if ref not in F: err(f'unknown id {ref}: {r["text"][:40]}')
        d = F.get(ref, {})
        special = ref[0] in 'AR' or d.get('status') in ('ended', 'planned')
        if special and r['kind'] != 'info':
            err(f'{ref} ({d.get("status")}) outside an info row: {r["text"][:50]}')
        if r['region'] and r['kind'] != 'info':
            regs = d.get('regions', [])
            if TOWN[r['region']] not in regs and 'national' not in regs:
                err(f'{ref} does not serve {r["region"]}: {r["text"][:50]}')
        ended = d.get('aid_ended', [])
        need = {'protect': 'protection', 'train': 'formation', 'finance': 'financement'}.get(r['kind'])
        if need and need in ended:
            err(f'{ref} aid ended for {need}: {r["text"][:50]}')
    if r['kind'] == 'negative' and r['rel']: err('negative with ids')
    if r['kind'] != 'negative' and not r['rel']: err('row without ids: ' + r['text'][:40])

DANGER_NAMES = set()
for ref, d in F.items():
    if ref[0] == 'A' or ref[0] == 'R':
        DANGER_NAMES.add(ref)
n_danger = 0
for c in C:
    if any(t['forbid'] == DF for t in c['turns']): n_danger += 1
    for t in c['turns']:
        for s in t['expect_any'] + t['expect_all']:
            digits = re.sub(r'[ .\-\u00a0\u202f]', '', s)
            if digits.isdigit() and len(digits) >= 4:
                if len(digits) == 8 and digits in ALL_PHONES: continue
                if digits in ALL_NUMS: continue
                err(f'{c["id"]}: {s!r} not in any fiche')
if n_danger < 12: err(f'only {n_danger} danger conversations')

# N'Ko: write, read back
nko_lines = []
for r in R:
    if r['script'] == 'nko':
        r['nko'] = to_nko(r['text'], r['gb'])
        back = read_nko(r['nko'])
        if back != r['text'].lower(): err(f'N\'Ko round trip: {r["text"]!r} -> {back!r}')
for (cid, idx), (lat, gb) in NKO_TURNS.items():
    back = read_nko(to_nko(lat, gb))
    if back != lat.lower(): err(f'N\'Ko round trip {cid}: {lat!r} -> {back!r}')

# Bambara words: attested in lexicon / fiches' summary_bm / trades.tsv, or in the declared common list
def fold(w):
    w = w.lower().replace('ɛ', 'e').replace('ɔ', 'o').replace('ɲ', 'ny').replace('ŋ', 'ng').replace('è', 'e').replace('ò', 'o')
    return ''.join(c for c in unicodedata.normalize('NFD', w) if unicodedata.category(c) != 'Mn')
ATTESTED = set()
for l in open(BAM + '/lexicon.tsv', encoding='utf-8').readlines()[1:]:
    cols = l.split('\t')
    for w in re.findall(r"[^\W\d_]+", cols[0] + ' ' + cols[1]): ATTESTED.add(fold(w))
    for m in re.findall(r'«([^»]+)»', cols[2]): 
        for w in re.findall(r"[^\W\d_]+", m): ATTESTED.add(fold(w))
for d in F.values():
    for w in re.findall(r"[^\W\d_]+", d.get('summary_bm', '')): ATTESTED.add(fold(w))
for l in open(FICHES + '/trades.tsv', encoding='utf-8'):
    if l.startswith('#'): continue
    cols = l.split('\t')
    if len(cols) > 1:
        for w in re.findall(r"[^\W\d_]+", cols[1]): ATTESTED.add(fold(w))
COMMON = {  # very common words, not in the lexicon or the fiches, that I am sure of
    'sisan': 'now', 'kelen': 'one, alone', 'kabini': 'since', 'fila': 'two', 'siran': 'to fear',
    'gen': 'to chase, expel (gɛn)', 'dogoke': 'younger brother (dɔgɔkɛ)', 'dogomuso': 'younger sister (dɔgɔmuso)',
    'tununna': 'got lost (tunun + -na)', 'sanji': 'rain', 'bi': 'today', 'ntolatan': 'football',
    'tobi': 'to cook', 'sunogo': 'to sleep (sunɔgɔ)', 'tugun': 'again', 'sogoma': 'morning',
    'polisiw': 'policemen (polisi + -w)', 'denw': 'children (den + -w)', 'u': 'they', 'an': 'we', 'ne': 'I (emphatic)',
    'ka': 'infinitive / possessive', 'la': 'in', 'ma': 'to / negative past', 'ye': 'copula / past', 'ni': 'and, with',
    'k': "k' = ka", 'b': "b' = bɛ", 'y': "y' = ye", 'i': 'you', 'n': 'I', 'a': 'he, she, it', 'wa': 'question particle',
    'te': 'negative (tɛ)', 'be': 'bɛ', 'don': 'it is', 'na': 'in / come', 'kan': 'on', 'kono': 'inside (kɔnɔ)',
    'ko': 'after (kɔ)', 'fe': 'with, at (fɛ)', 'bo': 'come out of (bɔ)', 'bora': 'came from (bɔ-ra)', 'bɔra': 'came from',
    'taara': 'went (taa-ra)', 'seginna': 'came back (segin-na)', 'banana': 'fell ill (bana-na)', 'kera': 'was done (kɛ-ra)',
    'feerera': 'was sold (feere-ra)', 'kele': 'war (kɛlɛ)', 'tile': 'day', 'joli': 'how many', 'yen': 'there',
    'she': 'chicken (shɛ)', 'kit': 'French loan (kit)', 'incubateur': 'French word, as written', 'visa': 'French loan',
    'moto': 'motorbike (Bamadaba móto)', 'master': 'French word', 'def': 'DEF, the diploma', 'cfp': 'CFP', 'facej': 'FACEJ',
    'apej': 'APEJ', 'anpe': 'ANPE', 'aek': 'AEK', 'giz': 'GIZ', 'donilab': 'Donilab', 'createam': 'Createam',
    'danida': 'Danida', 'croix': 'Croix(-Rouge)', 'rouge': '(Croix-)Rouge', 'senou': 'Sénou', 'misabugu': 'Missabougou in Bambara spelling',
    'moritani': 'Mauritanie (lexicon: Moritani)', 'esipanyi': 'Espagne', 'libi': 'Libye', 'gine': 'Guinée', 'seginnen': 'returned (fiches: seginnenw)',
}
unattested = {}
for r in R:
    if r['script'] in ('std', 'phone', 'nko'):
        for w in re.findall(r"[^\W\d_]+", r['text']):
            f = fold(w)
            if f not in ATTESTED and f not in COMMON:
                unattested.setdefault(f, []).append(r['text'][:40])
for c in C:
    for t in c['turns']:
        if t['lang'] == 'bm':
            for w in re.findall(r"[^\W\d_]+", t['say']):
                f = fold(w)
                if f not in ATTESTED and f not in COMMON:
                    unattested.setdefault(f, []).append(c['id'])
for (cid, idx), (lat, gb) in NKO_TURNS.items():
    for w in re.findall(r"[^\W\d_]+", lat):
        f = fold(w)
        if f not in ATTESTED and f not in COMMON:
            unattested.setdefault(f, []).append(cid)
if unattested:
    err('Bambara words neither attested nor declared: ' + ', '.join(sorted(unattested)))

if errors:
    print('\n'.join(errors)); sys.exit(1)

# ---------------------------------------------------------------- write
rng = random.Random(39)
order = list(range(len(R)))
rng.shuffle(order)
with open(os.path.join(HERE, 'questions.tsv'), 'w', encoding='utf-8') as q, \
     open(os.path.join(HERE, 'nko_sources.tsv'), 'w', encoding='utf-8') as ns:
    q.write('id\tlang\tquestion\trelevant\tkind\n')
    ns.write('id\tlatin_source\tgbarali\tnko\treadback\n')
    for n, k in enumerate(order, 1):
        r = R[k]
        rid = f'H39-{n:03d}'
        lang = 'fr' if r['script'] == 'fr' else 'bm'
        text = r['nko'] if r['script'] == 'nko' else r['text']
        assert '\t' not in text and '\n' not in text
        q.write(f'{rid}\t{lang}\t{text}\t{",".join(r["rel"])}\t{r["kind"]}\n')
        if r['script'] == 'nko':
            ns.write(f'{rid}\t{r["text"]}\t{"yes" if r["gb"] else "no"}\t{r["nko"]}\t{read_nko(r["nko"])}\n')
    for (cid, idx), (lat, gb) in sorted(NKO_TURNS.items()):
        nk = to_nko(lat, gb)
        ns.write(f'{cid}/turn{idx+1}\t{lat}\t{"yes" if gb else "no"}\t{nk}\t{read_nko(nk)}\n')
with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')

# summary
from collections import Counter
cnt = Counter((r['kind'], r['script']) for r in R)
kinds = ['train', 'finance', 'protect', 'job', 'contact', 'cost', 'papers', 'region', 'info', 'negative']
print('rows', len(R), 'turns', sum(len(c['turns']) for c in C), 'conversations', len(C), 'danger conversations', n_danger)
print('kind      fr  std phone nko total')
for k in kinds:
    print(f'{k:9} ' + ' '.join(f'{cnt[(k, s)]:4}' for s in ('fr', 'std', 'phone', 'nko')) + f' {sum(cnt[(k, s)] for s in ("fr","std","phone","nko")):5}')
print('total     ' + ' '.join(f'{sum(cnt[(k, s)] for k in kinds):4}' for s in ('fr', 'std', 'phone', 'nko')))
