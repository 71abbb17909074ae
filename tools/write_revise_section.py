"""Write the README's section on revisions (nbs/index.ipynb, Performance) from the finished runs in benchmarks/revise.

    python tools/write_revise_section.py && python tools/make_readme.py

The text between the two markers in index.ipynb is replaced; every figure in it comes from the runs."""
import json
from instructzero.bench_pool import read_pool_grid
from instructzero.bench_revise import REVISE_ROWS, revise_markdown, revise_contrasts

from nbcells import load, save, src, setsrc  # tools/nbcells.py

res = read_pool_grid('benchmarks/revise', REVISE_ROWS)
con = revise_contrasts(res)
seeds = sorted({r['seed'] for by in res.values() for r in by.get('pool-revise-1.5b', [])})
c = con.get(('pool-revise-1.5b', 'pool')); a = con.get(('pool-revise-1.5b', 'ape'))
said = lambda x, what: (f"{x['test']:+.3f} ± {x['test_se']:.3f} on test over {x['n']} paired runs against {what} "
                        f"({'/'.join(map(str, x['wtl']))} wins / ties / losses; sign test p = {x['sign_p']:.2f}, paired t-test p = {x['t_p']:.2f})")
bar = c and a and c['test'] >= 0.10 and a['test'] >= 0.10 and c['wtl'][0] > c['wtl'][2] and a['wtl'][0] > a['wtl'][2] and c['n'] >= 6 and a['n'] >= 6
verdict = ("It clears the bar set for it (at least +0.10 on test over both, more wins than losses, six paired runs or more)." if bar else
           "It does not yet clear the bar set for making it the default (at least +0.10 on test over both, more wins than losses, "
           "over at least six paired runs): the default stays the pool search without revisions, and revisions are one option away.")
text = f"""<!-- revisions -->

### Revisions from the black box's answers

The pool search can pick only what the generator wrote. On a task of a user's own whose answers are short exact strings,
the 0.5B black box tends to answer in a sentence, so instructions that describe the task well still score 0. With
`--pool-revisions N` a writer reads, before each round, the black box's wrong answers under the best instructions so far
(input, its reply, the expected output — answers already paid for) and rewrites them; the revisions join the pool and
part of each round's batch is picked among them (`nbs/06b_revise.ipynb`). Which model writes matters: shown the same
prompts, the 0.5B generator echoes the instruction it is given, and the 1.5B model rewrites it
(`benchmarks/revise/writer-probe.md`, `tools/writer_probe.py`).

```sh
pip install "instructzero[qwen1-5b]"    # the 1.5B model, to write (the 0.5B one still answers)
instructzero run --task my_task.jsonl --out runs/mine --pool-revisions 6 --writer qwen2.5-coder-1.5b-instruct
instructzero run --task my_task.jsonl --out runs/mine --pool-revisions 6 --writer MODEL --writer-base-url URL --writer-api-key-env VAR
```

The writer's calls are counted and capped apart from the black box's (`--writer-max-calls`, default 200), and recorded
in `run.json` beside every revision's parent. Measured on two tasks written for this (`benchmarks/user-tasks/`:
`element_symbol`, `square`), {'seed' if len(seeds) == 1 else 'seeds'} {', '.join(map(str, seeds))}; 10 initial evaluations and 4 rounds of 5, 20 dev
examples, every row scoring the same number of instructions (equal black-box calls, up to an instruction proposed
twice; `15g_bench_revise`). The pool search with the 1.5B model's revisions: {said(c, 'the pool search without them') if c else 'no paired run yet'};
{said(a, 'APE-style sampling') if a else 'no paired run yet'}. {verdict}

{chr(10).join(revise_markdown(res))}

<!-- end of the revisions -->"""
nb = load('nbs/index.ipynb')
cell = next(x for x in nb['cells'] if '<!-- end of the pool search -->' in src(x))
s = src(cell)
if '<!-- revisions -->' in s: s = s[:s.index('<!-- revisions -->')] + text + s[s.index('<!-- end of the revisions -->') + len('<!-- end of the revisions -->'):]
else: s = s.replace('<!-- end of the pool search -->', '<!-- end of the pool search -->\n\n' + text, 1)
cell['source'] = s.splitlines(keepends=True)
save('nbs/index.ipynb', nb)
print(text)
