"""Reading and writing a notebook's cells as JSON, for the tools that write README sections into nbs/index.ipynb."""
import json

def load(p): return json.load(open(p))
def save(p, nb):
    with open(p, 'w') as f: json.dump(nb, f, indent=1, ensure_ascii=False); f.write('\n')
def src(c): return ''.join(c['source']) if isinstance(c['source'], list) else c['source']
def setsrc(c, s): c['source'] = s.splitlines(keepends=True)
