"""Rerun rows of the search benchmark (`instructzero bench --only search`) on this machine and compare them, world by
world, with the cells stored in benchmarks/search/: how firm the trend-world figures are on another CPU.

    python tools/recheck_search.py 'package + decoded dedupe, ≤ 200 decodes, skip 0.2' 'package + decoded dedupe, ≤ 200 decodes' 'stock BoTorch' uniform

Writes benchmarks/search-recheck.md (the per-world picks and the paired differences against uniform)."""
import json, platform, statistics as S, sys, time
from pathlib import Path
from instructzero.benchmarks import search_run, SEARCH_VARIANTS

ROOT = Path(__file__).resolve().parent.parent
STORED = ROOT / 'benchmarks' / 'search' / 'trend'

def stored_quality(variant, seed):
    for p in STORED.glob(f'*-{seed}.json'):
        d = json.loads(p.read_text())
        if d['variant'] == variant: return d['quality']

def paired(r, u):
    diffs = [a - b for a, b in zip(r, u)]
    w, l = sum(x > 1e-9 for x in diffs), sum(x < -1e-9 for x in diffs)
    return S.mean(diffs), S.stdev(diffs) / len(diffs) ** 0.5, (w, len(diffs) - w - l, l)

def main(variants, seeds=range(20)):
    variants = list(dict.fromkeys(list(variants) + ['uniform']))
    here, there = {}, {}
    for v in variants:
        for s in seeds:
            here.setdefault(v, []).append(search_run('trend', SEARCH_VARIANTS[v], s)['quality'])
            there.setdefault(v, []).append(stored_quality(v, s))
            print(v, s, round(here[v][-1], 3), round(there[v][-1], 3), flush=True)
    info = Path('/proc/cpuinfo')
    names = [l.split(':', 1)[1].strip() for l in info.read_text().splitlines() if l.startswith('model name')] if info.exists() else []
    cpu = names[0] if names else platform.processor() or platform.machine()
    L = [f'# The trend world\'s search rows, rerun on another machine ({time.strftime("%Y-%m-%d")}, {cpu})', '',
         'True quality of the chosen instruction, mean ± sd over the 20 trend worlds; paired difference against uniform, '
         '± its standard error; wins / ties / losses against uniform; worlds whose pick differs from the stored cell.', '',
         '| variant | here | stored | here − uniform | stored − uniform | W/T/L here | W/T/L stored | worlds that differ |', '|---|---|---|---|---|---|---|---:|']
    for v in variants:
        if v == 'uniform': continue
        (dh, sh, wh), (ds, ss, ws) = paired(here[v], here['uniform']), paired(there[v], there['uniform'])
        L.append(f"| {v} | {S.mean(here[v]):.3f} ± {S.stdev(here[v]):.3f} | {S.mean(there[v]):.3f} ± {S.stdev(there[v]):.3f} | "
                 f"{dh:+.3f} ± {sh:.3f} | {ds:+.3f} ± {ss:.3f} | {'/'.join(map(str, wh))} | {'/'.join(map(str, ws))} | "
                 f"{sum(abs(a - b) > 1e-12 for a, b in zip(here[v], there[v]))} |")
    L += ['', f"uniform: {S.mean(here['uniform']):.3f} ± {S.stdev(here['uniform']):.3f} here and "
              f"{S.mean(there['uniform']):.3f} ± {S.stdev(there['uniform']):.3f} stored (no GP: the same on any CPU).", '',
          '| world | ' + ' | '.join(f'{v} (here / stored)' for v in variants) + ' |', '|---|' + '---|' * len(variants)]
    for i, s in enumerate(seeds): L.append(f'| {s} | ' + ' | '.join(f'{here[v][i]:.3f} / {there[v][i]:.3f}' for v in variants) + ' |')
    (ROOT / 'benchmarks' / 'search-recheck.md').write_text('\n'.join(L) + '\n')
    print('\n'.join(L[:4 + len(variants)]))

if __name__ == '__main__': main(sys.argv[1:] or ['package + decoded dedupe, ≤ 200 decodes, skip 0.2', 'package + decoded dedupe, ≤ 200 decodes', 'stock BoTorch'])
