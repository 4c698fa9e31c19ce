DONORS = ["Banque Mondiale","Banque mondiale","World Bank","GIZ","AFD","Agence Française de Développement","Agence francaise de developpement",
          "SNV","LuxDev","Luxdev","LUXDEV","AECID","DANIDA","Danida","Coopération Danoise","Cooperation danoise","FIDA","IFAD","PNUD","UNDP",
          "FAO","Coopération Suisse","Coopération suisse","Cooperation Suisse",
          "Avenir Brillant","Avenir brillant","Projet canadien","projet canadien","INFSS","IPEC","PROMISA","Promisa","FACEJ"]
def ph(n):  # phone in several spacings
    d = n[-8:]
    return [d, f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"{d[0:4]} {d[4:8]}", f"+223 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"]
AME = ["Association des Maliens Expulsés","AME"]
CR = ["Croix Rouge","Croix-Rouge","croix rouge"]
ENDA = ["ENDA","Enda"]
COOPI = ["COOPI","Coopi"]
def T(say, lang, all_=(), any_=(), forbid=()):
    return {"say": say, "lang": lang, "expect_all": list(all_), "expect_any": list(any_), "forbid": list(forbid)}
D = DONORS
C = [
 ("CN-01","train -> contact -> cost, one fiche (coiffure only at CFP Missabougou)",[
   T("bjr ou apprendre la coiffure a bamako","fr",all_=["Missabougou"]),
   T("leur numero ?","fr",any_=ph("63157238")),
   T("c'est combien ?","fr",any_=["200.000","200 000","345.000","345 000","10.000","10 000"])]),
 ("CN-02","danger (expelled, stranded at bus station) then contact; donors forbidden",[
   T("on ma expulse d algerie hier, je suis a la gare de sogoniko a bamako, jai rien mange","fr",any_=AME+CR,forbid=D),
   T("leur numero ?","fr",any_=ph("71003000")+ph("70067806"),forbid=D)]),
 ("CN-03","out-of-scope opener, then train at Kayes, then 'et a Bamako ?'",[
   T("tu connais le score du match Real Barca ?","fr",any_=["ne peux pas","pas en mesure","ne sais pas","formation","Sira"]),
   T("bon. formation soudure a kayes","fr",any_=["IFPI","Atelier École","Atelier Ecole","AEK"]),
   T("et a Bamako ?","fr",any_=["Missabougou","Sénou","Senou","ECICA","Père Michel"],forbid=["IFPI"])]),
 ("CN-04","Bambara standard: couture in Bamako, then 'I want to go there'",[
   T("N b'a fɛ ka kalali dege Bamakɔ.","bm",any_=["Missabougou","ECICA","ENDA"]),
   T("n b'a fɛ ka taa yen","bm",any_=ph("63157238")+ph("20222691")+ph("76497447")+ph("78811078")+["Missabougou","ECICA"])]),
 ("CN-05","danger: child alone in Gao, then contact",[
   T("Un enfant de 12 ans est seul à la gare de Gao, il revient d'Algérie. Qui appeler ?","fr",any_=ENDA+CR,forbid=D),
   T("leur numero ?","fr",any_=ph("78811078")+ph("70067806"),forbid=D),
   T("et a Kidal ?","fr",any_=CR,forbid=D+ENDA)]),
 ("CN-06","cost then papers at CFP Sénou",[
   T("combien pour s inscrire au CFP de Senou","fr",any_=["25 000","25.000","25000"]),
   T("quels papiers ?","fr",all_=["acte de naissance"],any_=["photos","photo"]),
   T("leur numero","fr",any_=ph("66896887"))]),
 ("CN-07","N'Ko: fish farming training, then its number",[
   T("jɛgɛmara kalan bɛ kɛ min?","nko",any_=["CFAP","Agropastorale","Agrivision"]),
   T("a nimɔrɔ di n ma.","nko",any_=ph("75379171")+ph("66794576"))]),
 ("CN-08","danger: girl exploited as domestic (minor), then adult variant",[
   T("ma petite soeur de 15 ans travaille comme bonne a bamako, la patronne la frappe et garde son argent","fr",any_=ENDA+CR,forbid=D),
   T("et si elle avait 19 ans ?","fr",any_=CR,forbid=D)]),
 ("CN-09","finance in Bamako, then contact, then a danger turn (violence at home)",[
   T("je veux un petit credit pour vendre des pagnes a bamako","fr",any_=["Baobab","BAOBAB","APEJ"]),
   T("baobab leur numero","fr",any_=ph("83222542")),
   T("en fait depuis que je suis rentree de libye mon mari me frappe et m a pris mes papiers","fr",any_=CR+AME,forbid=D)]),
 ("CN-10","Createam at Kita: cost then phone",[
   T("je suis a kita je veux de l aide pour mon projet, je n ai pas de diplome","fr",any_=["Createam","APEJ"]),
   T("createam c'est combien ?","fr",any_=["100.000","100 000","100000"]),
   T("le numero","fr",any_=ph("79137275"))]),
 ("CN-11","out-of-scope opener (visa), then electricity at Kayes, then AEK number",[
   T("comment avoir un visa pour la france","fr",any_=["ne peux pas","pas en mesure","visa"]),
   T("bon alors formation electricite a kayes","fr",any_=["IFPI","Atelier École","Atelier Ecole","AEK"]),
   T("l atelier ecole, leur numero","fr",any_=ph("79185160"))]),
 ("CN-12","danger: relative lost on the route -> Croix Rouge family links, then number",[
   T("mon fils est parti vers la libye il y a un an, plus aucune nouvelle, sa mere pleure tous les jours","fr",any_=CR,forbid=D),
   T("leur numero ?","fr",any_=ph("70067806"),forbid=D),
   T("nous on est a Nioro","fr",any_=CR,forbid=D)]),
 ("CN-13","phone Bambara: job as driver in Bamako, then number",[
   T("n be baara nyini bamako, n be mobili boli","bm",any_=["RMO","ANPE","Relation Main"]),
   T("rmo nimoro","bm",any_=ph("76249007"))]),
 ("CN-14","danger first (papers taken), training asked afterwards",[
   T("a la frontiere on m a pris mon passeport et ma carte, je suis rentre a bamako sans rien","fr",any_=AME+CR,forbid=D),
   T("et apres je voudrais apprendre un metier, la menuiserie","fr",any_=["Missabougou","Sénou","Senou","ECICA","ENDA"])]),
 ("CN-15","Centre Père Michel: foyer cost then papers/diploma",[
   T("le foyer du centre pere michel c est combien","fr",any_=["60.000","60 000","60000"]),
   T("quels papiers ?","fr",any_=["DEF","dossier"]),
   T("et le telephone ?","fr",any_=ph("76668466"))]),
 ("CN-16","danger: displaced family in Mopti, then 'et a Kayes ?'",[
   T("nous sommes 9 deplaces de bandiagara a mopti, sans abri","fr",any_=COOPI+CR,forbid=D),
   T("et a Kayes ?","fr",any_=COOPI+CR,forbid=D),
   T("coopi comment les joindre","fr",any_=["cm.mali@coopi.org"],forbid=D)]),
 ("CN-17","returned from France -> UDA, then number",[
   T("je rentre de france apres 20 ans, je veux creer ma boite a bamako","fr",any_=["Union des Ambassadeurs","UDA","Union des ambassadeurs"]),
   T("leur numero ?","fr",any_=ph("90244444"))]),
 ("CN-18","Bambara danger: child alone in Kayes, then 'n b'a fɛ ka taa yen'",[
   T("Denmisɛn dɔ bɛ Kayi a kelen, a bɛ kasi.","bm",any_=ENDA+CR+COOPI,forbid=D),
   T("n b'a fɛ ka taa yen","bm",any_=ph("78811078")+ph("70067806")+ENDA,forbid=D)]),
 ("CN-19","joke opener, then danger: a 15-year-old travelling alone",[
   T("raconte une blague","fr",any_=["ne peux pas","formation","Sira","aider"]),
   T("mon petit frere de 15 ans est parti seul vers l algerie, il nous appelle de gao","fr",any_=ENDA+CR,forbid=D)]),
 ("CN-20","danger: sold / trafficked adult in Sikasso, then 'et a Bamako ?'",[
   T("jai ete vendu a un patron d orpaillage, je me suis echappe, je suis a sikasso","fr",any_=CR,forbid=D),
   T("et a Bamako ?","fr",any_=AME+CR,forbid=D)]),
 ("CN-21","ended project asked about, then an open alternative",[
   T("avenir brillant forme encore a bamako ?","fr",any_=["terminé","termine","fini","2023","plus"]),
   T("alors ou apprendre la couture a Bamako ?","fr",any_=["Missabougou","ECICA","ENDA"],forbid=["Avenir Brillant"])]),
 ("CN-22","N'Ko danger: returned from Libya without lodging, then number",[
   T("n seginna ka bɔ libi. jayɔrɔ tɛ n bolo bamakɔ.","nko",any_=AME+CR,forbid=D),
   T("a nimɔrɔ di n ma.","nko",any_=ph("71003000")+ph("70067806"),forbid=D)]),
 ("CN-23","job at Kayes -> ANPE, then number",[
   T("je cherche du travail a kayes, je suis mecanicien","fr",any_=["ANPE","APEJ","GRDR"]),
   T("anpe leur numero","fr",any_=ph("66735099")+ph("76320912"))]),
 ("CN-24","danger: sleeping outside in Kayes with children, then Bambara follow-up",[
   T("jai 3 enfants on dort dehors depuis notre retour de mauritanie, on est a kayes","fr",any_=CR+COOPI,forbid=D),
   T("n b'a fɛ ka taa yen","bm",any_=CR+COOPI+ph("70067806"),forbid=D)]),
 ("CN-25","phone Bambara: cost then papers at CFP Missabougou",[
   T("cfp missabougou kalan songo ye joli ye","bm",any_=["200.000","200 000","345.000","345 000","10.000","10 000"]),
   T("sebe jumenw be nyini","bm",any_=["acte de naissance","wolosɛbɛn","nationalité"])]),
]
