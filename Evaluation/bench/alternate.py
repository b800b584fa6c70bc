#!/usr/bin/env python3
"""Times shell commands in alternation and prints medians and per-round ratios.

On a shared machine a neighbour's load drifts over minutes. Running every
command once per round, round after round, exposes all of them to the same
drift, so the per-round ratio to the first command is steadier than the ratio
of separately taken medians. Use it to compare two builds, or one build with
and without `--jobs`.

usage: alternate.py [--runs N] COMMAND [COMMAND ...]

example (from the repository root, with a corpus made by compare.py):
  python3 Evaluation/bench/alternate.py --runs 9 \\
    'old/slant score --jsonl --format jsonl corpus-100mb.jsonl --output a.jsonl' \\
    '.build/release/slant score --jsonl --format jsonl corpus-100mb.jsonl --output b.jsonl'
"""
import argparse, statistics, subprocess, time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("commands", nargs="+", help="shell commands; the first is the reference")
    args = parser.parse_args()
    times = [[] for _ in args.commands]
    for _ in range(args.runs):
        for i, command in enumerate(args.commands):
            start = time.perf_counter()
            subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
            times[i].append(time.perf_counter() - start)
    for command, t in zip(args.commands, times):
        print(f"median {statistics.median(t):.3f} s  (min {min(t):.3f}, max {max(t):.3f})  {command}")
    for i in range(1, len(args.commands)):
        ratios = [a / b for a, b in zip(times[0], times[i])]
        rounds = " ".join(f"{r:.2f}" for r in ratios)
        print(f"command 1 / command {i + 1}: per-round median {statistics.median(ratios):.3f}  ({rounds})")


if __name__ == "__main__":
    main()
