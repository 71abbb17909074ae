"""Run the revision grid of `15g_bench_revise` (resumable): one task per process, so two processes use both cores.
   python tools/run_revise_grid.py element_symbol [square ...] [--seeds 0 1 2]"""
import argparse, os
from instructzero.bench_revise import bench_revise, REVISE_TASKS, REVISE_METHODS, revise_markdown
from instructzero.bench_grid import _grid_label

p = argparse.ArgumentParser()
p.add_argument('tasks', nargs='+', help='task names (file stems) of REVISE_TASKS')
p.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2])
p.add_argument('--out', default='benchmarks/revise')
p.add_argument('--methods', nargs='+', default=None, help='grid labels to run (default: every row of REVISE_METHODS)')
a = p.parse_args()
tasks = {k: v for k, v in REVISE_TASKS.items() if os.path.basename(k).split('.')[0] in a.tasks}
if len(tasks) != len(a.tasks): raise SystemExit(f'unknown task among {a.tasks}: choose from {list(REVISE_TASKS)}')
OTHER = (('pool', 'direct-1.5b'), ('pool', 'direct'))  # rows of REVISE_ROWS run only when named (OPRO-style: revisions scored directly)
methods = [m for m in REVISE_METHODS + OTHER if (a.methods is None and m in REVISE_METHODS) or (a.methods and _grid_label(*m) in a.methods)]
if a.methods and len(methods) != len(a.methods): raise SystemExit(f'unknown row among {a.methods}: choose from {[_grid_label(*m) for m in REVISE_METHODS + OTHER]}')
res = bench_revise(a.out, tasks, seeds=tuple(a.seeds), methods=methods)
print('\n'.join(revise_markdown(res)))
