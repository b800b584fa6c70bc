"""Write a JSONL test archive built from the project corpus, for the Spark test.

    python3 make_archive.py [--records N] [--seed S] [--long-bytes B] CORPUS_DIR OUT.jsonl

Records mix paragraphs of the corpus articles (Evaluation/corpus, the
project's own texts) under one article's headline, with ids `r000001`...
Spread through them are the lines a real archive has: lines that are not
JSON, a record with no text, records without an id, a numeric id, a repeated
id, escapes and non-ASCII, unknown fields, blank lines, a CRLF line ending and
one long record (`--long-bytes`, so that a split of the file can hold no line
start and a partition comes out empty). Standard library only; the same
arguments give the same bytes.

Prints one JSON line of counts: lines, inputs (non-blank lines: what slant
scores) and errors (the lines slant must report as error records).
"""

import argparse
import json
import os
import random
import sys

# Lines slant cannot score; each must come out as exactly one error record.
ERROR_LINES = [
    "this line is not JSON",
    '{"id": "truncated", "text": "Talks in Geneva resumed on',
    '{"id": "no-text", "title": "A headline without a body"}',
    '{"id": "text-is-a-number", "text": 42}',
    '{"id": "text-is-null", "text": null}',
    '["an", "array", "not", "a", "record"]',
    '{"id": "bad-escape", "text": "an invalid \\q escape"}',
]

# How many of the generated records have no id (slant names them by position).
UNNAMED_EVERY = 997


def load_articles(corpus):
    """(headline, paragraphs) of every .txt article under `corpus`, in path order."""
    articles = []
    for root, dirs, files in os.walk(corpus):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                lines = [line.strip() for line in f.read().splitlines() if line.strip()]
            if len(lines) >= 2:
                articles.append((lines[0], lines[1:]))
    if not articles:
        sys.exit("make_archive.py: no .txt articles under %s" % corpus)
    return articles


def record_line(rng, articles, number):
    """The JSONL line of generated record `number`: one headline, 1-8 paragraphs from any articles."""
    headline, _ = rng.choice(articles)
    paragraphs = [rng.choice(rng.choice(articles)[1]) for _ in range(rng.randint(1, 8))]
    record = {"id": "r%06d" % number, "text": "\n".join(paragraphs)}
    if rng.random() < 0.6:
        record["title"] = headline
    if number % UNNAMED_EVERY == 0:
        del record["id"]
    if number % 101 == 0:
        # Metadata fields (strings and numbers) come back under "meta" in the output.
        record["outlet"] = "generated"
        record["year"] = 2026
    # ensure_ascii=True on some lines gives \u escapes for curly quotes and dashes.
    return json.dumps(record, ensure_ascii=(number % 3 == 0))


def special_lines(rng, articles, long_bytes):
    """The hand-made lines: odd but valid records, blank lines, and ERROR_LINES."""
    paragraphs = [p for _, ps in articles for p in ps]
    long_text = []
    size = 0
    while size < long_bytes:
        long_text.append(rng.choice(paragraphs))
        size += len(long_text[-1]) + 1
    return [
        json.dumps({"id": 12345, "text": paragraphs[0]}),
        json.dumps({"id": "dup", "text": paragraphs[1]}),
        json.dumps({"id": "dup", "text": paragraphs[2], "title": "Same id, other text"}),
        json.dumps({"id": 'quote"and\\backslash', "text": paragraphs[3]}),
        json.dumps({"id": "escaped-text", "text": "\u201cPeace through strength\u201d \u2014 or talks?\n\nKyiv / Kiev"}),
        json.dumps({"id": "cyrillic", "text": "Переговоры продолжатся. Sanctions relief is on the table."}),
        json.dumps({"text": paragraphs[4]}),
        json.dumps({"id": "crlf-line", "text": paragraphs[5]}) + "\r",
        json.dumps({"id": "long-record", "text": "\n".join(long_text)}),
        "",
        " \t ",
    ] + ERROR_LINES


def main(argv):
    parser = argparse.ArgumentParser(prog="make_archive.py", description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("output")
    parser.add_argument("--records", type=int, default=12000, help="generated records (default 12000)")
    parser.add_argument("--seed", type=int, default=17)
    # Under slant's default --max-article-bytes (4 MiB), so the long record is scored.
    parser.add_argument("--long-bytes", type=int, default=3 << 20,
                        help="text bytes of the long record (default 3 MiB)")
    options = parser.parse_args(argv)
    rng = random.Random(options.seed)
    articles = load_articles(options.corpus)
    lines = [record_line(rng, articles, n) for n in range(1, options.records + 1)]
    # Spread the special lines evenly, so they land in different partitions.
    specials = special_lines(rng, articles, options.long_bytes)
    rng.shuffle(specials)
    step = len(lines) // (len(specials) + 1)
    for k, line in reversed(list(enumerate(specials, start=1))):
        lines.insert(k * step, line)
    with open(options.output, "w", encoding="utf-8", newline="") as f:
        for line in lines:
            f.write(line + "\n")
    blank = sum(1 for line in lines if line.strip(" \t") == "")
    print(json.dumps({"lines": len(lines), "inputs": len(lines) - blank, "errors": len(ERROR_LINES)}))


if __name__ == "__main__":
    main(sys.argv[1:])
