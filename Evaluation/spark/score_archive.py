"""Score a JSONL archive on Spark by piping each partition through `slant`.

    spark-submit [--master M] --files PATH/TO/slant score_archive.py ARCHIVE OUTPUT_DIR

Each partition of ARCHIVE (one {"id", "text", "title"} record per line, read
with `sc.textFile`, so any path Hadoop reads) is streamed through
`slant score --jsonl --format jsonl` with Spark's own `RDD.pipe()`, and the
scored records are written with `saveAsTextFile` to OUTPUT_DIR (part-00000,
part-00001, ...; concatenated in name order they are in archive order).

The output is byte-identical to a single `slant score --jsonl --format jsonl
ARCHIVE` on one machine (ARCHIVE spelled the same, or given with --name). slant
names a record by where it read it (`-:LINE` on standard input, partition
relative); this script turns that into `NAME:LINE` with the line number in the
whole archive, in the `source` field, in the id of a record that has none (or
is not JSON), and in an error's `line N:`. So ids of the form `-:N` are
reserved.

Exit codes of slant per partition: 0 and 3 (some records failed; each failed
record is an error record in the output) are success; anything else (2: usage
or lexicon error) fails the task, so Spark retries it and then fails the job
rather than silently dropping a partition.

Standard library and pyspark only.
"""

import argparse
import itertools
import os
import shlex
import sys

from pyspark import SparkContext, SparkFiles

# slant's exit code for "some inputs could not be scored; all others were".
# Every failed input is an error record in the output, so it is not a task failure.
SOME_INPUTS_FAILED = 3

# Run in the executor for every partition. $1 is the binary's path as the driver
# sees it (valid in local mode, where driver and executors share SparkFiles'
# directory); on a cluster it does not exist there and the executor's own copy
# is used: Spark fetches --files and addFile files into the executor's working
# directory. Exit code 3 becomes 0; any other failure stays a failure.
PIPE_SCRIPT = """
bin=$1
[ -x "$bin" ] || bin=./$2
"$bin" score --jsonl --format jsonl
rc=$?
[ "$rc" -eq %d ] && exit 0
exit "$rc"
""" % SOME_INPUTS_FAILED

SOURCE_FIELD = '"source":"-:'


def json_string_body(text):
    """`text` escaped as slant's JSON writer escapes it, without the quotes."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return "".join(out)


def globalize(record, offset, name):
    """One scored line with its partition-relative position `-:N` made `NAME:offset+N`.

    slant writes `{"id":"…","source":"-:N",…` with a record's text escaped, so
    the raw `"source":"-:` cannot occur inside the id: its first occurrence is
    the field. The id is rewritten only when it is that same position (a record
    without an id, or a line that is not JSON); an error's `line N:` follows
    the source directly.
    """
    start = record.find(SOURCE_FIELD)
    if start < 0:
        return record
    digits = start + len(SOURCE_FIELD)
    end = record.index('"', digits)
    local = record[digits:end]
    line = str(offset + int(local))
    where = name + ":" + line
    head = record[:start]
    if head == '{"id":"-:' + local + '",':
        head = '{"id":"' + where + '",'
    rest = record[end:]
    local_error = '","error":"line ' + local + ": "
    if rest.startswith(local_error):
        rest = '","error":"line ' + line + ": " + rest[len(local_error):]
    return head + '"source":"' + where + rest


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="score_archive.py",
        description="Score a JSONL archive with slant, one RDD.pipe() per partition.")
    parser.add_argument("archive", help="JSONL archive: one file, any path sc.textFile reads")
    parser.add_argument("output", help="output directory for saveAsTextFile (must not exist)")
    parser.add_argument("--binary", metavar="PATH",
                        help="slant binary to ship with SparkContext.addFile "
                             "(default: the file named 'slant' shipped with spark-submit --files)")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="minimum number of partitions (sc.textFile's minPartitions)")
    parser.add_argument("--name", metavar="NAME",
                        help="the archive's name in ids and sources (default: ARCHIVE as given)")
    return parser.parse_args(argv)


def main(argv):
    options = parse_arguments(argv)
    sc = SparkContext(appName="slant score " + os.path.basename(options.archive))
    if options.binary:
        sc.addFile(options.binary)
        binary_name = os.path.basename(options.binary)
    else:
        binary_name = "slant"
    driver_binary = SparkFiles.get(binary_name)
    if not os.path.isfile(driver_binary):
        sys.exit("score_archive.py: no '%s' was shipped: pass --files PATH/TO/slant "
                 "to spark-submit, or --binary PATH" % binary_name)

    lines = sc.textFile(options.archive, options.partitions)
    # One pass to count each partition's lines gives every partition its first
    # line number in the archive (slant counts blank lines too, so count them all).
    counts = lines.mapPartitions(lambda part: [sum(1 for _ in part)]).collect()
    offsets = [0] + list(itertools.accumulate(counts))[:-1]
    name = json_string_body(options.name or options.archive)

    command = shlex.join(["/bin/sh", "-c", PIPE_SCRIPT, "slant-pipe", driver_binary, binary_name])
    scored = lines.pipe(command, checkCode=True).mapPartitionsWithIndex(
        lambda index, part: (globalize(record, offsets[index], name) for record in part))
    scored.saveAsTextFile(options.output)

    empty = sum(1 for count in counts if count == 0)
    print("score_archive.py: %d lines in %d partitions (%d empty) scored into %s"
          % (sum(counts), len(counts), empty, options.output), file=sys.stderr)
    sc.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
