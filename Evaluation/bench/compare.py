#!/usr/bin/env python3
"""Side-by-side throughput: Slant against the tools users would pick instead.

Runs VADER (per sentence), spaCy's PhraseMatcher and pyahocorasick with the
same lexicon terms, and `slant score --jsonl --format jsonl`, on one corpus
generated from Evaluation/corpus, alternating the tools run by run, and prints
median MB/s and Slant's ratio to each. The peers are installed by
compare.sh into a throwaway virtual environment; they are never dependencies
of Slant.

usage: compare.py SLANT_BINARY [--mb N] [--runs N] [--out DIR]
"""
import argparse, glob, json, os, random, re, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def corpus(mb, out_dir):
    """JSONL of the project's own articles, cycled to `mb` MB with varied ids (seeded)."""
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "Evaluation/corpus/*/*.txt")))]
    rng = random.Random(1)
    path = os.path.join(out_dir, f"corpus-{mb}mb.jsonl")
    records, size = [], 0
    while size < mb * 1_000_000:
        line = json.dumps({"id": f"doc-{len(records)}-{rng.randrange(10**6)}", "text": rng.choice(texts)}) + "\n"
        records.append(line)
        size += len(line.encode("utf-8"))
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(records)
    return path, [json.loads(r)["text"] for r in records], size


def lexicon_terms():
    """Every plain (non-wildcard) entry term of the shipped lexicons."""
    terms = set()
    for path in glob.glob(os.path.join(ROOT, "Lexicons/*.lex")):
        section = None
        for raw in open(path, encoding="utf-8"):
            line = raw.split("#")[0].strip()
            if not line:
                continue
            if line.startswith("["):
                section = line
                continue
            if section and section.startswith("[pole "):
                term = line.rsplit(None, 1)[0].strip().lower().replace("-", " ")
                if "*" not in term:
                    terms.add(term)
    return sorted(terms)


def run_vader(texts):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
    splitter = re.compile(r"(?<=[.!?])\s+")
    for text in texts:
        for sentence in splitter.split(text):
            analyzer.polarity_scores(sentence)


def make_spacy(terms):
    import spacy
    from spacy.matcher import PhraseMatcher
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("TERMS", [nlp.make_doc(t) for t in terms])
    def run(texts):
        for text in texts:
            matcher(nlp.make_doc(text))
    return run


def make_aho(terms):
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for i, t in enumerate(terms):
        automaton.add_word(t, i)
    automaton.make_automaton()
    def run(texts):
        for text in texts:
            for _ in automaton.iter(text.lower()):
                pass
    return run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("slant")
    parser.add_argument("--mb", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench-out"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    path, texts, size = corpus(args.mb, args.out)
    terms = lexicon_terms()
    tools = {
        "slant (end to end, 1 job)": lambda: subprocess.run([args.slant, "score", "--jsonl", "--format", "jsonl", path],
                                                            stdout=subprocess.DEVNULL, check=True),
        "slant (end to end, 2 jobs)": lambda: subprocess.run([args.slant, "score", "--jsonl", "--format", "jsonl", "--jobs", "2", path],
                                                             stdout=subprocess.DEVNULL, check=True),
        f"pyahocorasick ({len(terms)} terms)": lambda f=make_aho(terms): f(texts),
        f"spaCy PhraseMatcher ({len(terms)} terms)": lambda f=make_spacy(terms): f(texts),
        "VADER (per sentence)": lambda: run_vader(texts),
    }
    seconds = {name: [] for name in tools}
    for r in range(args.runs):
        for name, run in tools.items():  # alternate: one run of each tool per round
            start = time.perf_counter()
            run()
            seconds[name].append(time.perf_counter() - start)
            print(f"round {r + 1}: {name}: {seconds[name][-1]:.2f} s", file=sys.stderr)
    mbps = {name: size / 1e6 / statistics.median(s) for name, s in seconds.items()}
    slant = mbps["slant (end to end, 1 job)"]
    print(f"corpus: {size / 1e6:.1f} MB, {len(texts)} articles; medians of {args.runs} alternating runs")
    print(f"{'tool':40s} {'MB/s':>8s} {'slant (1 job) is':>18s}")
    for name, value in mbps.items():
        print(f"{name:40s} {value:8.1f} {slant / value:16.1f}x")
    print(json.dumps({"corpus_mb": round(size / 1e6, 2), "runs": args.runs, "mb_per_s": {k: round(v, 2) for k, v in mbps.items()}}))


if __name__ == "__main__":
    main()
