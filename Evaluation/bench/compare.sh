#!/usr/bin/env bash
# Side-by-side throughput against VADER, spaCy's PhraseMatcher and pyahocorasick.
# Installs the peers into a throwaway virtual environment (bench-out/venv, ignored
# by git; never a project dependency), builds slant in release mode, and runs
# Evaluation/bench/compare.py. Extra arguments go to compare.py (--mb N, --runs N).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p bench-out
if [ ! -x bench-out/venv/bin/python ]; then
  python3 -m venv bench-out/venv
  bench-out/venv/bin/pip install -q vaderSentiment pyahocorasick spacy
fi
swift build -c release --static-swift-stdlib -Xswiftc -static-executable >/dev/null
bench-out/venv/bin/python Evaluation/bench/compare.py .build/release/slant "$@"
