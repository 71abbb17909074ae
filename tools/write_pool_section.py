"""Write the README's pool-search section (nbs/index.ipynb, Performance) from the finished runs in benchmarks/efficiency.

    python tools/write_pool_section.py && python tools/make_readme.py

The text between the two markers in index.ipynb is replaced; every figure in it comes from the runs."""
import json, statistics

from nbcells import load, save, src, setsrc  # tools/nbcells.py
from instructzero.bench_pool import read_pool_grid, pool_markdown, pool_contrasts, pool_diagnosis, surrogate_quality
res = read_pool_grid('benchmarks/efficiency')
con = pool_contrasts(res)
diag = pool_diagnosis('benchmarks/efficiency')
sq = surrogate_quality('benchmarks/efficiency')
n_pool = sum(len(v.get('pool', [])) for v in res.values())
tasks_with_pool = [t for t, v in res.items() if 'pool' in v]
table = '\n'.join(pool_markdown(res))
from instructzero.bench_pool import USER_TASKS
from instructzero.tasks import load_task
user_test = sorted(len(load_task(t).test) for t in USER_TASKS)  # a user task's test set: the fifth `load_task` holds out
dg = ['| task | seed | pool | its best (dev) | pool dev / test | random picks | APE-style |', '|---|---|---|---|---|---|---|']
f = lambda r, k: '–' if k not in r else f'{r[k][0]:.2f} / {r[k][1]:.2f}'
for r in diag: dg.append(f"| {r['task']} | {r['seed']} | {r['pool_size']} | {r['pool_best_dev']:.2f} | {f(r, 'pool')} | {f(r, 'pool-random')} | {f(r, 'ape')} |")
rho = ['| task | ' + ' | '.join(('hidden', 'tfidf', 'minilm')) + ' |', '|---|---|---|---|']
for t, by in sq.items(): rho.append(f'| {t} | ' + ' | '.join(f"{statistics.mean(by[k]):+.2f} ({len(by[k])})" if k in by else '–' for k in ('hidden', 'tfidf', 'minilm')) + ' |')
c = lambda a, b: con.get((a, b))
seeds = {t: sorted(r['seed'] for r in v['pool']) for t, v in res.items() if 'pool' in v}
seeds_said = ', '.join(f"{t} seed{'s' if len(v) > 1 else ''} {', '.join(map(str, v))}" for t, v in seeds.items())
ape = con.get(('pool', 'ape'))
bar = ape is not None and ape['test'] >= 0.05 and ape['wtl'][0] > ape['wtl'][2]
complete = bool(seeds) and all(len(v) >= 3 for v in seeds.values())
if bar and complete:
    verdict = ("It clears the bar set for it (at least +0.05 on test over APE-style sampling, more wins than losses) on the complete grid: "
               "since 2026-12-04 the pool search is the package's default — `instructzero run`, the dashboard and `RunConfig` — at this "
               "budget (25 + 5 × 5), with InstructZero one flag away (`--method instructzero`) and still the method the notebooks teach first.")
elif bar:
    verdict = (f"On these runs the pool search clears the bar set for it (at least +0.05 on test over APE-style sampling, more wins than "
               f"losses), but {sum(len(v) < 3 for v in seeds.values())} of its {len(seeds)} tasks have fewer than three seeds: the package's default "
               "stays InstructZero, with the pool search one flag away (`--method pool`), until the grid is complete.")
else: verdict = "Not ahead of APE-style sampling by the bar set for it: the package's default stays InstructZero, with the pool search one flag away."
# each loss to APE-style sampling, by what the diagnosis table shows
why = {'not in the pool': [], 'missed in the pool': [], 'dev noise': []}
for r in diag:
    if 'ape' not in r or 'pool' not in r or r['pool'][1] >= r['ape'][1]: continue
    at = f"{r['task']} seed {r['seed']}, {r['pool'][1]:.2f} against {r['ape'][1]:.2f}"
    if r['pool'][0] < r['pool_best_dev']: why['missed in the pool'].append(at)  # first: the pool held a better candidate, the search passed it
    elif r['ape'][0] > r['pool_best_dev']: why['not in the pool'].append(at)
    else: why['dev noise'].append(at)
losses = []
if why['not in the pool']: losses.append(f"APE-style sampling wrote an instruction with a higher dev score than anything either run found in the pool "
                                         f"({'; '.join(why['not in the pool'])}): as far as the pool's scored candidates show, the good instruction was not drawn into it")
if why['missed in the pool']: losses.append(f"the pool held a better candidate (its random picks found it) that the GP did not rank high enough "
                                            f"({'; '.join(why['missed in the pool'])})")
if why['dev noise']: losses.append(f"the pool search's pick had the higher or equal dev score and the lower test score "
                                   f"({'; '.join(why['dev noise'])}): 20 dev examples cannot tell these instructions apart")
losses_said = ('Where it loses to APE-style sampling on test: ' + '; '.join(losses) + '.') if losses else 'It loses to APE-style sampling on no run.'
if losses: losses_said += (" A good instruction missing from the pool is a draw a bigger pool would win more often (more samples: generator "
                           "time, no black-box calls); a tie on 20 dev examples broken the wrong way on test is the dev set's limit, which "
                           "only more dev examples per candidate settle — more calls each, or, at the same calls, screening many candidates "
                           "on a few examples and promoting the best (successive halving; measured below).")
def said(a, b, contrasts=con):
    x = contrasts.get((a, b))
    return '–' if x is None else f"{x['test']:+.3f} ± {x['test_se']:.3f} on test over {x['n']} paired runs ({'/'.join(map(str, x['wtl']))} wins / ties / losses)"
stands = (f"**Where it stands** (2026-12-04): the grid is complete — {len(seeds)} tasks × 3 seeds, {n_pool} runs of the pool search and as many of "
          "each other method (a task and seed cost about half an hour of the 2 cores for the pool search and its control: 15–55 minutes each "
          "before the generator's prefix cache, 11–26 since, with two runs sharing the cores)." if complete else
          f"**Where it stands** (2026-12-03): the grid is a long one on 2 cores (a task and seed costs about half an hour for the "
          f"pool search and its control: 15–55 minutes each before the generator's prefix cache, 11–26 since, with two runs sharing the cores), "
          f"so it is not complete: {n_pool} runs of the pool search so far — {seeds_said} — of the three seeds planned for each; the rest runs on, "
          "resumably (`instructzero bench --only pool`).")
title = 'The pool search: beyond the soft prompt' + ('' if complete else ' (in progress)')
sc, sa = c('pool-screen', 'pool'), c('pool-screen', 'ape')
if sc:
    n_sc = sc['n']
    calls_sc = [r['calls'] for v in res.values() for r in v.get('pool-screen', [])]
    better = sc['test'] > 0 and sc['wtl'][0] > sc['wtl'][2]
    screen_said = (f"**Screening** (`--pool-screen 80 --n-init 10`: 80 spread candidates scored on 5 of the 20 dev examples, the best 10 of "
                   f"them promoted to the full dev set as the design, then the same 5 rounds of 5; the same pool as the pool search's run on each "
                   f"seed, {min(calls_sc)}–{max(calls_sc)} calls against its 1,000), on {n_sc} paired runs: against the pool search "
                   f"{said('pool-screen', 'pool')}; against APE-style sampling {said('pool-screen', 'ape')}. "
                   + ("Screening picks better instructions on these runs at the same calls; the default stays the one the whole grid measured, "
                      "and `--pool-screen` turns screening on." if better and sc['test'] >= 2 * sc['test_se'] else
                      f"A small gain at the same calls, {sc['test'] / sc['test_se']:.1f} standard errors from none and mostly ties: not firm "
                      "enough to change the default, which does not screen (`--pool-screen` turns it on)." if better else
                      "At the same calls it does not pick better instructions than the spread design on these runs, so the default does not screen "
                      "(`--pool-screen` turns it on)."))
else: screen_said = ''
# the pool search with the 1.5B model as the black box: the grid beside the main one that holds it (`pool_side_grids`)
side = read_pool_grid('benchmarks/efficiency-bb1.5b')
side_con = pool_contrasts(side)
if side_con.get(('pool', 'ape')):
    sx = lambda a, b: said(a, b, side_con)
    s_tasks = ', '.join(f"`{t}` ({len(v['pool'])} seed{'s' * (len(v['pool']) > 1)})" for t, v in side.items() if 'pool' in v)
    s_sec = [r['seconds'] for v in side.values() for r in v.get('pool', [])]
    side_said = (f"**With the 1.5B model as the black box.** The gold instruction beats no instruction by 0.2 or more on 15 tasks for "
                 f"`qwen2.5-coder-1.5b-instruct`, but on these 2 cores a run of the pool search with it takes {min(s_sec) / 60:.0f}–{max(s_sec) / 60:.0f} "
                 f"minutes, so the grid over those tasks (15 × 3 seeds × 5 methods) is not run here. What is run: {s_tasks}, beside "
                 f"APE-style sampling (and on {', '.join(f'`{t}`' for t, v in side.items() if 'instructzero-skip' in v)} InstructZero and Uniform) in `benchmarks/efficiency-bb1.5b/` (same generator, "
                 f"dev and test examples, budget): the pool search against APE-style sampling {sx('pool', 'ape')}; against its random picks {sx('pool', 'pool-random')}; "
                 f"against InstructZero {sx('pool', 'instructzero-skip')}. " +
                 ("On this much the pool search is level with APE-style sampling: the difference is inside the noise of these runs."
                  if abs(side_con[('pool', 'ape')]['test']) < 2 * side_con[('pool', 'ape')]['test_se'] else
                  f"On this much the pool search is {'ahead of' if side_con[('pool', 'ape')]['test'] > 0 else 'behind'} APE-style sampling.") +
                 '\n\n' + '\n'.join(pool_markdown(side)[:2 + len(side)]))
else: side_said = ''
text = f'''### {title}

`--method pool` (`nbs/06a_pool.ipynb`) generates a pool of candidate instructions once — 50 soft-prompt decodes and
150 samples over 6 subsets of the demonstrations, deduplicated — represents each by the generator's own hidden state,
and spends the budget by Bayesian optimisation over the pool: a spread initial design, then BoTorch's `SingleTaskGP`
and qLogEI over the unscored candidates. It is compared with every other method at the main grid's budget (25 + 5 × 5
evaluations, 20 dev examples, 100 test examples — all {' and '.join(map(str, user_test))} of the user tasks' —, the same seeds, generator and black box), in calls: every evaluation of the
pool search is a new instruction, so it pays as much as APE-style sampling (1,000 calls for the search) and more than
InstructZero and Uniform, which re-score what they wrote before for free. Judged by the **test** score of the
instruction each method picks, paired by seed (`nbs/15e_bench_pool.ipynb`; runs in `benchmarks/efficiency/*/pool-*`).
The tasks: the four where the instruction matters to the offline black box, and two tasks written for this as a
user would, one JSON object a line (`benchmarks/user-tasks/continent.jsonl`, `animal_class.jsonl`; a hand-written
instruction that names the answer set scores 0.45 and 0.25 on dev, no instruction 0.00).

{stands}

{table}

{'On the whole grid' if complete else 'So far'}: the pool search against APE-style sampling {said('pool', 'ape')}; against random picks from its own pool
{said('pool', 'pool-random')}; against InstructZero {said('pool', 'instructzero-skip')}. {verdict}

Why it wins or loses, per run (the best dev score any of the pool's two runs found in it; each method's pick):

{chr(10).join(dg)}

{losses_said}

{screen_said}

{side_said}

Does the representation predict the score? Spearman's ρ of the GP's cross-validated predictions on the scored
candidates of each pool (five folds; per task, mean over pools, their number in brackets):

{chr(10).join(rho)}
'''
p = 'nbs/index.ipynb'
nb = load(p); cell = nb['cells'][8]; s = src(cell)
start, end = '<!-- pool search: written by the runs -->', '<!-- end of the pool search -->'
block = f'{start}\n{text}\n{end}\n\n'
if start in s: s = s[:s.index(start)] + block + s[s.index(end) + len(end):].lstrip('\n')
else:
    anchor = '### Sample efficiency on the instruct default'
    s = s.replace(anchor, block + anchor, 1)
setsrc(cell, s); save(p, nb)
print(f'wrote the pool section of {p}')
