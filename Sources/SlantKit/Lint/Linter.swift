/// Checks lexicon files for mistakes that load fine but score wrong.
///
/// Findings are `path:line:column: error|warning: [check] message`. Errors:
/// `parse` (the file does not load), `duplicate`, `conflict` (one term on both
/// poles), `broad-wildcard` (a prefix under 3 letters), `empty-pole`.
/// Warnings: `shadowed` (can never match), `normalized-duplicate`,
/// `short-wildcard` (3 letters), `unseen-context-term` (a context rule whose
/// term occurs nowhere in the corpus), `unseen-pattern` (an entry with word
/// classes none of whose variants occurs in the corpus), `unused-list`.
public enum Linter {
    /// Every finding for the lexicon files `sources` (path, contents), sorted by location then
    /// check; `corpus` holds the texts the `unseen-*` checks search (no such check when empty).
    public static func lint(_ sources: [(path: String, text: String)], corpus: [[UInt8]]) -> [Diagnostic] {
        let lexicons: LexiconSet
        do {
            lexicons = try LexiconSet.parse(sources)
        } catch let error as LexiconError {
            return error.diagnostics.map { Diagnostic($0.location, $0.message, severity: .error, check: "parse") }
        } catch {
            return []
        }
        var findings: [Diagnostic] = []
        for axis in lexicons.axes {
            findings += duplicates(axis) + shadowed(axis) + wildcards(axis) + emptyPoles(axis)
        }
        findings += unusedLists(lexicons)
        if !corpus.isEmpty { findings += unseenContextTerms(lexicons, corpus: corpus) }
        return findings.sorted { ($0.location, $0.check) < ($1.location, $1.check) }
    }

    /// Same term twice in one axis: on one pole a duplicate, on both a conflict.
    static func duplicates(_ axis: Axis) -> [Diagnostic] {
        var first: [String: Entry] = [:]
        var findings: [Diagnostic] = []
        for entry in axis.entries {
            guard let earlier = first[entry.term.key] else {
                first[entry.term.key] = entry
                continue
            }
            let place = "\(earlier.id.location.path):\(earlier.id.location.line)"
            if earlier.side != entry.side {
                findings.append(Diagnostic(entry.id.location, "'\(entry.term.text)' is on both poles of \(axis.id) (\(axis.pole(earlier.side).name) at \(place)); the first wins, this one never counts", check: "conflict"))
            } else if earlier.term.text != entry.term.text {
                findings.append(Diagnostic(entry.id.location, "'\(entry.term.text)' is the same term as '\(earlier.term.text)' at \(place) after normalization; this one never counts", severity: .warning, check: "normalized-duplicate"))
            } else {
                findings.append(Diagnostic(entry.id.location, "duplicate entry '\(entry.term.text)' (first at \(place)); this one never counts", check: "duplicate"))
            }
        }
        return findings
    }

    /// An entry that a better-ranked entry of the same length matches everywhere it does.
    ///
    /// Under leftmost-longest, equal-length ties go to fewer wildcards, then the
    /// earlier entry; so `sanctions*` after `sanction*` can never win.
    ///
    /// Only entries whose first word covers this one's can shadow it, so candidates are looked up
    /// by first word (the word itself, or each of its prefixes) instead of comparing every pair:
    /// an imported dictionary of 10,000 entries took 45 s of pairs, and takes a fraction of a second.
    static func shadowed(_ axis: Axis) -> [Diagnostic] {
        struct Head: Hashable {
            let words: Int
            let first: TermWord
        }
        var findings: [Diagnostic] = []
        let entries = axis.entries
        let wildcardCounts = entries.map { $0.term.words.reduce(0) { $0 + ($1.isPrefix ? 1 : 0) } }
        var byHead: [Head: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            if let first = entry.term.words.first { byHead[Head(words: entry.term.words.count, first: first), default: []].append(i) }
        }
        for (j, entry) in entries.enumerated() {
            guard let first = entry.term.words.first else { continue }
            let n = entry.term.words.count
            var candidates = first.isPrefix ? [] : byHead[Head(words: n, first: first)] ?? []
            for length in 1...max(first.bytes.count, 1) {
                candidates += byHead[Head(words: n, first: TermWord(bytes: Array(first.bytes.prefix(length)), isPrefix: true))] ?? []
            }
            let wildcards = wildcardCounts[j]
            for i in candidates.sorted() where i != j && entries[i].term.key != entry.term.key {
                let other = entries[i]
                let otherWildcards = wildcardCounts[i]
                let outranks = otherWildcards < wildcards || (otherWildcards == wildcards && i < j)
                guard outranks, zip(other.term.words, entry.term.words).allSatisfy(covers) else { continue }
                findings.append(Diagnostic(entry.id.location, "'\(entry.term.text)' can never match: '\(other.term.text)' at \(other.id.location.path):\(other.id.location.line) matches everything it does and wins the tie", severity: .warning, check: "shadowed"))
                break
            }
        }
        return findings
    }

    /// Whether word `a` matches every text word that `b` matches.
    static func covers(_ a: TermWord, _ b: TermWord) -> Bool {
        if a.isPrefix { return b.bytes.starts(with: a.bytes) }
        return !b.isPrefix && a.bytes == b.bytes
    }

    static func wildcards(_ axis: Axis) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let terms = axis.entries.map { ($0.term, $0.id.location) } + axis.contextRules.map { ($0.term, $0.id.location) }
        for (term, location) in terms {
            for word in term.words where word.isPrefix {
                let letters = String(decoding: word.bytes, as: UTF8.self).count
                if letters < 3 {
                    findings.append(Diagnostic(location, "wildcard '\(String(decoding: word.bytes, as: UTF8.self))*' in '\(term.text)' is too broad to mean anything", check: "broad-wildcard"))
                } else if letters == 3 {
                    findings.append(Diagnostic(location, "wildcard '\(String(decoding: word.bytes, as: UTF8.self))*' in '\(term.text)' is short; check what it catches with `slant kwic`", severity: .warning, check: "short-wildcard"))
                }
            }
        }
        return findings
    }

    static func emptyPoles(_ axis: Axis) -> [Diagnostic] {
        [PoleSide.negative, .positive].compactMap { side in
            let used = axis.entries.contains { $0.side == side } || axis.contextRules.contains { $0.side == side }
            return used ? nil : Diagnostic(axis.location, "pole '\(axis.pole(side).name)' of \(axis.id) has no entries and no context rules", check: "empty-pole")
        }
    }

    static func unusedLists(_ lexicons: LexiconSet) -> [Diagnostic] {
        var referenced = Set(LexiconSet.requiredLists + LexiconSet.optionalLists).union(lexicons.axes.map { Addressed.listName($0.id) })
        for axis in lexicons.axes {
            for rule in axis.contextRules {
                for case .list(let name, _) in rule.triggers { referenced.insert(name) }
            }
            for entry in axis.entries {
                for case .wordClass(let name, _) in entry.pattern ?? [] { referenced.insert(name) }
            }
        }
        return lexicons.lists.values.filter { !referenced.contains($0.name) }.map {
            Diagnostic($0.location, "list '\($0.name)' is used by no rule and no context rule", severity: .warning, check: "unused-list")
        }
    }

    /// Context rules whose term never occurs in the corpus: a typo, or a rule that can never fire.
    static func unseenContextTerms(_ lexicons: LexiconSet, corpus: [[UInt8]]) -> [Diagnostic] {
        let compiled = CompiledLexicon(lexicons)
        var seen = Set<Int32>()
        for text in corpus {
            text.withUnsafeBufferPointer { buffer in
                let document = Document.build(buffer, automaton: compiled.automaton, headlineMaxTokens: 0, forceHeadline: false)
                for match in Matcher.match(document, with: compiled).terms { seen.insert(match.term) }
            }
        }
        var findings: [Diagnostic] = []
        // An entry with word classes that none of its variants matches: a class or a pattern that never fires.
        var patterns: [EntryID: String] = [:]
        for axis in lexicons.axes { for entry in axis.entries where entry.pattern != nil { patterns[entry.id] = entry.term.text } }
        var fired = Set<EntryID>()
        for (index, term) in compiled.terms.enumerated() where seen.contains(Int32(index)) {
            if let id = term.base?.id, patterns[id] != nil { fired.insert(id) }
        }
        for (id, text) in patterns.sorted(by: { $0.key < $1.key }) where !fired.contains(id) {
            findings.append(Diagnostic(id.location, "no variant of '\(text)' occurs in the corpus (\(corpus.count) texts)", severity: .warning, check: "unseen-pattern"))
        }
        for (index, term) in compiled.terms.enumerated() where !term.contextRules.isEmpty && !seen.contains(Int32(index)) {
            for r in term.contextRules {
                let rule = compiled.contextRules[r].rule
                findings.append(Diagnostic(rule.id.location, "context rule term '\(rule.term.text)' occurs nowhere in the corpus (\(corpus.count) texts)", severity: .warning, check: "unseen-context-term"))
            }
        }
        return findings
    }
}
