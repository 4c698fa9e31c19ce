# Latin (standard Bambara orthography) <-> N'Ko, following /work/shared/bambara/nko.tsv and README rules.
V = {'a':'\u07ca','e':'\u07cb','i':'\u07cc','ɛ':'\u07cd','u':'\u07ce','o':'\u07cf','ɔ':'\u07d0'}
C = {'b':'\u07d3','p':'\u07d4','t':'\u07d5','j':'\u07d6','c':'\u07d7','d':'\u07d8','r':'\u07d9','s':'\u07db',
     'f':'\u07dd','k':'\u07de','l':'\u07df','m':'\u07e1','n':'\u07e3','ɲ':'\u07e2','h':'\u07e4','w':'\u07e5',
     'y':'\u07e6','g':'\u07dc\u07ed','z':'\u07d6\u07ed'}
LONG, NAS, SYLN = '\u07ef', '\u07f2', '\u07d2'
DIG = {str(i): chr(0x07c0+i) for i in range(10)}
PUN = {'?':'\u061f', ',':'\u07f8', "'":'\u07f4'}

def syllabify(word):
    """word -> list of tokens: ('S', cons, vowel, long, nasal) or ('N',) or ('X', char)"""
    out, i, w = [], 0, word
    while i < len(w):
        ch = w[i]
        if ch in C or ch in V:
            cons = None
            if ch in C and not (ch == 'n' and (i+1 >= len(w) or w[i+1] not in V)):
                cons = ch; i += 1
            elif ch == 'n':
                out.append(('N',)); i += 1; continue
            if i < len(w) and w[i] in V:
                v = w[i]; i += 1; lg = False; nas = False
                if i < len(w) and w[i] == v: lg = True; i += 1
                if i < len(w) and w[i] == 'n' and (i+1 >= len(w) or w[i+1] not in V):
                    nas = True; i += 1
                out.append(('S', cons, v, lg, nas))
            elif cons == 'w' and (i >= len(w) or w[i] in '?.,'):
                out.append(('CA0', cons))
            elif cons and i < len(w) and w[i] == "'":
                out.append(('CA', cons)); i += 1
            else:
                raise ValueError('consonant without vowel in %r' % word)
        else:
            out.append(('X', ch)); i += 1
    return out

def to_nko(text, gbarali=False):
    text = text.lower()
    res = []
    for word in text.split(' '):
        toks = syllabify(word)
        dropped = [False]*len(toks); target = [False]*len(toks)
        if gbarali:
            for k in range(len(toks)-1):
                a, b = toks[k], toks[k+1]
                if a[0]=='S' and b[0]=='S' and a[1] and b[1] and not a[3] and not a[4] \
                   and a[2]==b[2] and not target[k] and a[1] not in 'gz' and a[1] != b[1]:
                    dropped[k] = True; target[k+1] = True
        s = ''
        for k, t in enumerate(toks):
            if t[0]=='N': s += SYLN
            elif t[0]=='CA': s += C[t[1]] + PUN["'"]
            elif t[0]=='CA0': s += C[t[1]]
            elif t[0]=='X':
                ch = t[1]; s += DIG.get(ch, PUN.get(ch, ch))
            else:
                _, c, v, lg, nas = t
                if c: s += C[c]
                if not dropped[k]:
                    s += V[v] + (LONG if lg else '') + (NAS if nas else '')
        res.append(s)
    return ' '.join(res)

# ---- readback, from nko.tsv ----
def load_table(path='/work/shared/bambara/nko.tsv'):
    single, di = {}, {}
    for line in open(path, encoding='utf-8').read().splitlines()[1:]:
        f = line.split('\t')
        if len(f) < 4: continue
        ch, cp, lat, note = f[0], f[1], f[2], f[3]
        if len(ch) > 1: di[ch] = lat
        else: single[ch] = (lat, note)
    return single, di

def readback(nko, table=None):
    single, di = table or load_table()
    vowels = set('\u07ca\u07cb\u07cc\u07cd\u07ce\u07cf\u07d0')
    def is_cons(ch): return ch in single and 'consonant' in single[ch][1]
    out = []; i = 0; s = nko
    while i < len(s):
        ch = s[i]
        if s[i:i+2] in di:
            out.append(('C', di[s[i:i+2]])); i += 2; continue
        if ch in vowels: out.append(('V', single[ch][0])); i += 1; continue
        if is_cons(ch): out.append(('C', single[ch][0])); i += 1; continue
        if ch == '\u07d1': out.append(('D', '')); i += 1; continue
        if ch in ('\u07ee','\u07ef','\u07f0','\u07f1'):
            out.append(('L', '')); i += 1; continue
        if ch == '\u07f2': out.append(('NAS', 'n')); i += 1; continue
        if ch in ('\u07eb','\u07ec','\u07ed','\u07f3','\u07fd','\u07fa','\u200f'): i += 1; continue
        if ch in single: out.append(('O', single[ch][0])); i += 1; continue
        out.append(('O', ch)); i += 1
    txt = ''
    for k, (typ, val) in enumerate(out):
        if typ == 'C':
            txt += val
            if k+1 < len(out) and out[k+1][0] == 'C':
                # gbarali: copy the vowel after the next consonant
                j = k+1
                while j < len(out) and out[j][0] == 'C': j += 1
                if j < len(out) and out[j][0] == 'V': txt += out[j][1]
        elif typ == 'V': txt += val; last = val
        elif typ == 'L': txt += txt[-1]
        else: txt += val
    return txt
