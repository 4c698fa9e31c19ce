#!/usr/bin/env python3
"""Build and check the held-out set search-40 (questions.tsv, conversations.jsonl, nko_sources.tsv).
Reads only: /work/main/seeds/fiches/*.toml and /work/shared/bambara/nko.tsv. Run: python3 gen.py"""
import csv, glob, json, random, re, sys, tomllib, unicodedata, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data_questions import Q
from data_convs import C, DONORS, ENDED

FICHES = {}
for f in glob.glob('/work/main/seeds/fiches/*.toml'):
    d = tomllib.load(open(f, 'rb')); FICHES[d['ref']] = d

# ---------------- N'Ko ----------------
NKO = {}; DIGRAPH = {}
for r in csv.DictReader(open('/work/shared/bambara/nko.tsv', encoding='utf-8'), delimiter='\t'):
    ch = r['nko_char']
    if len(ch) == 2: DIGRAPH[ch] = r['latin']
    else: NKO[ch] = (r['latin'], r['note'])
VOW = {v[0]: k for k, v in NKO.items() if v[1].startswith('vowel')}          # latin -> nko
CONS = {}
for k, (lat, note) in NKO.items():
    if note.startswith('consonant') and lat and lat not in CONS and k not in ('\u07e0', '\u07e7'):
        CONS[lat] = k
for k, lat in DIGRAPH.items():
    if lat in ('g', 'z', 'sh', 'v'): CONS[lat] = k
LONG = '\u07ef'; NAS = '\u07f2'; SYLN = '\u07d2'; DAG = '\u07d1'
PUNCT = {',': '\u07f8', '?': '\u061f', '!': '\u07f9'}
LVOW = set('aeiouɛɔ')

def syllables(word):
    """latin word -> list of (cons, vowel, long, nasal) ; cons may be None; vowel None = bare consonant"""
    out = []; i = 0; w = word
    while i < len(w):
        c = w[i]
        if c == 'n' and i == 0 and (len(w) == 1 or (w[1] not in LVOW)):
            out.append(('N', None, False, False)); i += 1; continue
        cons = None
        if c not in LVOW:
            if w[i:i+2] == 'sh': cons = 'sh'; i += 2
            else: cons = c; i += 1
            if i >= len(w) or w[i] not in LVOW:
                out.append((cons, None, False, False)); continue
        v = w[i]; i += 1; lg = False; nas = False
        if i < len(w) and w[i] == v: lg = True; i += 1
        if i < len(w) and w[i] == 'n' and (i+1 >= len(w) or w[i+1] not in LVOW):
            nas = True; i += 1
        out.append((cons, v, lg, nas))
    return out

def to_nko(latin, gbarali):
    res = []
    for tok in re.findall(r"[^\s,?!]+|[\s,?!]", latin.lower()):
        if tok in PUNCT: res.append(PUNCT[tok]); continue
        if tok.isspace(): res.append(tok); continue
        if tok.isdigit(): res.append(''.join(chr(0x07c0+int(d)) for d in tok)); continue
        syl = syllables(tok); drop = [False]*len(syl)
        if gbarali:
            for k in range(len(syl)-1):
                a, b = syl[k], syl[k+1]
                if (a[0] and a[0] not in ('N', 'g', 'z', 'sh') and a[1] and not a[2] and not a[3]
                        and b[0] and b[0] not in ('N', 'g', 'z', 'sh') and b[1] == a[1] and not b[2]
                        and not (k > 0 and drop[k-1])):
                    drop[k] = True
        s = ''
        for k, (c, v, lg, nas) in enumerate(syl):
            if c == 'N': s += SYLN; continue
            if c: s += CONS[c]
            if v is None:
                if k+1 < len(syl) and syl[k+1][0] not in (None,): s += DAG   # real cluster
                continue
            if drop[k]: continue
            s += VOW[v] + (LONG if lg else '') + (NAS if nas else '')
        res.append(s)
    return ''.join(res)

def readback(nko):
    """N'Ko -> Latin following /work/shared/bambara/nko.tsv and its README rules"""
    units = []; i = 0; s = nko
    while i < len(s):
        ch = s[i]; two = s[i:i+2]
        if two in DIGRAPH:
            units.append(['C', DIGRAPH[two], False]); i += 2; continue
        lat, note = NKO.get(ch, (ch, ''))
        if note.startswith('vowel'):
            v = lat; i += 1; lg = nas = False
            while i < len(s) and s[i] in '\u07eb\u07ec\u07ed\u07ee\u07ef\u07f0\u07f1\u07f2\u07f3':
                if s[i] in '\u07ee\u07ef\u07f0\u07f1': lg = True
                if s[i] == NAS: nas = True
                i += 1
            units.append(['V', v, lg, nas]); continue
        if note.startswith('consonant') or note.startswith('archaic'):
            blocked = False; i += 1
            if i < len(s) and s[i] == DAG: blocked = True; i += 1
            units.append(['C', lat, blocked]); continue
        if ch == SYLN: units.append(['O', 'n']); i += 1; continue
        units.append(['O', lat if ch in NKO else ch]); i += 1
    out = []
    for j, u in enumerate(units):
        if u[0] == 'C':
            out.append(u[1])
            if (not u[2] and j+2 < len(units) and units[j+1][0] == 'C' and units[j+2][0] == 'V'):
                out.append(units[j+2][1])            # gbarali: copy the vowel
        elif u[0] == 'V':
            out.append(u[1]*(2 if u[2] else 1) + ('n' if u[3] else ''))
        else: out.append(u[1])
    return ''.join(out)

def norm_latin(s):
    s = unicodedata.normalize('NFC', s.lower()).replace('؟', '?')
    return s

# ---------------- build ----------------
TOWN_REGION = {'bamako': 'bamako', 'bamakɔ': 'bamako', 'kayes': 'kayes', 'kita': 'kayes', 'sikasso': 'sikasso',
               'ségou': 'segou', 'mopti': 'mopti', 'djenné': 'mopti', 'gao': 'gao', 'kidal': 'kidal',
               'tombouctou': 'tombouctou', 'koulikoro': 'koulikoro'}
KIND_NEED = {'train': 'formation', 'finance': 'financement', 'protect': 'protection', 'job': 'emploi',
             'cost': 'formation', 'papers': 'formation'}
rows = []; nko_rows = []; errors = []
for q in Q:
    script, kind, rel, town, text = q[:5]
    gb = q[5] if len(q) > 5 else None
    rows.append(dict(script=script, kind=kind, rel=rel, town=town, text=text, gb=gb))
random.Random(40).shuffle(rows)
out_q = []
for n, r in enumerate(rows, 1):
    rid = f'H40-{n:03d}'; r['id'] = rid
    q = r['text']
    if r['script'] == 'nko':
        src = norm_latin(q); q = to_nko(src, r['gb']); rb = readback(q)
        nko_rows.append((rid, src, 'yes' if r['gb'] else 'no', q, rb))
        if rb != src: errors.append(f'{rid}: readback {rb!r} != {src!r}')
    lang = 'fr' if r['script'] == 'fr' else 'bm'
    out_q.append((rid, lang, q, r['rel'], r['kind']))
    for ch in '\t\n': assert ch not in q

convs = []
for cid, note, turns in C:
    tt = []
    for k, t in enumerate(turns, 1):
        t = dict(t)
        if t['lang'] == 'nko':
            src = norm_latin(t['say']); gb = t.pop('gbarali'); nk = to_nko(src, gb); rb = readback(nk)
            nko_rows.append((f'{cid}.t{k}', src, 'yes' if gb else 'no', nk, rb)); t['say'] = nk
            if rb != src: errors.append(f'{cid}.t{k}: readback {rb!r} != {src!r}')
        else: t.pop('gbarali', None)
        tt.append(t)
    convs.append({'id': cid, 'note': note, 'turns': tt})

# ---------------- checks ----------------
for r in rows:
    ids = [x for x in r['rel'].split(',') if x]
    if r['kind'] == 'negative' and ids: errors.append(f"{r['id']}: negative with ids")
    if r['kind'] != 'negative' and not ids: errors.append(f"{r['id']}: no relevant ids")
    for i in ids:
        f = FICHES.get(i)
        if not f: errors.append(f"{r['id']}: unknown id {i}"); continue
        donor_or_off = i.startswith('A') or f['status'] != 'active'
        if donor_or_off and r['kind'] != 'info': errors.append(f"{r['id']}: {i} ({f['status']}) outside an info row")
        if r['kind'] == 'info' and not donor_or_off: errors.append(f"{r['id']}: info row on active partner {i}")
        need = KIND_NEED.get(r['kind'])
        if need and need not in f.get('needs', []): errors.append(f"{r['id']}: {i} lacks need {need}")
        if need and need in f.get('aid_ended', []): errors.append(f"{r['id']}: {i} aid_ended {need}")
        if r['town']:
            reg = TOWN_REGION[r['town'].lower()]
            if reg not in f['regions'] and 'national' not in f['regions']:
                errors.append(f"{r['id']}: {i} does not serve {r['town']} ({f['regions']})")
        if r['kind'] == 'train' and f.get('trades_in') and r['town'] and r['town'] not in f['trades_in']:
            errors.append(f"{r['id']}: {i} trains only in {f['trades_in']}")

phones = set(); amounts = set()
for f in FICHES.values():
    for c in f.get('contacts', []):
        for p in c.get('phones', []): phones.add(re.sub(r'\D', '', p)[-8:])
    for it in f.get('costs', {}).get('items', []):
        for k in ('min', 'max'):
            if it.get(k) is not None: amounts.add(int(it[k]))
emails = {e.lower() for f in FICHES.values() for c in f.get('contacts', []) for e in c.get('emails', [])}
names = [f['name'] for f in FICHES.values()] + [a for f in FICHES.values() for a in f.get('acronyms', [])]
danger_words = re.compile(r"expuls|vendu|feere|seul|kelen|dehors|dort|viol|binkanni|pasipori|passeport|tununna|perdu|disparu|nouvelles|kunnafoni|d[ée]plac|fui|kɛlɛ|gɛn|gen ka|sunɔgɔ", re.I)
turns_total = 0; danger_convs = 0
for c in convs:
    has_danger = False
    for k, t in enumerate(c['turns'], 1):
        turns_total += 1
        for s in t['expect_all'] + t['expect_any']:
            if '@' in s:
                if s.lower() not in emails: errors.append(f"{c['id']}.t{k}: email {s} not in a fiche")
            elif re.fullmatch(r'[+\d .]+', s) and re.search(r'\d', s):
                dg = re.sub(r'\D', '', s)
                if len(dg) >= 8:
                    if dg[-8:] not in phones: errors.append(f"{c['id']}.t{k}: phone {s} not in a fiche")
                elif len(dg) >= 3 and int(dg) not in amounts and s != '40':
                    errors.append(f"{c['id']}.t{k}: amount {s} not in a fiche")
        if set(DONORS) <= set(t['forbid']):
            has_danger = True
            if not set(ENDED) <= set(t['forbid']): errors.append(f"{c['id']}.t{k}: danger turn misses ended names")
            for s in t['expect_all'] + t['expect_any']:
                if s in DONORS + ENDED: errors.append(f"{c['id']}.t{k}: expects a forbidden name")
        elif t['lang'] != 'nko' and danger_words.search(t['say']):
            errors.append(f"{c['id']}.t{k}: looks like a danger turn but forbids no donor")
    danger_convs += c['note'].startswith('DANGER')
    if c['note'].startswith('DANGER') and not has_danger: errors.append(f"{c['id']}: DANGER conversation without a danger turn")

# ---------------- counts ----------------
cnt = collections.Counter((r['kind'], r['script']) for r in rows)
kinds = ['train','finance','protect','job','contact','cost','papers','region','info','negative']
scripts = ['fr','bm','ph','nko']
table = ['| kind | fr | bm std | bm phone | N\'Ko | total |', '|---|---|---|---|---|---|']
for k in kinds:
    table.append(f"| {k} | " + ' | '.join(str(cnt[(k, s)]) for s in scripts) + f" | {sum(cnt[(k,s)] for s in scripts)} |")
table.append('| total | ' + ' | '.join(str(sum(cnt[(k, s)] for k in kinds)) for s in scripts) + f' | {len(rows)} |')
ids = [r[0] for r in out_q]
assert len(ids) == len(set(ids)) == 150, len(ids)

# ---------------- write ----------------
with open(os.path.join(HERE, 'questions.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('id\tlang\tquestion\trelevant\tkind\n')
    for r in out_q: fh.write('\t'.join(r) + '\n')
with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as fh:
    for c in convs: fh.write(json.dumps(c, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'nko_sources.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('id\tlatin_source\tgbarali\tnko\treadback\n')
    for r in nko_rows: fh.write('\t'.join(r) + '\n')
with open(os.path.join(HERE, 'counts.md'), 'w', encoding='utf-8') as fh:
    fh.write('\n'.join(table) + f"\n\nconversations: {len(convs)}, turns: {turns_total}, with a danger turn: {danger_convs}; "
             f"N'Ko texts: {len(nko_rows)} (gbarali yes: {sum(r[2]=='yes' for r in nko_rows)})\n")
print('\n'.join(table))
print(f"conversations {len(convs)} turns {turns_total} danger {danger_convs} nko {len(nko_rows)} gbarali {sum(r[2]=='yes' for r in nko_rows)}")
if errors:
    print('ERRORS:'); print('\n'.join(errors)); sys.exit(1)
print('all checks passed')
