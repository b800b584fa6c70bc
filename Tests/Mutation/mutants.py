"""Slant's mutants: changed copies of the lexicons (data) and of the engine's code.

Used by mutate.py, which says what each kind of mutant is and how they are run.
"""

import random
import re

LIST_FILES = ["lists.lex", "genre.lex", "evaluations.lex", "classes.lex"]
CODE_FOLDERS = ["Rules", "Aggregate", "Match", "Lexicon"]


class Mutant:
    """One change: `apply(directory)` writes it into a copy of the files it mutates."""

    def __init__(self, ident, kind, group, description, path, edit):
        self.id, self.kind, self.group, self.description = ident, kind, group, description
        self.path = path  # relative to the lexicon directory (data) or the package (code)
        self.edit = edit  # text -> mutated text

    @property
    def data(self):
        return self.kind in ("param", "list", "pole")


# ---------------------------------------------------------------- data mutants

def split_comment(line):
    """(content, comment): a lexicon comment starts at '#' and runs to the end of the line."""
    i = line.find("#")
    return (line, "") if i < 0 else (line[:i], line[i:])


def replace_line(text, number, new):
    lines = text.split("\n")
    lines[number - 1] = new
    return "\n".join(lines)


def format_number(value, original):
    """`value` written the way `original` was: integers stay integers, decimals keep a point."""
    if "." not in original and value == int(value):
        return str(int(value))
    s = ("%.6f" % value).rstrip("0")
    return s + "0" if s.endswith(".") else s


def parameter_mutants(lexicons):
    text = (lexicons / "parameters.lex").read_text()
    mutants = []
    section = None
    for n, line in enumerate(text.split("\n"), 1):
        content, comment = split_comment(line)
        if content.strip().startswith("["):
            section = content.strip()
            continue
        fields = content.split()
        if section != "[parameters]" or len(fields) != 2:
            continue
        name, raw = fields
        value = float(raw)
        start = content.rindex(raw)
        seen = {value}
        for how, new in (("flip", -value), ("one", 1.0), ("double", 2 * value)):
            if new in seen:  # unchanged, or the same mutant as an earlier one (-(-1) = 1)
                continue
            seen.add(new)
            written = format_number(new, raw)
            mutated = content[:start] + written + content[start + len(raw):] + comment
            mutants.append(Mutant(f"param/{name}/{how}", "param", "param",
                                  f"{name} {raw} -> {written}", "parameters.lex",
                                  lambda t, n=n, m=mutated: replace_line(t, n, m)))
    return mutants


def list_mutants(lexicons):
    mutants = []
    for file in LIST_FILES:
        lines = (lexicons / file).read_text().split("\n")
        current, members = None, []
        sections = []
        for n, line in enumerate(lines, 1):
            content = split_comment(line)[0].strip()
            if content.startswith("["):
                if current:
                    sections.append((current, members))
                m = re.fullmatch(r"\[list (\S+)\]", content)
                current, members = (m.group(1), []) if m else (None, [])
            elif current and content:
                members.append(n)
        if current:
            sections.append((current, members))
        for name, members in sections:
            def empty(t, members=members):
                ls = t.split("\n")
                for n in members:
                    ls[n - 1] = "# (mutant) " + ls[n - 1]
                return "\n".join(ls)
            mutants.append(Mutant(f"list/{name}/empty", "list", "list", f"{file}: [list {name}] emptied ({len(members)} entries)", file, empty))
    return mutants


def axis_files(lexicons):
    for path in sorted(lexicons.glob("*.lex")):
        text = path.read_text()
        poles = re.findall(r"^pole [-+] (\S+)", text, re.M)
        if len(poles) == 2:
            yield path.name, text, poles


def pole_population(lexicons):
    """Every entry of a [pole]/[target] section and every context rule, as a mutant."""
    mutants = []
    for file, text, (a, b) in axis_files(lexicons):
        other = {a: b, b: a}
        section = None
        for n, line in enumerate(text.split("\n"), 1):
            content, comment = split_comment(line)
            stripped = content.strip()
            if not stripped:
                continue
            if stripped.startswith("["):
                section = re.fullmatch(r"\[(pole|target|context|list|parameters)\s*(\S*)\]", stripped)
                continue
            if not section:
                continue
            kind, pole = section.group(1), section.group(2)
            if kind in ("pole", "target") and pole in other:
                header = f"[{kind} {other[pole]}]"

                def move(t, n=n, line=line, header=header):
                    ls = t.split("\n")
                    ls[n - 1] = "# (mutant) moved to the end: " + ls[n - 1]
                    while ls and ls[-1] == "":
                        ls.pop()
                    return "\n".join(ls + ["", header, line, ""])
                term = " ".join(stripped.split()[:-1])
                mutants.append(Mutant(f"pole/{file}:{n}", "pole", "pole", f"{term!r} [{kind} {pole}] -> {header}", file, move))
            elif kind == "context" and "|" in stripped:
                last = stripped.split("|")[-1].split()
                if len(last) == 2 and last[0] in other:
                    i = content.rindex(last[0])
                    mutated = content[:i] + other[last[0]] + content[i + len(last[0]):] + comment

                    term = stripped.split("|")[0].strip()
                    mutants.append(Mutant(f"pole/{file}:{n}", "pole", "pole",
                                          f"context rule for {term!r}: {last[0]} -> {other[last[0]]}", file,
                                          lambda t, n=n, m=mutated: replace_line(t, n, m)))
    return mutants


def data_mutants(lexicons, pole_sample, seed, only=None):
    poles = pole_population(lexicons)
    # With --only, any entry may be chosen, sampled or not.
    sample = [m for m in poles if re.search(only, m.id)] if only else random.Random(seed).sample(poles, min(pole_sample, len(poles)))
    sample.sort(key=lambda m: (m.path, int(m.id.rsplit(":", 1)[1])))
    return parameter_mutants(lexicons) + list_mutants(lexicons) + sample


# ---------------------------------------------------------------- code mutants

COMPARISON = re.compile(r"(?<=\S) (<=|>=|==|!=|<|>) (?=\S)")
OFF_BY_ONE = re.compile(r"(?<=\S) ([+-]) 1(?![\w.])")
FLIPPED = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}
STATEMENT = re.compile(r"^\s*(?:[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\.[\w.]+)*\s*(?:=|\+=|-=|\*=|/=|\|=|&=)\s+\S.*"
                       r"|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\.[\w]+\(.*\))\s*$")
KEYWORDS = ("let ", "var ", "if ", "guard ", "case ", "return", "static ", "public ", "private ", "func ", "for ",
            "while ", "switch ", "else", "throw ", "defer", "init", "try ", "self.init", "super.")


def code_of(line):
    """The line without a trailing `//` comment, or None for a comment, a string-heavy or a blank line."""
    stripped = line.strip()
    if not stripped or stripped.startswith("//") or stripped.startswith("*") or '"""' in line:
        return None
    i = line.find("//")
    return line if i < 0 else line[:i]


def outside_strings(line, position):
    return line[:position].count('"') % 2 == 0


def balanced(text):
    return all(text.count(a) == text.count(b) for a, b in ("()", "[]", "{}"))


INITIALIZER = re.compile(r"^\s*(?:(?:public|private|fileprivate|internal|convenience|required|override)\s+)*init[?!]?\s*[(<]")


def code_sites(package, folder):
    sites = []
    for path in sorted((package / "Sources/SlantKit" / folder).glob("*.swift")):
        relative = path.relative_to(package).as_posix()
        short = f"{folder}/{path.name}"
        depth, init_depth = 0, None  # brace depth, and the depth an initializer's body started at
        for n, line in enumerate(path.read_text().split("\n"), 1):
            code = code_of(line)
            if code is None:
                continue
            if init_depth is None and INITIALIZER.match(code):
                init_depth = depth
            depth += code.count("{") - code.count("}")
            in_initializer = init_depth is not None
            if in_initializer and depth <= init_depth and ("{" in code or "}" in code):
                init_depth = None  # the body closed on this line
            for m in COMPARISON.finditer(code):
                if outside_strings(code, m.start()):
                    op, new = m.group(1), FLIPPED[m.group(1)]
                    mutated = line[:m.start(1)] + new + line[m.end(1):]
                    sites.append(Mutant(f"cmp/{short}:{n}:{m.start(1) + 1}", "cmp", folder,
                                        f"{short}:{n}: `{op}` -> `{new}` in `{line.strip()}`", relative,
                                        lambda t, n=n, m=mutated: replace_line(t, n, m)))
            for m in OFF_BY_ONE.finditer(code):
                if outside_strings(code, m.start()):
                    mutated = line[:m.start()] + line[m.end():]
                    sites.append(Mutant(f"off1/{short}:{n}:{m.start() + 2}", "off1", folder,
                                        f"{short}:{n}: `{m.group(0).strip()}` dropped in `{line.strip()}`", relative,
                                        lambda t, n=n, m=mutated: replace_line(t, n, m)))
            stripped = code.strip()
            # An initializer's assignments set stored properties: without one it does not compile.
            if not in_initializer and STATEMENT.match(code) and not stripped.startswith(KEYWORDS) and balanced(stripped) \
                    and not stripped.endswith(("{", ",", "(", "[", "&&", "||", "+", "?", ":")):
                sites.append(Mutant(f"stmt/{short}:{n}", "stmt", folder, f"{short}:{n}: removed `{stripped}`", relative,
                                    lambda t, n=n: replace_line(t, n, "")))
    return sites


def code_mutants(package, per_folder, seed, only=None):
    mutants = []
    for folder in CODE_FOLDERS:
        sites = code_sites(package, folder)
        # With --only, any site may be chosen, sampled or not.
        sample = [m for m in sites if re.search(only, m.id)] if only else \
            random.Random(f"{seed}/{folder}").sample(sites, min(per_folder, len(sites)))
        mutants += sorted(sample, key=lambda m: m.id)
    return mutants


# ---------------------------------------------------------------- findings

class Finding:
    """One weakness issue 18 found in the suite, as the broken code it let through.

    `apply(package)` breaks the copy the way the old test would not have noticed; `test` is
    the `swift test --filter` of the test that now must fail on it.
    """

    def __init__(self, ident, finding, path, old, new, test):
        self.id, self.finding, self.path, self.test = ident, finding, path, test
        self.old, self.new = old, new  # bytes: `old` must occur exactly once in the file

    def apply(self, package):
        target = package / self.path
        original = target.read_bytes()
        if self.old is None:
            target.write_bytes(self.new)  # the whole file replaced
        else:
            assert original.count(self.old) == 1, f"{self.id}: the text to break is not in {self.path} exactly once"
            target.write_bytes(original.replace(self.old, self.new))
        return original


FINDINGS = [
    Finding("seed-labels", "SeedTests checked only the sign of engagement_pressure on the seeds",
            "Sources/SlantKit/Aggregate/Aggregator.swift", b"min(1, max(-1, gain * balance))", b"min(1, max(-1, 0.2 * gain * balance))",
            "SeedTests"),
    Finding("sigterm-cleanup", "the SIGTERM test slept a fixed second instead of waiting for the temporary file",
            "Sources/slant/Output.swift", b"if let t = AtomicOutput.temporary { unlink(t) }", b"_ = AtomicOutput.temporary",
            "terminatedRunLeavesThePreviousFileUntouched"),
    Finding("match-tie-break", "Matcher.semantics == .leftmostLongest compared a constant nothing reads",
            "Sources/SlantKit/Match/Matcher.swift", b"termRank[Int(t)] < termRank[Int(current.term)]", b"termRank[Int(t)] > termRank[Int(current.term)]",
            "tiesGoToTheLongerThenFewerWildcardsThenTheEarlierEntry"),
    Finding("rendered-records", "rendered.count == 4 counted the test's own array",
            "Sources/SlantKit/Report/JSONReporter.swift", b"if lines { w.raw(0x0A) }", b"",
            "StageBreakdownTests"),
    Finding("evidence-offset", "evidence offsets were checked for bounds only",
            "Sources/SlantKit/Report/JSONReporter.swift", b'w.field("offset", hit.span.start)', b'w.field("offset", hit.span.start + 1)',
            "ScoreCommandTests"),
    Finding("diagnostic-text", "a lexicon error test checked only that there are two diagnostics",
            "Sources/SlantKit/Lexicon/LexiconParser.swift", b"fail(at: line.number, field.column, \"weight '",
            b"fail(at: line.number, field.column + 1, \"weight '", "everyProblemIsReportedNotJustTheFirst"),
    Finding("unreadable-article", "behaviour tests read articles with try? and scored \"\" when a read failed",
            "Evaluation/corpus/articles-a/a01-hawks-had-their-turn.txt", None, b"\xff\xfe not UTF-8\n",
            "BehaviourTests"),
]
