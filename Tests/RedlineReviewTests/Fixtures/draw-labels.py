#!/usr/bin/env python3
"""Draw the blind samples of labels-team3 to labels-team8 (one stated rule, one seed per round).

Rule (as labels-team4.json states it): consecutive pairs of ../shared/corpus/real sorted by service then date,
minus pairs already judged; eligible = git diff --no-index --word-diff=porcelain has 1..150 changed runs ('+'/'-'
lines after the first hunk header), at least one changed run on a line that is not a date/title/source line, and a
changed run matching RX. Self-check: reproduces labels-team3 (139 eligible, seed 20261126) and labels-team4
(124 eligible, seed 20261127) samples exactly. Then team5: exclude labels-dev + labels-team..team4,
random.Random(20261128).sample(eligible, 25), sorted.
Team6 (2026-12-07): also reproduces the team5 sample, then excludes labels-dev + labels-team..team5 and draws
random.Random(20261207).sample(eligible, 25), sorted.
Team7 (2026-12-07, second session): reproduces team3..team6, excludes labels-dev + labels-team..team6 and draws
random.Random(20261208).sample(eligible, 25), sorted (59 eligible).
Team8 (2026-12-07, second session): reproduces team3..team7, excludes labels-dev + labels-team..team7 and draws
random.Random(20261209).sample(eligible, 25), sorted (34 eligible).

Team9 (2026-12-07, third session): the old rule leaves only 9 eligible pairs, so the band is widened. Reproduces
team3..team8, excludes labels-dev + labels-team..team8; takes all 9 pairs eligible under the rule above, plus
random.Random(20261210).sample(wide, 16) where wide = the pairs that meet the rule except that they have 151..400
changed runs (medium rewrites); sorted.

Team10 (2026-12-07, seventh session): the first rule leaves no pair. Reproduces team3..team9, excludes labels-dev +
labels-team..team9; takes all 20 medium rewrites left (151..400 changed runs) plus random.Random(20261211).sample(large, 5)
where large = the pairs that meet the rule except that they have 401..800 changed runs (19 pairs); sorted.

Team11 (2026-12-07, eighth session): the last blind draw this corpus allows. Reproduces team3..team10, excludes
labels-dev + labels-team..team10; takes every rewrite left with 401..800 changed runs (14) and with 801..1500 (9), no
sampling; sorted.

Usage: draw-labels.py [--team 3..11] [--json]  (default team 11; the checks of the earlier draws always run).
"""
import json, os, re, subprocess, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, '../../../../shared/corpus/real')
FIX = HERE
DEV = os.path.join(HERE, '../../../../shared/corpus/labels-dev.json')

def pairs_of(f):
    d = json.load(open(f)); p = d['pairs'] if isinstance(d, dict) else d
    return {(x['old'], x['new']) for x in p}

ALL = []
for s in sorted(os.listdir(REAL)):
    if not os.path.isdir(os.path.join(REAL, s)): continue
    fs = sorted(os.listdir(os.path.join(REAL, s)))
    ALL += [(s, f'{s}/{a}', f'{s}/{b}') for a, b in zip(fs, fs[1:])]
assert len(ALL) == 337, len(ALL)

RX = re.compile(r'shar|disclos|sell|sale|third part|partner|retain|retention|delet|keep|kept|right|access|'
                r'opt[- ]?out|child|minor|age|notif|notice|chang|transfer|consent', re.I)
MONTH = r'(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?'
DATE = (r'(' + MONTH + r'\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+' + MONTH +
        r'\s+\d{4}|\d{4}-\d\d-\d\d|\d\d?/\d\d?/\d{4})')

def is_date_title_source(line):
    t = re.sub(r'[*_#>\[\]{}:]', ' ', line).strip()
    if re.match(r'^\s*(title|source|description)\s*:', line, re.I): return True
    if re.match(r'^\s*#\s', line): return True
    if re.match(r'^(last (updated|modified|revised)|effective|updated|datetime)', t, re.I): return True
    if re.fullmatch(r'\W*' + DATE + r'\W*', t, re.I): return True
    if 'datetime=' in line: return True
    return False

def changed_lines(o, n):
    """[(full line text (old+new tokens), [changed runs])] for lines with at least one change."""
    out = subprocess.run(['git', 'diff', '--no-index', '--word-diff=porcelain',
                          os.path.join(REAL, o), os.path.join(REAL, n)], capture_output=True, text=True).stdout
    lines = out.split('\n'); i = 0
    while i < len(lines) and not lines[i].startswith('@@'): i += 1
    res, cur, runs = [], [], []
    for l in lines[i:]:
        if l.startswith('@@') or l == '~':
            if runs: res.append((''.join(cur), runs))
            cur, runs = [], []
            continue
        if not l: continue
        cur.append(l[1:])
        if l[0] in '+-': runs.append(l)
    if runs: res.append((''.join(cur), runs))
    return res

def eligible(excl, runs=(1, 150)):
    el = []
    for p in ALL:
        if (p[1], p[2]) in excl: continue
        r = changed_lines(p[1], p[2])
        n = sum(len(c) for _, c in r)
        if not (runs[0] <= n <= runs[1]): continue
        if not any(not is_date_title_source(line) for line, _ in r): continue
        if not any(RX.search(x[1:]) for _, c in r for x in c): continue
        el.append(p)
    return el

dev = pairs_of(DEV)
TEAMS = ['', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']
team = [pairs_of(f'{FIX}/labels-team{k}.json') for k in TEAMS if os.path.exists(f'{FIX}/labels-team{k}.json')]
# (excluded files, seed, sample size, eligible count) per drawn team, in order.
DRAWS = {3: (2, 20261126, 15, 139), 4: (3, 20261127, 15, 124), 5: (4, 20261128, 25, 109), 6: (5, 20261207, 25, 84), 7: (6, 20261208, 25, 59), 8: (7, 20261209, 25, 34)}

def draw(n):
    if n == 11:
        excl = dev.union(*team[:10])
        el, wide, large, huge = (eligible(excl), eligible(excl, runs=(151, 400)), eligible(excl, runs=(401, 800)),
                                 eligible(excl, runs=(801, 1500)))
        assert (len(el), len(wide), len(large), len(huge)) == (0, 0, 14, 9), (len(el), len(wide), len(large), len(huge))
        return sorted(large + huge), len([p for p in ALL if (p[1], p[2]) not in excl]), len(large) + len(huge)
    if n == 10:
        excl = dev.union(*team[:9])
        el, wide, large = eligible(excl), eligible(excl, runs=(151, 400)), eligible(excl, runs=(401, 800))
        assert (len(el), len(wide), len(large)) == (0, 20, 19), (len(el), len(wide), len(large))
        sample = wide + random.Random(20261211).sample(large, 5)
        return sorted(sample), len([p for p in ALL if (p[1], p[2]) not in excl]), len(wide) + len(large)
    if n == 9:
        excl = dev.union(*team[:8])
        el, wide = eligible(excl), eligible(excl, runs=(151, 400))
        assert (len(el), len(wide)) == (9, 36), (len(el), len(wide))
        sample = el + random.Random(20261210).sample(wide, 16)
        return sorted(sample), len([p for p in ALL if (p[1], p[2]) not in excl]), len(el) + len(wide)
    files, seed, size, want = DRAWS[n]
    excl = dev.union(*team[:files])
    el = eligible(excl)
    assert len(el) == want, (n, len(el))
    return sorted(random.Random(seed).sample(el, size)), len([p for p in ALL if (p[1], p[2]) not in excl]), len(el)

wanted = int(sys.argv[sys.argv.index('--team') + 1]) if '--team' in sys.argv else 11
for n in range(3, wanted):
    sample = {(a, b) for _, a, b in draw(n)[0]}
    assert sample == team[n - 1], f'team{n} sample differs'
    print(f'check team{n}: sample matches', file=sys.stderr)
sample, left, count = draw(wanted)
if len(team) >= wanted:
    assert {(a, b) for _, a, b in sample} == team[wanted - 1], f'team{wanted} sample differs from its labels file'
print(f'team{wanted}: {left} pairs left after exclusions, {count} eligible; sample of {len(sample)}:', file=sys.stderr)
if '--json' in sys.argv:
    json.dump([{'service': s, 'old': o, 'new': n} for s, o, n in sample], sys.stdout, indent=1)
else:
    for s, o, n in sample:
        print(s, o, n)
