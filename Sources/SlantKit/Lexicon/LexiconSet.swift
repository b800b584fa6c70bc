import Foundation

/// All lexicon files merged and validated: the axes, the word lists and the parameters.
///
/// Loading is all or nothing: any problem in any file throws a `LexiconError`
/// listing every problem found, and no partial set is ever returned.
public struct LexiconSet: Sendable {
    /// The word lists the rules read by name; each must be defined.
    public static let requiredLists = [
        "negators", "intensifiers", "hedges", "advocacy_markers", "attribution_verbs", "distancing_sources", "contrast_markers",
        "boilerplate", "end_markers", "topic_anchors", "abbreviations", "endorsements", "rejections", "reporting_cues", "voice_cues",
    ]
    /// The list of idioms that open with a negator but do not negate (see `Matcher.dropExceptedNegators`).
    public static let negationExceptionsList = "negation_exceptions"
    /// The words after which an evaluation judges the act they introduce, not a target after
    /// it ("failed to impose sanctions"; see `EvaluationRule`).
    public static let evaluationComplementsList = "evaluation_complements"
    /// Lists the engine reads when they exist.
    public static let optionalLists = [negationExceptionsList, evaluationComplementsList]

    /// The axes, in load order (files sorted by name); per-axis arrays of a score follow this order.
    public let axes: [Axis]
    /// Every word list, by name (`negators`, `hedges` ...), from all files.
    public let lists: [String: WordList]
    /// The numbers the rules and the aggregation use, from every `[parameters]` section.
    public let parameters: RuleParameters
    /// The files read, in load order (display paths).
    public let files: [String]
    /// Per axis, in `axes` order: its calibration gain (`RuleParameters.gain`), resolved once
    /// here instead of by name for every article.
    public let gains: [Double]
    /// Per axis, in `axes` order: its camp loading (`RuleParameters.camp`), from -1 to 1 (0: not
    /// coupled), resolved once here instead of by name for every article.
    public let campLoadings: [Double]
    /// Per axis, in `axes` order: the share of the other axes' camp evidence it takes
    /// (`RuleParameters.coupling`), resolved once here.
    public let couplingStrengths: [Double]

    init(axes: [Axis], lists: [String: WordList], parameters: RuleParameters, files: [String]) {
        self.axes = axes
        self.lists = lists
        self.parameters = parameters
        self.files = files
        gains = axes.map { parameters.gain($0.id) }
        campLoadings = axes.map { parameters.camp($0.id) }
        couplingStrengths = axes.map { parameters.coupling($0.id) }
    }

    /// Loads every `*.lex` file in `directory`.
    public static func load(directory: URL) throws -> LexiconSet {
        // Report paths the way the user named the directory, so output does not depend on the checkout location.
        try parse(readSources(directory, displayPrefix: nil), directoryLabel: directory.relativePath)
    }

    /// The environment variable that stands a directory in for the shipped lexicons.
    ///
    /// With `SLANT_LEXICONS=DIR`, `shipped()` (and so every `slant` command run without
    /// `--lexicons`) reads DIR's `*.lex` files instead of the copy embedded at build time:
    /// an edit of `Lexicons/` can be tried without a rebuild, and the mutation tests
    /// (Tests/Mutation) run the whole suite on a changed copy. The files keep their shipped
    /// names, `Lexicons/FILE`, in every location `slant` prints, so output differs from the
    /// built-in copy's only where the lexicons' contents do.
    public static let directoryVariable = "SLANT_LEXICONS"

    /// The directory `SLANT_LEXICONS` names; nil when it is unset or empty.
    public static var overrideDirectory: String? {
        guard let value = ProcessInfo.processInfo.environment[directoryVariable], !value.isEmpty else { return nil }
        return value
    }

    /// The shipped lexicons: the copy embedded in the library at build time, or the
    /// directory `SLANT_LEXICONS` names (see `directoryVariable`).
    public static func shipped() throws -> LexiconSet {
        try parse(shippedSources(), directoryLabel: "Lexicons")
    }

    /// The shipped lexicon files as (display path, contents): `SLANT_LEXICONS`'s directory
    /// when it is set, else the embedded copy. Display paths are `Lexicons/FILE` either way.
    public static func shippedSources() throws -> [(path: String, text: String)] {
        guard let directory = overrideDirectory else { return embeddedSources() }
        return try readSources(URL(fileURLWithPath: directory), displayPrefix: "Lexicons")
    }

    /// The lexicon files embedded at build time as (display path, contents), whatever `SLANT_LEXICONS` says.
    public static func embeddedSources() -> [(path: String, text: String)] {
        EmbeddedLexicons.files.map { file in
            ("Lexicons/\(file.name)", String(decoding: Data(base64Encoded: file.base64) ?? Data(), as: UTF8.self))
        }
    }

    /// Reads every `*.lex` file in `directory`, in name order, as (display path, contents).
    /// A file is shown as `displayPrefix/NAME`, or without a prefix as the path it was read from.
    private static func readSources(_ directory: URL, displayPrefix: String?) throws -> [(path: String, text: String)] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let named = displayPrefix == nil ? "" : " (\(directoryVariable))"
            throw LexiconError(diagnostics: [Diagnostic(SourceLocation(path: directory.relativePath, line: 0, column: 0), "lexicon directory not found\(named)")])
        }
        let names = try fm.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".lex") }.sorted()
        return try names.map { name in
            let url = directory.appendingPathComponent(name)
            let path = displayPrefix.map { "\($0)/\(name)" } ?? url.relativePath
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else {
                throw LexiconError(diagnostics: [Diagnostic(SourceLocation(path: path, line: 1, column: 1), "file is not valid UTF-8")])
            }
            return (path, text)
        }
    }

    /// Parses and merges already-read files. `sources` are (display path, contents).
    public static func parse(_ sources: [(path: String, text: String)], directoryLabel: String = "lexicons") throws -> LexiconSet {
        var diagnostics: [Diagnostic] = []
        var parsed: [ParsedLexiconFile] = []
        for source in sources {
            let (file, problems) = LexiconParser.parse(source.text, path: source.path)
            parsed.append(file)
            diagnostics += problems
        }
        let fallback = SourceLocation(path: sources.first?.path ?? directoryLabel, line: 1, column: 1)
        var merger = LexiconMerger()
        for file in parsed { merger.add(file) }
        let (parameters, parameterProblems) = RuleParameters.build(from: parsed.flatMap(\.parameters), fallback: fallback)
        diagnostics += merger.diagnostics + parameterProblems
        diagnostics += merger.checkReferences(fallback: fallback)
        diagnostics += merger.expandClasses()
        let axisNames = Set(merger.axes.map(\.id.rawValue))
        for p in parsed.flatMap(\.parameters) {
            guard let family = RuleParameters.perAxis.first(where: { p.name.hasPrefix($0.prefix) }) else { continue }
            let axis = p.name.dropFirst(family.prefix.count)
            if !axisNames.contains(String(axis)) {
                diagnostics.append(Diagnostic(p.location, "parameter '\(p.name)' names no declared axis"))
            }
        }
        if merger.axes.isEmpty && sources.count > 0 {
            diagnostics.append(Diagnostic(fallback, "no axis is declared in any lexicon file"))
        }
        if sources.isEmpty {
            diagnostics.append(Diagnostic(SourceLocation(path: directoryLabel, line: 0, column: 0), "no .lex files found"))
        }
        guard diagnostics.isEmpty else {
            throw LexiconError(diagnostics: diagnostics.sorted { $0.location < $1.location })
        }
        return LexiconSet(axes: merger.axes, lists: merger.lists, parameters: parameters, files: sources.map(\.path))
    }

    /// The axis with id `id`, or nil when no lexicon file declares it.
    public func axis(_ id: AxisID) -> Axis? { axes.first { $0.id == id } }
}

/// Merges parsed files into one set and checks cross-file consistency.
private struct LexiconMerger {
    var axes: [Axis] = []
    var lists: [String: WordList] = [:]
    var diagnostics: [Diagnostic] = []

    mutating func add(_ file: ParsedLexiconFile) {
        for list in file.lists {
            if let earlier = lists[list.name] {
                diagnostics.append(Diagnostic(list.location, "list '\(list.name)' already defined at \(earlier.location)"))
            } else {
                lists[list.name] = list
            }
        }
        guard let header = file.axisHeader else {
            if !file.entries.isEmpty || !file.contextRules.isEmpty {
                diagnostics.append(Diagnostic(SourceLocation(path: file.path, line: 1, column: 1), "entries without an 'axis' line"))
            }
            return
        }
        if let earlier = axes.first(where: { $0.id.rawValue == header.id }) {
            diagnostics.append(Diagnostic(header.location, "axis '\(header.id)' already declared at \(earlier.location)"))
            return
        }
        guard let negative = file.poles.first(where: { $0.side == .negative }),
              let positive = file.poles.first(where: { $0.side == .positive }) else {
            diagnostics.append(Diagnostic(header.location, "axis '\(header.id)' needs both 'pole -' and 'pole +' lines"))
            return
        }
        axes.append(Axis(id: AxisID(header.id), title: header.title, negative: negative, positive: positive,
                         entries: file.entries, contextRules: file.contextRules, location: header.location))
    }

    /// Expands every entry that names a word class (`WordClasses`) into its variants.
    mutating func expandClasses() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for a in axes.indices {
            var entries = axes[a].entries
            for e in entries.indices {
                guard let pattern = entries[e].pattern else { continue }
                let (variants, found) = WordClasses.expand(pattern, text: entries[e].term.text, lists: lists, at: entries[e].id.location)
                problems += found
                entries[e].variants = variants
            }
            axes[a] = axes[a].replacingEntries(entries)
        }
        return problems
    }

    /// Every `@list` a context rule names exists, and every list the rules need is defined.
    func checkReferences(fallback: SourceLocation) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for axis in axes {
            for rule in axis.contextRules {
                for case .list(let name, let location) in rule.triggers where lists[name] == nil {
                    problems.append(Diagnostic(location, "unknown list '@\(name)'"))
                }
            }
        }
        for name in LexiconSet.requiredLists where lists[name] == nil {
            problems.append(Diagnostic(fallback, "missing required list '[list \(name)]'"))
        }
        return problems
    }
}

/// The shipped lexicon files; the build-tool plugin generates `files`.
enum EmbeddedLexicons {}
