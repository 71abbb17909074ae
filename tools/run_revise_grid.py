"""Run the revision grid of `15g_bench_revise` (resumable): one task per process, so two processes use both cores.
   python tools/run_revise_grid.py element_symbol [square ...] [--seeds 0 1 2]"""
import argparse, os
from instructzero.bench_revise import bench_revise, REVISE_TASKS, revise_markdown

p = argparse.ArgumentParser()
p.add_argument('tasks', nargs='+', help='task names (file stems) of REVISE_TASKS')
p.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2])
p.add_argument('--out', default='benchmarks/revise')
a = p.parse_args()
tasks = {k: v for k, v in REVISE_TASKS.items() if os.path.basename(k).split('.')[0] in a.tasks}
if len(tasks) != len(a.tasks): raise SystemExit(f'unknown task among {a.tasks}: choose from {list(REVISE_TASKS)}')
res = bench_revise(a.out, tasks, seeds=tuple(a.seeds))
print('\n'.join(revise_markdown(res)))
