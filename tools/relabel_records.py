"""Make committed run records say what ran (2026-12-07). The grid's official-profile rows were run with a generator built
without the configured prompt (`bench_grid.default_generator` before that date); `build_run` did not check a generator it
was handed. Their `config.run.generator_prompt` said 'official' while the generator that ran wrote with the package's
prompt (`config.generator_prompt`, read from the generator itself, says 'package'). This sets the run's recorded setting to
what ran and notes the change in the record. Idempotent: run it again and nothing changes.
    python tools/relabel_records.py [benchmarks]"""
import json, sys
from pathlib import Path

NOTE = ("relabelled 2026-12-07: run.generator_prompt said 'official', but the generator handed to build_run wrote with the "
        "package's prompt (config.generator_prompt); see tools/relabel_records.py")

def relabel(root='benchmarks') -> list[Path]:
    changed = []
    for p in sorted(Path(root).glob('**/run.json')):
        st = json.loads(p.read_text())
        c = st.get('config') or {}; run = c.get('run') or {}
        ran, said = c.get('generator_prompt'), run.get('generator_prompt')
        if ran and said and ran != said:
            run['generator_prompt'] = ran; c['relabelled'] = NOTE
            p.write_text(json.dumps(st, indent=1, allow_nan=False)); changed.append(p)
    return changed

if __name__ == '__main__':
    for p in relabel(*sys.argv[1:]): print('relabelled', p)
