#!/usr/bin/env bash
# Spark local-mode test of Evaluation/spark/score_archive.py, run by .ci/run.
#
# Installs pyspark (PyPI, pinned) into a throwaway venv under .build/spark-test,
# generates an archive of 12,000 records from Evaluation/corpus plus bad lines,
# scores it with spark-submit --master 'local[2]' (the binary shipped with
# --files) and checks that the output is byte-identical to one plain
# `slant score --jsonl --format jsonl` run, with every record accounted for.
# Then checks that slant exiting 2 (a lexicon error) fails the Spark job.
#
# Needs Java (17 on CI; JAVA_HOME, or java on PATH) and the release binary
# (SLANT_BINARY, default .build/release/slant). Without Java, or when pyspark
# cannot be installed, it skips with a message, except under CI=true, where it
# fails. SLANT_PYSPARK overrides what pip installs (a local sdist, offline).
set -euo pipefail
cd "$(dirname "$0")/../.."

SLANT=${SLANT_BINARY:-$PWD/.build/release/slant}
PYSPARK=${SLANT_PYSPARK:-pyspark==3.5.3}
WORK=$PWD/.build/spark-test
RECORDS=12000
PARTITIONS=16

unavailable() {
  if [ "${CI:-}" = true ]; then echo "spark test: $1" >&2; exit 1; fi
  echo "spark test skipped: $1"
  exit 0
}
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

[ -x "$SLANT" ] || { echo "spark test: no slant binary at $SLANT (build it first)" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null 2>&1; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] || unavailable "no Java (set JAVA_HOME or put java on PATH)"
export JAVA_HOME
echo "spark test: Java $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1) at $JAVA_HOME"

start=$(now)
rm -rf "$WORK"
mkdir -p "$WORK"
python3 -m venv "$WORK/venv" || unavailable "python3 -m venv failed"
"$WORK/venv/bin/pip" install -q "$PYSPARK" || unavailable "pip install $PYSPARK failed"
installed=$(now)

# spark-submit finds pyspark through the python3 on PATH; the workers use it too.
export PATH="$WORK/venv/bin:$PATH" PYSPARK_PYTHON="$WORK/venv/bin/python" SPARK_LOCAL_IP=127.0.0.1
python3 Evaluation/spark/make_archive.py --records "$RECORDS" Evaluation/corpus "$WORK/archive.jsonl" > "$WORK/manifest.json"

rc=0
"$SLANT" score --jsonl --format jsonl "$WORK/archive.jsonl" --output "$WORK/single.jsonl" 2>/dev/null || rc=$?
[ "$rc" = 3 ] || { echo "spark test: the single run exited $rc, expected 3 (the archive has bad lines)" >&2; exit 1; }

spark_start=$(now)
if ! spark-submit --master 'local[2]' --conf spark.ui.enabled=false --files "$SLANT" \
    Evaluation/spark/score_archive.py --partitions "$PARTITIONS" --name "$WORK/archive.jsonl" \
    "file://$WORK/archive.jsonl" "$WORK/out" > "$WORK/spark.log" 2>&1; then
  tail -n 40 "$WORK/spark.log" >&2
  echo "spark test: the Spark job failed (log: $WORK/spark.log)" >&2
  exit 1
fi
spark_end=$(now)
grep '^score_archive.py:' "$WORK/spark.log"
grep -q '^score_archive.py: .* ([1-9][0-9]* empty)' "$WORK/spark.log" \
  || { echo "spark test: no empty partition; the long record should leave one" >&2; exit 1; }
python3 Evaluation/spark/compare.py "$WORK/manifest.json" "$WORK/single.jsonl" "$WORK/out"

# A slant that exits 2 (here: lexicons that do not exist) must fail the job, not lose partitions.
mkdir -p "$WORK/broken"
printf '#!/bin/sh\nexec "%s" "$@" --lexicons "%s/no-such-lexicons"\n' "$SLANT" "$WORK" > "$WORK/broken/slant"
chmod +x "$WORK/broken/slant"
head -n 20 "$WORK/archive.jsonl" > "$WORK/small.jsonl"
if spark-submit --master 'local[2]' --conf spark.ui.enabled=false Evaluation/spark/score_archive.py \
    --binary "$WORK/broken/slant" "$WORK/small.jsonl" "$WORK/broken-out" > "$WORK/broken.log" 2>&1; then
  echo "spark test: the job succeeded although slant exited 2" >&2
  exit 1
fi
grep -q 'exited with error code 2' "$WORK/broken.log" \
  || { tail -n 40 "$WORK/broken.log" >&2; echo "spark test: the job failed, but not on slant's exit code 2" >&2; exit 1; }
[ ! -e "$WORK/broken-out/_SUCCESS" ] || { echo "spark test: a failed job left _SUCCESS" >&2; exit 1; }
echo "slant exiting 2 fails the Spark job: yes"

end=$(now)
echo "spark test: passed in $(seconds "$start" "$end") s (venv and pip install $(seconds "$start" "$installed") s, local[2] job $(seconds "$spark_start" "$spark_end") s)"
rm -rf "$WORK"
