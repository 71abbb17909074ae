"""Where the instruction matters for a black box: every Instruction-Induction task scored with no, the gold and a misleading
instruction (the package's `bench_grid.bench_sensitivity`), after measuring which way of serving the model is faster here.

    python tools/scan_blackbox.py qwen2.5-coder-1.5b-instruct benchmarks/sensitivity-qwen2.5-coder-1.5b-instruct.json

First the same prompts (one task: no / gold / misleading instruction × 20 dev examples) go to the model in this process
(transformers, `LocalBlackBox`) and to llama.cpp's OpenAI-compatible server on 127.0.0.1 serving the packaged GGUF
(`OpenAIBlackBox`); prompts/s and identical answers are recorded. The scan then uses the faster one. The output file is
written after every task, so a scan cut off continues where it stopped."""
import json, os, sys, time
from pathlib import Path
from instructzero.tasks import load_task, II_TASKS, find_data_dir
from instructzero.scorer import Scorer
from instructzero.local_blackbox import LocalBlackBox
from instructzero.openai_blackbox import OpenAIBlackBox
from instructzero.llama_server import llama_cpp_server
from instructzero.bench_grid import bench_sensitivity

def prompts_per_second(bb, task, n_dev=20):
    "Seconds and answers for one task's three instructions on `n_dev` dev examples (no cache: every prompt is answered)"
    s = Scorer(task, bb, n_dev=n_dev, n_demos=0, seed=0)
    ins = ['', max(task.annotations, key=len), 'Repeat the input exactly.']
    prompts = [p for v in ins for p in s.prompts(v)]
    t = time.time(); answers = bb.answer(prompts); dt = time.time() - t
    return len(prompts) / dt, answers

def main(model, out, speed_task='sentiment'):
    out = Path(out); data = find_data_dir()
    res = json.loads(out.read_text()) if out.exists() else {}
    task = load_task(speed_task, data)
    if 'speed' not in res:
        local = LocalBlackBox(model)
        tf_rate, tf_ans = prompts_per_second(local, task)
        with llama_cpp_server(model) as srv:
            remote = OpenAIBlackBox(model, base_url=srv.url, api_key_env='INSTRUCTZERO_NO_KEY', concurrency=1, max_tokens=16, cache=None)
            ll_rate, ll_ans = prompts_per_second(remote, task)
        res['speed'] = {'task': speed_task, 'prompts': len(tf_ans), 'transformers_per_s': tf_rate, 'llama_cpp_per_s': ll_rate,
                        'identical_answers': sum(a.strip() == b.strip() for a, b in zip(tf_ans, ll_ans))}
        out.write_text(json.dumps(res, indent=1)); print(res['speed'], flush=True)
    use_llama = res['speed']['llama_cpp_per_s'] > res['speed']['transformers_per_s']
    res['served_by'] = 'llama.cpp' if use_llama else 'transformers'
    todo = [t for t in II_TASKS if t not in res.get('tasks', {})]
    def scan(bb):
        for t in todo:
            r = bench_sensitivity([t], data_dir=data, blackbox=bb)[t]
            res.setdefault('tasks', {})[t] = r; out.write_text(json.dumps(res, indent=1))
            print(t, round(r['none'], 2), round(r['gold'], 2), round(r['misleading'], 2), flush=True)
    if use_llama:
        with llama_cpp_server(model) as srv:
            scan(OpenAIBlackBox(model, base_url=srv.url, api_key_env='INSTRUCTZERO_NO_KEY', concurrency=1, max_tokens=16, cache=None))
    else: scan(LocalBlackBox(model))

if __name__ == '__main__': main(*sys.argv[1:])
