#!/usr/bin/env bash
# The whole set-up and test of instructzero on a fresh machine, in the active virtual environment:
#   python3 -m venv .venv && . .venv/bin/activate && bash tools/test.sh          # every notebook, slow and server tests too
#   bash tools/test.sh --fast                                                     # the inner loop: nbdev_test without flags
# It installs CPU PyTorch, llama.cpp's Python server built portably (x86-64: AVX2, no AVX-512/AMX, which some VMs
# report but do not enable: a native build dies with SIGILL at its first request), the package with its dev tools,
# Debian's Chromium and chromedriver for the browser test (apt-get: needs root), and converts the offline models once
# before the notebooks run in parallel. Every step is skipped when already done. Extra arguments go to nbdev_test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1
start=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - start ))s)"; }

fast=0
if [ "${1:-}" = --fast ]; then fast=1; shift; fi
if [ -z "${VIRTUAL_ENV:-}" ] && [ -z "${CONDA_PREFIX:-}" ] && [ -z "${INSTRUCTZERO_ANY_PYTHON:-}" ]; then
  echo "tools/test.sh installs packages: activate a virtual environment first (python3 -m venv .venv && . .venv/bin/activate)," \
       "or set INSTRUCTZERO_ANY_PYTHON=1 to install into $(command -v python)." >&2
  exit 2
fi

step "pip, wheel, setuptools; PyTorch 2.13.0 (CPU)"
python -m pip install -q --upgrade pip wheel setuptools
python -m pip install -q torch==2.13.0

if ! python -c "import importlib.metadata as m, sys; sys.exit(m.version('llama_cpp_python') != '0.3.36')" 2>/dev/null; then
  step "llama.cpp's Python server 0.3.36, built from source (a few minutes)"
  if [ "$(uname -m)" = x86_64 ]; then
    export CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_SSE42=ON -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_BMI2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
  fi
  export CMAKE_ARGS="${CMAKE_ARGS:-} -DLLAVA_BUILD=OFF"  # not the image/audio library (mtmd): nothing here uses it
  python -m pip install -q --no-cache-dir "llama-cpp-python[server]==0.3.36"
  unset CMAKE_ARGS
fi

step "instructzero and its dev tools"
python -m pip install -q -e ".[dev]"

if [ $fast = 0 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  step "Debian's Chromium and chromedriver, for the dashboard page's browser test"
  if [ "$(id -u)" = 0 ]; then apt_get=(apt-get); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then apt_get=(sudo -n apt-get)
  else
    echo "The browser test needs Debian's chromium and chromium-driver, and installing them needs root: run" \
         "'sudo apt-get install chromium chromium-driver', then this script again (or 'bash tools/test.sh --fast', which has no browser test)." >&2
    exit 2
  fi
  "${apt_get[@]}" update -q >/dev/null && DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -q chromium chromium-driver >/dev/null
fi

step "the offline models, converted once (the notebooks would otherwise wait on each other's lock)"
python -c "from instructzero.models import materialize_model as m; [print('  ', n, 'at', m(n)) for n in ('qwen2.5-coder-0.5b-instruct', 'gemma-3-270m')]"

# nbdev_test runs one notebook per core; each with one thread (PyTorch would otherwise start a thread per core in every
# notebook, and on 2 cores the oversubscribed threads took the suite from 15 to 28 minutes, measured 2026-12-02)
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" MKL_NUM_THREADS="${MKL_NUM_THREADS:-1}"
if [ $fast = 1 ]; then step "nbdev_test (fast: no slow or server tests)"; nbdev_test --timing "$@"
else step "nbdev_test --flags \"slow server\""; nbdev_test --flags "slow server" --timing "$@"; fi
step "all notebooks passed"
