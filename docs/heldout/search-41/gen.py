#!/usr/bin/env python3
"""Build and check the H41 held-out set. Run: python3 gen.py (from this directory)."""
import json, random, re, sys, tomllib, glob, os, unicodedata
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import Q
from convs import C, DONORS
from nko import to_nko, readback, load_table

FICHES = {}
for f in glob.glob('/work/main/seeds/fiches/*.toml'):
    d = tomllib.load(open(f, 'rb')); FICHES[d['ref']] = d
TOWN_REGION = {'Bamako':'bamako','Kayes':'kayes','Kita':'kayes','Nioro':'kayes','Sikasso':'sikasso','Koutiala':'sikasso',
    'Ségou':'segou','San':'segou','Niono':'segou','Mopti':'mopti','Djenné':'mopti','Tombouctou':'tombouctou','Gao':'gao',
    'Ménaka':'gao','Kidal':'kidal','Koulikoro':'koulikoro','Kati':'koulikoro'}
NEED = {'train':'formation','finance':'financement','protect':'protection','job':'emploi'}
errors = []
def err(m): errors.append(m)

# ---------- questions
rows = list(Q)
random.Random(41).shuffle(rows)
table = load_table()
out, nko_rows = [], []
for i, (script, kind, rel, town, text) in enumerate(rows, 1):
    qid = f"H41-{i:03d}"
    lang = 'fr' if script == 'fr' else 'bm'
    q = text
    if script == 'nko':
        g = (len(nko_rows) % 2 == 0)
        q = to_nko(text, gbarali=g)
        rb = readback(q, table)
        if rb != text.lower(): err(f"{qid}: N'Ko readback {rb!r} != {text!r}")
        nko_rows.append((qid, text, 'yes' if g else 'no', q, rb))
    ids = [x for x in rel.split(',') if x]
    for x in ids:
        if x not in FICHES: err(f"{qid}: unknown id {x}")
    if kind == 'negative' and ids: err(f"{qid}: negative with ids")
    if kind != 'negative' and not ids: err(f"{qid}: no ids")
    for x in ids:
        d = FICHES.get(x, {})
        if (x[0] in 'AR' or d.get('status') in ('ended', 'planned')) and kind != 'info':
            err(f"{qid}: donor/ended/planned {x} in a {kind} row")
        if kind in NEED:
            if NEED[kind] in (d.get('aid_ended') or []): err(f"{qid}: {x} aid_ended {NEED[kind]}")
            if NEED[kind] not in d.get('needs', []): err(f"{qid}: {x} has no need {NEED[kind]}")
        if town and kind != 'info':
            reg = TOWN_REGION[town]
            if reg not in d.get('regions', []) and 'national' not in d.get('regions', []):
                err(f"{qid}: {x} does not serve {town} ({reg})")
    if '\t' in q or '\n' in q: err(f"{qid}: tab/newline")
    out.append((qid, lang, q, ','.join(ids), kind, script))

with open('questions.tsv', 'w', encoding='utf-8') as f:
    f.write('id\tlang\tquestion\trelevant\tkind\n')
    for r in out: f.write('\t'.join(r[:5]) + '\n')

# ---------- conversations
alltext = {}
for ref, d in FICHES.items():
    ph = ' '.join(p for c in d.get('contacts', []) for p in c.get('phones', []))
    em = ' '.join(e for c in d.get('contacts', []) for e in c.get('emails', []))
    alltext[ref] = (re.sub(r'\D', '', ph), re.sub(r'[\s.]', '', d.get('costs', {}).get('text', '') + d.get('offer', '') + d.get('summary', '')), em)
def in_fiche(s):
    digits = re.sub(r'\D', '', s)
    for ph, costs, em in alltext.values():
        if '@' in s and s in em: return True
        if len(digits) >= 8 and digits[-8:] in ph: return True
        if len(digits) < 8 and re.sub(r'[\s.]', '', s) in costs: return True
    return False
names = ' '.join(d['name'] + ' ' + ' '.join(d.get('acronyms', [])) + ' ' + d.get('summary', '') for d in FICHES.values())
with open('conversations.jsonl', 'w', encoding='utf-8') as f:
    for cid, note, turns in C:
        for k, t in enumerate(turns, 1):
            if t['lang'] == 'nko':
                g = (len(nko_rows) % 2 == 0)
                src = t['say']; t['say'] = to_nko(src, gbarali=g)
                rb = readback(t['say'], table)
                if rb != src.lower(): err(f"{cid}#{k}: N'Ko readback {rb!r}")
                nko_rows.append((f"{cid}#{k}", src, 'yes' if g else 'no', t['say'], rb))
            for s in t['expect_all'] + t['expect_any']:
                if re.search(r'\d{3}', s) or '@' in s:
                    if not in_fiche(s): err(f"{cid}#{k}: expected {s!r} not in any fiche")
            if t['forbid'] and t['forbid'][:3] == DONORS[:3]:
                for s in t['expect_all'] + t['expect_any']:
                    if s in DONORS: err(f"{cid}#{k}: expects a forbidden name {s}")
        f.write(json.dumps({"id": cid, "note": note, "turns": turns}, ensure_ascii=False) + '\n')

with open('nko_sources.tsv', 'w', encoding='utf-8') as f:
    f.write('id\tlatin_source\tgbarali\tnko\treadback\n')
    for r in nko_rows: f.write('\t'.join(r) + '\n')

# ---------- report
print('questions', len(out), Counter(r[1] for r in out), Counter(r[5] for r in out))
print('kinds', sorted(Counter(r[4] for r in out).items()))
print('kind x script'); ks = Counter((r[4], r[5]) for r in out)
for k in sorted({r[4] for r in out}):
    print(f"  {k:9s}", ' '.join(f"{s}={ks[(k,s)]}" for s in ('fr','bm','ph','nko')))
print('conversations', len(C), 'turns', sum(len(c[2]) for c in C),
      'danger', sum(1 for c in C if any(t['forbid'][:3] == DONORS[:3] for t in c[2])))
print('nko rows', len(nko_rows))
ids = [r[0] for r in out]; assert len(set(ids)) == 150
if errors:
    print('ERRORS'); [print(' ', e) for e in errors]; sys.exit(1)
print('all checks passed')
