# Conversations. lang: fr | bm | nko (nko turns give the Latin source in "src"; gen.py writes the N'Ko into "say")
DONORS = ["Banque mondiale","Banque Mondiale","World Bank","GIZ","AFD","Agence française","Agence Française",
  "SNV","LuxDev","Luxdev","LUXDEV","AECID","DANIDA","Danida","Coopération danoise","Cooperation danoise","FIDA","PNUD","UNDP","FAO",
  "Coopération suisse","Coopération Suisse","Cooperation suisse"]
ENDED = ["Avenir Brillant","Avenir brillant","AVENIR BRILLANT","INFSS","IPEC","OIT-IPEC","CAFé","Projet canadien","projet canadien",
  "Éducation internationale","PROMISA","PAFEEM","FACEJ"]
DANGER = DONORS + ENDED
AME = ["71003000","71 00 30 00","71.00.30.00","+223 71 00 30 00"]
CRM = ["70067806","70 06 78 06","70.06.78.06","700678.06","+223 70 06 78 06"]
ENDA = ["78811078","78 81 10 78","76428883","76 42 88 83","endabamako@yahoo.fr"]
def T(say, lang="fr", all_=None, any_=None, forbid=None, gb=None):
    d = {"say": say, "lang": lang, "expect_all": all_ or [], "expect_any": any_ or [], "forbid": forbid or []}
    if gb is not None: d["gbarali"] = gb
    return d
C = [
("CN-01","formation soudure à Bamako, puis coût et numéro du CFP Sénou (suivis implicites)",[
  T("bjr jveux apprendre la soudure a bamako jai 20 ans", any_=["Missabougou","Sénou","Senou","ECICA","Père Michel"]),
  T("c combien a senou ?", any_=["25 000","25.000","25000","55 000","55.000","55000"]),
  T("leur numero ?", any_=["66896887","66 89 68 87","66.89.68.87"]),
]),
("CN-02","DANGER expulsé à la gare de Sogoniko, sans abri ; suivi numéro",[
  T("je suis a la gare de sogoniko on ma expulse dalgerie cette nuit jai nulle part ou dormir", any_=["AME","Maliens Expulsés","Croix"], forbid=DANGER),
  T("leur numero ?", any_=AME+CRM, forbid=DANGER),
  T("apres je veux apprendre la mecanique auto ici a bamako", any_=["Missabougou","Père Michel","Pere Michel"], forbid=ENDED),
]),
("CN-03","ouvre hors sujet (billet d'avion), puis vraie demande de formation couture",[
  T("tu peux me donner le prix du billet avion paris bamako ?", forbid=DANGER),
  T("ok alors je cherche une formation en couture a bamako", any_=["Missabougou","ECICA"]),
]),
("CN-04","bambara : maraîchage à Kayes puis numéros",[
  T("N b'a fɛ ka nakɔbaara dege Kayi.", "bm", any_=["AEK","Atelier École","Atelier Ecole","CFAP","Agropastorale"]),
  T("u nimɔrɔ di n ma", "bm", any_=["79185160","79 18 51 60","75379171","75 37 91 71"]),
]),
("CN-05","DANGER N'Ko : fille de 14 ans seule à Kayes ; puis numéro",[
  T("denmisɛnmuso dɔ bɛ yan Kayi a kelen, a ye san tan ni naani ye", "nko", any_=["ENDA","Croix","COOPI"], forbid=DANGER, gb=True),
  T("u nimɔrɔ di n ma", "nko", any_=ENDA+CRM, forbid=DANGER, gb=False),
]),
("CN-06","conseillère EOJ Sikasso : création d'entreprise, puis contact Donilab",[
  T("Bonjour, je suis conseillère EOJ à Sikasso. Un jeune de 22 ans veut créer une petite unité de transformation de mangues. Qui peut l'accompagner ici ?", any_=["Donilab","DONILAB","APEJ"]),
  T("et le contact de Donilab ?", any_=["66668813","66 66 88 13","info@donilab.net"]),
]),
("CN-07","DANGER au 2e tour : commence par une formation à Kayes, puis fille vendue à Kayes",[
  T("je cherche une formation mecanique pour moi a kayes", any_=["IFPI","Industrielle"]),
  T("en fait le vrai probleme cest ma fille de 15 ans, on la vendue a un homme a kayes, elle travaille chez lui sans sortir", any_=["ENDA","Croix","COOPI"], forbid=DANGER),
  T("leur numero ?", any_=ENDA+CRM, forbid=DANGER),
]),
("CN-08","bambara téléphone : papiers puis coût au CFP Sénou",[
  T("n ba fe ka kalan ke senou, sebenni jumenw be nyini", "bm", any_=["acte de naissance","photo","certificat de nationalité","wolosɛbɛn"]),
  T("songo ye joli ye", "bm", any_=["25 000","25.000","25000"]),
]),
("CN-09","DANGER frère disparu sur la route de Libye ; numéro Croix-Rouge",[
  T("mon frere est parti vers la libye en 2022 on a plus de nouvelles depuis un an, ma mere pleure tous les jours", any_=["Croix-Rouge","Croix Rouge"], forbid=DANGER),
  T("leur numero ?", any_=CRM, forbid=DANGER),
  T("on est a kayes, ils ont quelqu un la bas ?", any_=["Kayes"], forbid=DANGER),
]),
("CN-10","Kayes : deux options, « le deuxième » et son numéro",[
  T("je suis a kayes je veux formation en soudure ou en electricite", any_=["IFPI","AEK","Atelier"]),
  T("le deuxième, c'est ou et leur numero ?", any_=["79189796","79 18 97 96","79185160","79 18 51 60"]),
]),
("CN-11","DANGER bambara : déplacés à Mopti sans abri ; contact",[
  T("An ye an ka dugu to kɛlɛ kosɔn, an bɛ Mɔti sisan. Jayɔrɔ tɛ an bolo, denmisɛnw bɛ an fɛ.", "bm", any_=["COOPI","Croix"], forbid=DANGER),
  T("u sɔrɔ cogo di?", "bm", any_=["cm.mali@coopi.org"]+CRM, forbid=DANGER),
]),
("CN-12","crédit agricole à Ségou puis numéro BNDA",[
  T("credit agricole pour mon champ de riz a segou", any_=["BNDA","Banque Nationale de Développement Agricole"]),
  T("leur numero ?", any_=["66562121","66 56 21 21","76465201","76 46 52 01"]),
]),
("CN-13","ouvre hors sujet (football), puis emploi chauffeur et numéro RMO",[
  T("sira tu supportes quelle equipe, les aigles ?", forbid=DANGER),
  T("bon, je cherche du travail de chauffeur a bamako", any_=["RMO","Relation Main"]),
  T("leur numero ?", any_=["76249007","76 24 90 07"]),
]),
("CN-14","N'Ko : alphabétisation à Bamako puis coût",[
  T("n tɛ se ka sɛbɛnni kɛ, n bɛ a fɛ ka balikukalan kɛ Bamakɔ", "nko", any_=["Missabougou"], gb=True),
  T("a sɔngɔ ye joli ye?", "nko", any_=["10 000","10.000","10000","2 500","2.500","2500"], gb=False),
]),
("CN-15","DANGER bambara téléphone : passeport pris, rentré à Bamako sans papiers",[
  T("u ye n ka pasipori ta alizeri, n segin na bamako sebenw te n bolo", "bm", any_=["AME","Croix"], forbid=DANGER),
  T("u nimoro", "bm", any_=AME+CRM, forbid=DANGER),
]),
("CN-16","DANGER conseillère EOJ à Gao : garçon de 14 ans seul",[
  T("Bonjour, je suis conseillère EOJ à Gao. Un garçon de 14 ans est arrivé seul d'Algérie, il dort devant notre bureau depuis deux nuits. Qui peut le prendre en charge ?", any_=["ENDA","Croix"], forbid=DANGER),
  T("Numéro de la Croix-Rouge ?", any_=CRM, forbid=DANGER),
  T("Et ENDA, ils sont à Gao aussi ?", any_=["Gao"], forbid=DANGER),
]),
("CN-17","comptabilité, puis « et à Kayes ? », puis gratuité",[
  T("je veux une formation en comptabilite", any_=["IFPT","CIRTIC","FAMIB"]),
  T("et a Kayes ?", all_=["IFPT"]),
  T("c'est gratuit ?", any_=["DEF","gratuit"]),
]),
("CN-18","DANGER dort dehors à Kayes, puis métier à Kayes",[
  T("je dors dehors a kayes depuis 3 jours, rentre de mauritanie sans rien", any_=["Croix","AME","COOPI"], forbid=DANGER),
  T("et apres je voudrais apprendre un metier ici", any_=["IFPI","AEK","Atelier","CFAP","GRDR"], forbid=ENDED),
]),
("CN-19","bambara : Createam à Kita et son prix",[
  T("Createam bɛ Kita wa?", "bm", any_=["Createam"]),
  T("a sɔngɔ ye joli ye?", "bm", any_=["100 000","100.000","100000"]),
  T("u nimɔrɔ di n ma", "bm", any_=["79137275","79 13 72 75","contact@createam.ml","sissokosale79@yahoo.fr"]),
]),
("CN-20","ouvre hors sujet (recette), puis maraîchage à Bamako et coût",[
  T("donne moi une recette de tiguadege", forbid=DANGER),
  T("ok, je cherche formation maraichage a bamako", any_=["Missabougou","Agrivision"]),
  T("c'est combien a missabougou ?", any_=["200 000","200.000","200000"]),
]),
("CN-21","DANGER femme violée sur la route, à Bamako ; contact",[
  T("une femme de ma famille a ete violee sur la route du niger, maintenant elle est a bamako, elle a besoin de soins et de parler", any_=["Croix","AME"], forbid=DANGER),
  T("contact ?", any_=AME+CRM, forbid=DANGER),
]),
("CN-22","DANGER N'Ko expulsés sans abri à Bamako, puis « n b'a fɛ ka taa yen »",[
  T("u ye an gɛn ka bɔ Alizeri, an bɛ Bamakɔ, an tɛ sunɔgɔyɔrɔ sɔrɔ", "nko", any_=["AME","Croix"], forbid=DANGER, gb=True),
  T("n b'a fɛ ka taa yen", "bm", any_=AME+CRM+["AME"], forbid=DANGER),
]),
("CN-23","stage pour jeune diplômé, puis âge",[
  T("je suis diplome en gestion, je veux un stage", any_=["APEJ"]),
  T("c'est pour quel age ?", any_=["40"]),
  T("leur numero ?", any_=["66745089","66 74 50 89"]),
]),
("CN-24","DANGER bambara téléphone : parent perdu sur la route ; où les trouver",[
  T("n balima tununna sira la libi fe, an te a kunnafoni soro", "bm", any_=["Croix"], forbid=DANGER),
  T("u be min?", "bm", any_=["Bamako","Bamakɔ","Kayes","Gao","Tombouctou","Kidal"], forbid=DANGER),
]),
("CN-25","DANGER famille déplacée à Ségou, puis crédit pour recommencer",[
  T("on a fui niono avec les enfants, on est a segou sans abri depuis une semaine", any_=["COOPI","Croix"], forbid=DANGER),
  T("et pour un credit apres pour recommencer le petit commerce ?", any_=["APEJ","Donilab","DONILAB","BNDA"], forbid=ENDED),
]),
]
