"""Which writer can revise? The same revision prompts (06b_revise) for two parents of a user task, answered by each
local model; each distinct new instruction scored on the same 20 dev examples with the 0.5B black box.
    python tools/writer_probe.py element_symbol qwen2.5-coder-0.5b-instruct qwen2.5-coder-1.5b-instruct > benchmarks/revise/writer-probe.md"""
import sys, time
from instructzero.revise import ReviseSettings, write_revisions
from instructzero.tasks import load_task
from instructzero.local_blackbox import LocalBlackBox
from instructzero.scorer import Scorer
from instructzero.optimizer import Evaluation

PARENTS = {'element_symbol': ['Determine the chemical symbol of a given element.', 'Write the symbol of the element.'],
           'square': ['Calculate the square of the given number.', 'Return the square of the input number.']}
task, writers = sys.argv[1], sys.argv[2:]
sc = Scorer(load_task(f'benchmarks/user-tasks/{task}.jsonl'), LocalBlackBox(), n_dev=20)
hist = [Evaluation(i, v, sc.score(v).per_example, sc.score(v).mean) for i, v in enumerate(PARENTS[task])]
print(f'# Writer probe: {task}\n\nParents (dev score with the 0.5B black box): ' + '; '.join(f'{e.instruction!r} {e.mean:.2f}' for e in hist) + '\n')
for w in writers:
    t0 = time.time()
    revs = write_revisions(LocalBlackBox(w, max_new_tokens=96), sc, hist, ReviseSettings(revisions=8, parents=2), 2, set(PARENTS[task]))
    print(f'## {w}: {len(revs)} new instructions from 8 prompts ({time.time() - t0:.0f} s)\n')
    for r in revs: print(f'- {sc.score(r.instruction).mean:.2f} (parent {sc.score(r.parent).mean:.2f}): {r.instruction!r}')
    print()
