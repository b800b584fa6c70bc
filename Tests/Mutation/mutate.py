#!/usr/bin/env python3
"""Mutation testing for Slant: does the test suite notice when the knowledge or the code is wrong?

Makes mutants, runs the suite on each, and reports which ones it kills (a mutant is
killed when the suite fails, crashes or runs past the timeout).

Data mutants need no rebuild: the suite runs with SLANT_LEXICONS pointing at a mutated
copy of Lexicons/ (the files keep their names, and slant prints them as Lexicons/FILE
whatever directory they come from, so a mutant is killed by what it changes, never by a
path in the output). They are
  param  every parameter in parameters.lex with its sign flipped, set to 1 and doubled
         (a change that leaves the value as it was is skipped);
  list   every [list ...] of lists.lex, genre.lex, evaluations.lex, classes.lex emptied
         (its entries commented out, so no other line moves);
  pole   a seeded sample of entries and context rules with their pole flipped (an entry
         moves to the end of its file under the other pole's header; a context rule's pole
         is swapped in place).
A data mutant that does not load is "killed by load error", counted apart.

Code mutants are rebuilt, in a copy of the package (so the worktree is never changed):
a seeded sample per folder of Sources/SlantKit/{Rules,Aggregate,Match,Lexicon} of
  cmp    comparison flips  < <=, > >=, == !=;
  off1   off-by-one: a `+ 1` or `- 1` dropped;
  stmt   a statement removed: an assignment (outside an initializer, where it could not
         compile) or a call.
A code mutant that does not compile is "not viable" and left out of the rate.

The suite is `swift test --skip-build --skip PerformanceGuardTests` (the instruction-count
guard measures cost, not behaviour, and takes a minute; LargeInputTests are off unless
asked for). It stops at the first failing test. Results go to OUT/results.jsonl (one line
per mutant, appended as it finishes) and the report to OUT/report.md, or --report FILE.
Survivors are explained in Tests/Mutation/survivors.tsv (ID <tab> equivalent|killed <tab>
why); the report shows each survivor with its note, and `--ci` fails on a survivor with none.

  Tests/Mutation/mutate.py                     # full run: every data mutant, 15 code mutants per folder
  Tests/Mutation/mutate.py --ci                # .ci/run: 10 data mutants that load, in place, no copy
  Tests/Mutation/mutate.py --list              # the mutants, without running them
  Tests/Mutation/mutate.py --only 'negation'   # the mutants whose id matches a regex, sampled or not
  Tests/Mutation/mutate.py --findings          # issue 18's findings: each test fails on the code it guards, broken
"""

import argparse
import atexit
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
from mutants import FINDINGS, code_mutants, data_mutants  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "Tests/Mutation/survivors.tsv"
TEST_COMMAND = ["swift", "test", "--skip-build", "--skip", "PerformanceGuardTests"]
# How many tests' failures a killed mutant records (the run stops soon after the first).
FAILED_LINE = re.compile(r"✘ Test (\S+?\(.*?\)) (?:recorded an issue|failed)")


# ---------------------------------------------------------------- running

def sync_copy(package):
    """Mirrors the worktree's files (tracked and new, not ignored) into `package`; unchanged files keep their mtime."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")
    wanted = {p for p in listed if p and (ROOT / p).is_file()}
    for p in sorted(wanted):
        source, target = ROOT / p, package / p
        if not target.exists() or target.read_bytes() != source.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for target in list(package.rglob("*")):
        relative = target.relative_to(package).as_posix()
        if target.is_file() and not relative.startswith(".build/") and relative not in wanted:
            target.unlink()
    # The suite reads ../shared beside the package root (the real seed articles).
    shared, link = ROOT.parent / "shared", package.parent / "shared"
    if shared.is_dir() and not link.exists():
        link.symlink_to(shared)


_shared_lexicons = None


def mutant_lexicons():
    """Where the mutated lexicons are written: a directory every user can read.

    The suite runs slant as an unprivileged user (`unreadableFileIsAnErrorRecord`), and that
    slant reads SLANT_LEXICONS too; under OUT, inside a private directory such as a
    `mktemp -d` clone, it could not, and the clean suite would fail.
    """
    global _shared_lexicons
    if _shared_lexicons is None:
        parent = Path(tempfile.mkdtemp(prefix="slant-mutants-"))
        parent.chmod(0o755)
        atexit.register(shutil.rmtree, parent, True)
        _shared_lexicons = parent / "lexicons"
    return _shared_lexicons


def kill_built_processes(package):
    """Kills every process whose executable was built in `package` (the test runner, slant)."""
    build = str(package.resolve() / ".build") + "/"
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            executable = (entry / "cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
            if executable.startswith(build):
                os.kill(int(entry.name), signal.SIGKILL)
        except (OSError, ValueError):
            pass


def run_group(command, cwd, env, timeout, stop_on_failure):
    """Runs `command` in its own process group; returns (status, failed tests, seconds, output tail)."""
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True, text=True, errors="replace")
    failed, tail, status = [], [], None
    deadline = start + timeout

    def stop():
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        # The test runner and the slant processes it starts run in process groups of their
        # own, so a mutant that loops would keep them spinning after the group is gone.
        kill_built_processes(Path(cwd))

    timer = threading.Timer(timeout, stop)
    timer.start()
    try:
        for line in process.stdout:
            tail = (tail + [line.rstrip("\n")])[-40:]
            m = FAILED_LINE.search(line)
            if m and m.group(1) not in failed:
                failed.append(m.group(1))
                if stop_on_failure:
                    stop()
                    break
        process.wait()
    finally:
        timer.cancel()
    seconds = time.monotonic() - start
    if failed:
        status = "killed"
    elif time.monotonic() >= deadline:
        status = "timeout"
    elif process.returncode != 0:
        status = "crashed"
    else:
        status = "passed"
    return status, failed, seconds, tail


def build(package, timeout):
    result = subprocess.run(["swift", "build", "--build-tests"], cwd=package, capture_output=True, text=True, timeout=timeout)
    return result.returncode == 0, (result.stdout + result.stderr)[-3000:]


def loads(package, lexicons):
    """Whether slant loads the lexicons in `lexicons` (stdin empty: nothing to score)."""
    binary = package / ".build/debug/slant"
    result = subprocess.run([str(binary), "score", "-"], input="", capture_output=True, text=True,
                            env=dict(os.environ, SLANT_LEXICONS=str(lexicons)), timeout=60)
    return result.returncode != 2, result.stderr.strip().split("\n")[0]


def write_lexicons(source, target, mutant=None):
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    if mutant:
        path = target / mutant.path
        path.write_text(mutant.edit(path.read_text()))


def run_mutant(mutant, package, scratch, timeout):
    env = dict(os.environ)
    env.pop("SLANT_LEXICONS", None)
    if mutant.data:
        lexicons = mutant_lexicons()
        write_lexicons(package / "Lexicons", lexicons, mutant)
        ok, message = loads(package, lexicons)
        if not ok:
            return {"status": "load-error", "detail": message, "seconds": 0}
        env["SLANT_LEXICONS"] = str(lexicons)
        status, failed, seconds, tail = run_group(TEST_COMMAND, package, env, timeout, True)
    else:
        path = package / mutant.path
        original = path.read_text()
        try:
            path.write_text(mutant.edit(original))
            started = time.monotonic()
            try:
                ok, log = build(package, timeout)
            except subprocess.TimeoutExpired:
                ok, log = False, "build timed out"
            if not ok:
                errors = [line for line in log.split("\n") if "error:" in line][:2]
                return {"status": "not-viable", "detail": " | ".join(errors), "seconds": round(time.monotonic() - started, 1)}
            status, failed, _, tail = run_group(TEST_COMMAND, package, env, timeout, True)
            seconds = time.monotonic() - started  # the build and the suite
        finally:
            path.write_text(original)
    result = {"status": {"killed": "killed", "crashed": "killed", "timeout": "timeout", "passed": "survived"}[status],
              "seconds": round(seconds, 1)}
    if failed:
        result["killed_by"] = failed
    if status == "crashed":
        result["detail"] = "suite exited non-zero without a failing test: " + " | ".join(tail[-3:])
    return result


# ---------------------------------------------------------------- report

def read_notes():
    notes = {}
    if NOTES.exists():
        for line in NOTES.read_text().split("\n"):
            if line.strip() and not line.startswith("#"):
                ident, verdict, why = line.split("\t", 2)
                notes[ident] = (verdict, why)
    return notes


def rate(killed, total):
    return f"{100 * killed / total:.1f}%" if total else "—"


def report(results, minutes, arguments):
    notes = read_notes()
    out = ["# Mutation testing report", "",
           f"`Tests/Mutation/mutate.py {arguments}`: {len(results)} mutants in {minutes:.0f} min. "
           "Killed: the suite failed (first failing test named) or ran past the timeout. "
           "Load error: slant refused the mutated lexicons (exit 2), counted apart. "
           "Not viable: the code mutant did not compile, left out.", "",
           "| family | group | mutants | killed by a test | timeout | load error | survived | not viable | kill rate | without load errors |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    rows = {}
    for r in results:
        family = "data" if r["kind"] in ("param", "list", "pole") else "code"
        rows.setdefault((family, r["group"]), []).append(r)
        if family == "code":
            rows.setdefault((family, "op: " + r["kind"]), []).append(r)
        rows.setdefault((family, "**all**"), []).append(r)
    for (family, group), rs in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] == "**all**", kv[0][1])):
        count = {s: sum(r["status"] == s for r in rs) for s in ("killed", "timeout", "load-error", "survived", "not-viable")}
        viable = len(rs) - count["not-viable"]
        dead = count["killed"] + count["timeout"] + count["load-error"]
        out.append(f"| {family} | {group} | {len(rs)} | {count['killed']} | {count['timeout']} | {count['load-error']} | "
                   f"{count['survived']} | {count['not-viable']} | {rate(dead, viable)} | "
                   f"{rate(dead - count['load-error'], viable - count['load-error'])} |")
    survivors = [r for r in results if r["status"] == "survived"]
    out += ["", f"## Survivors ({len(survivors)})", ""]
    if survivors:
        out += ["| mutant | change | why it survives |", "|---|---|---|"]
        for r in survivors:
            verdict, why = notes.get(r["id"], ("", "**not explained**"))
            out.append(f"| `{r['id']}` | {r['description']} | {why} |")
    killed_later = [r for r in results if r["status"] != "survived" and notes.get(r["id"], ("",))[0] == "killed"]
    if killed_later:
        out += ["", f"## Survivors of an earlier run that a new test kills ({len(killed_later)})", "",
                "| mutant | change | killed by |", "|---|---|---|"]
        for r in killed_later:
            out.append(f"| `{r['id']}` | {r['description']} | {notes[r['id']][1]} |")
    others = [r for r in results if r["status"] in ("not-viable", "load-error")]
    if others:
        out += ["", "## Load errors and code mutants that do not compile", "", "| mutant | change | message |", "|---|---|---|"]
        for r in others:
            out.append(f"| `{r['id']}` | {r['description']} | {r.get('detail', '').replace('|', '/')[:160]} |")
    return "\n".join(out) + "\n"


def ci_sample(mutants, package, out, seed, size=10):
    """`size` data mutants in seeded order, skipping those slant refuses to load (a load error needs no suite)."""
    ok, log = build(package, 3600)
    if not ok:
        sys.exit(log)
    chosen = []
    for m in random.Random(seed).sample(mutants, len(mutants)):
        write_lexicons(package / "Lexicons", mutant_lexicons(), m)
        if loads(package, mutant_lexicons())[0]:
            chosen.append(m)
        if len(chosen) == size:
            break
    return chosen


def run_findings(package, out):
    """Breaks the copy once per finding, rebuilds, and runs the one test that must now fail."""
    rows, failures = [], 0
    for f in FINDINGS:
        original = f.apply(package)
        try:
            ok, log = build(package, 3600)
            if not ok:
                status, detail = "did not compile", " | ".join(l for l in log.split("\n") if "error:" in l)[:200]
            else:
                result, failed, _, tail = run_group(["swift", "test", "--skip-build", "--filter", f.test], package,
                                                    dict(os.environ), 3600, False)
                status = "PASSES on broken code" if result == "passed" else "fails (as it must)"
                detail = ", ".join(failed) or (tail[-1] if tail else "")
        finally:
            (package / f.path).write_bytes(original)
        failures += status != "fails (as it must)"
        rows.append(f"| {f.id} | {f.finding} | `{f.path}` | `{f.test}` | {status} | {detail.replace('|', '/')} |")
        print(rows[-1], flush=True)
    build(package, 3600)
    text = "\n".join(["# Issue 18's findings on broken code", "",
                      "`Tests/Mutation/mutate.py --findings`: each weakness is broken into the code once, and the test "
                      "that fixed it must fail.", "",
                      "| finding | what the old test missed | broken file | test | result | first failure |",
                      "|---|---|---|---|---|---|"] + rows) + "\n"
    (out / "findings.md").write_text(text)
    return 1 if failures else 0


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.split("\n")[2:]))
    parser.add_argument("--kinds", default="data,code", help="data, code or both (default data,code)")
    parser.add_argument("--pole-sample", type=int, default=40, help="entries with their pole flipped (default 40)")
    parser.add_argument("--code-sample", type=int, default=15, help="code mutants per folder (default 15)")
    parser.add_argument("--seed", default="18", help="seed of every sample (default 18)")
    parser.add_argument("--only", help="run only the mutants whose id matches this regex (any entry or code site, sampled or not)")
    parser.add_argument("--ci", action="store_true", help="10 seeded data mutants that load, in place (after .ci/run's build); fail on an unexplained survivor")
    parser.add_argument("--in-place", action="store_true", help="data mutants only: run the suite of this worktree, not a copy")
    parser.add_argument("--timeout", type=float, default=0, help="seconds per mutant (default 4x the clean run, at least 240)")
    parser.add_argument("--out", default=str(ROOT / ".build/mutation"), help="results and scratch directory (default .build/mutation)")
    parser.add_argument("--report", help="where to write the report (default OUT/report.md)")
    parser.add_argument("--resume", action="store_true", help="keep OUT/results.jsonl and skip the mutants already in it")
    parser.add_argument("--list", action="store_true", help="print the mutants and exit")
    parser.add_argument("--findings", action="store_true", help="break the code once per finding of issue 18 and check its test fails (OUT/findings.md)")
    args = parser.parse_args()
    kinds = set(args.kinds.split(","))
    if args.ci:
        kinds, args.in_place = {"data"}, True

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    package = ROOT if args.in_place else out / "pkg"
    if args.in_place and "code" in kinds:
        parser.error("--in-place runs data mutants only: code mutants change the sources")
    if not args.in_place:
        package.mkdir(exist_ok=True)
        sync_copy(package)

    if args.findings:
        return run_findings(package, out)
    mutants = []
    if "data" in kinds:
        everything = data_mutants(package / "Lexicons", args.pole_sample, args.seed, args.only)
        mutants += ci_sample(everything, package, out, args.seed) if args.ci else everything
    if "code" in kinds:
        mutants += code_mutants(package, args.code_sample, args.seed, args.only)
    if args.only:
        mutants = [m for m in mutants if re.search(args.only, m.id)]
    if args.list:
        for m in mutants:
            print(f"{m.id}\t{m.description}")
        return 0

    results_path = out / ("results-ci.jsonl" if args.ci else "results.jsonl")
    done = {}
    if args.resume and results_path.exists():
        done = {r["id"]: r for r in map(json.loads, results_path.read_text().split("\n")[:-1])}
    elif results_path.exists():
        results_path.unlink()

    started = time.monotonic()
    print(f"mutation: {len(mutants)} mutants, suite in {package}", flush=True)
    ok, log = build(package, 3600)
    if not ok:
        print(log, file=sys.stderr)
        return 2
    # The clean suite must pass, with the lexicons read through SLANT_LEXICONS too, or no kill means anything.
    env = dict(os.environ)
    env.pop("SLANT_LEXICONS", None)
    if any(m.data for m in mutants):
        write_lexicons(package / "Lexicons", mutant_lexicons())
        env["SLANT_LEXICONS"] = str(mutant_lexicons())
    status, failed, clean_seconds, tail = run_group(TEST_COMMAND, package, env, 3600, False)
    if status != "passed":
        print("mutation: the unmutated suite does not pass (" + ", ".join(failed) + "):\n" + "\n".join(tail), file=sys.stderr)
        return 2
    timeout = args.timeout or max(240.0, 4 * clean_seconds)
    print(f"mutation: clean suite passed in {clean_seconds:.0f} s; timeout {timeout:.0f} s per mutant", flush=True)

    results = [done[m.id] for m in mutants if m.id in done]
    for i, m in enumerate(mutants, 1):
        if m.id in done:
            continue
        result = {"id": m.id, "kind": m.kind, "group": m.group, "description": m.description}
        result.update(run_mutant(m, package, out, timeout))
        results.append(result)
        with results_path.open("a") as f:
            f.write(json.dumps(result, ensure_ascii=False) + "\n")
        killers = ", ".join(result.get("killed_by", [])[:1]) or result.get("detail", "")
        print(f"[{i}/{len(mutants)}] {result['status']:10} {result['seconds']:6.1f} s  {m.id}  {killers[:100]}", flush=True)
    if not args.in_place and "code" in kinds:
        build(package, 3600)  # leave the copy built from unmutated sources

    minutes = (time.monotonic() - started) / 60
    order = {m.id: i for i, m in enumerate(mutants)}
    results.sort(key=lambda r: order[r["id"]])
    text = report(results, minutes, " ".join(sys.argv[1:]))
    report_path = Path(args.report) if args.report else out / ("report-ci.md" if args.ci else "report.md")
    report_path.write_text(text)
    print(text)
    notes = read_notes()
    unexplained = [r["id"] for r in results if r["status"] == "survived" and notes.get(r["id"], ("",))[0] != "equivalent"]
    if args.ci and unexplained:
        print("mutation: the suite no longer kills " + ", ".join(unexplained), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
