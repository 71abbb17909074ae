"""Re-run notebooks at full size and keep their outputs (what a reader of `nbs/` sees).

    python tools/run_nbs.py nbs/14_end_to_end.ipynb [more notebooks]

Every code cell runs in order, as `nbdev_test --flags "slow server"` would run it, but without `IN_TEST` (so the
budgets are the full ones) and with the outputs written back; cells flagged `bench` or `eval: false` are skipped.
Stops at the first failing cell and leaves that notebook unchanged. Run `nbdev_clean` afterwards."""
import os, sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

SKIP = {'bench'}

def _skip(cell):
    "Skip markdown, `eval: false` and `bench` cells (read from the source; the notebook is written back unchanged)"
    if cell.cell_type != 'code': return True
    d = [l[2:].strip() for l in cell.source.splitlines() if l.startswith('#|')]
    return any(x.replace(' ', '') == 'eval:false' or x.split()[0] in SKIP for x in d if x)

def run(path:Path):
    nb = read_nb(path)  # as it is: directives and the title cell stay in the file
    t0 = time.time()
    k = CaptureShell(path)
    with working_directory(path.parent): k.run_all(nb, exc_stop=True, preproc=_skip)
    write_nb(nb, path)
    print(f'{path}: {time.time() - t0:.0f}s', flush=True)

if __name__ == '__main__':
    os.environ.pop('IN_TEST', None)
    for p in sys.argv[1:]: run(Path(p).resolve())
