"""Check the Spark run's output against a single-process run of the same archive.

    python3 compare.py MANIFEST.json SINGLE.jsonl SPARK_OUTPUT_DIR

MANIFEST is make_archive.py's line of counts. Passes (exit 0) when the Spark
output (part-* files in name order) has one record per input, as many error
records as the archive has bad lines, and is byte-identical to the single run
both sorted by id (the issue's criterion) and in archive order (what
score_archive.py promises). Prints the counts either way; exits 1 on any
difference, naming the first one.
"""

import glob
import json
import os
import sys


def records(path):
    """The output lines of one file, as bytes without their newline."""
    with open(path, "rb") as f:
        return f.read().splitlines()


def sorted_by_id(lines):
    """Lines sorted by their record's id, ties (a repeated id) by the whole line."""
    return sorted(lines, key=lambda line: (json.loads(line)["id"], line))


def first_difference(a, b):
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "record %d differs:\n  single: %s\n  spark:  %s" % (index + 1, x[:200], y[:200])
    return "the single run has %d records, Spark %d" % (len(a), len(b))


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: compare.py MANIFEST.json SINGLE.jsonl SPARK_OUTPUT_DIR")
    manifest_path, single_path, spark_dir = argv
    with open(manifest_path) as f:
        manifest = json.load(f)
    single = records(single_path)
    parts = sorted(glob.glob(os.path.join(spark_dir, "part-*")))
    if not os.path.exists(os.path.join(spark_dir, "_SUCCESS")):
        sys.exit("compare.py: %s has no _SUCCESS: the Spark job did not complete" % spark_dir)
    spark = [line for part in parts for line in records(part)]
    errors = sum(1 for line in spark if b'"error":' in line)
    single_errors = sum(1 for line in single if b'"error":' in line)
    print("records in: %d lines, %d inputs (%d bad lines)"
          % (manifest["lines"], manifest["inputs"], manifest["errors"]))
    print("records out: Spark %d (%d errors) in %d part files; single run %d (%d errors)"
          % (len(spark), errors, len(parts), len(single), single_errors))
    problems = []
    if len(spark) != manifest["inputs"] or len(single) != manifest["inputs"]:
        problems.append("record counts differ from the %d inputs" % manifest["inputs"])
    if errors != manifest["errors"]:
        problems.append("Spark gave %d error records for %d bad lines" % (errors, manifest["errors"]))
    if sorted_by_id(spark) != sorted_by_id(single):
        problems.append("sorted by id, " + first_difference(sorted_by_id(single), sorted_by_id(spark)))
    elif spark != single:
        problems.append("in archive order, " + first_difference(single, spark))
    if problems:
        for problem in problems:
            print("compare.py: " + problem, file=sys.stderr)
        return 1
    print("Spark output: byte-identical to the single run, sorted by id and in archive order")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
