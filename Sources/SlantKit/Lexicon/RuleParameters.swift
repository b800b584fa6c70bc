/// Every number the rules and the aggregation use, read from `[parameters]`.
///
/// The values live in `Lexicons/parameters.lex`; this type only names them,
/// documents them and checks their range. An unknown or missing name fails the load.
public struct RuleParameters: Sendable, Equatable {
    public var negationWindow: Int
    public var negationFactor: Double
    public var intensifierWindow: Int
    public var intensifierFactor: Double
    public var hedgeWindow: Int
    public var hedgeFactor: Double
    public var advocacyWindow: Int
    public var advocacyFactor: Double
    public var evaluationWindow: Int
    public var evaluationFactor: Double
    public var targetBareFactor: Double
    public var questionFactor: Double
    public var quoteFactor: Double
    public var scareMaxTokens: Int
    public var scareFactor: Double
    public var attributionFactor: Double
    public var attributionDistancedFactor: Double
    public var contrastBeforeFactor: Double
    public var contrastAfterFactor: Double
    public var headlineFactor: Double
    public var headlineMaxTokens: Int
    public var leadFactor: Double
    public var leadMinTokens: Int
    public var scoreSmoothing: Double
    public var neutralBand: Double
    public var confidenceScale: Double
    public var genreReportingRate: Double
    public var genreVoiceRate: Double
    public var genreNewsFactor: Double
    /// Per-axis gain of `calibration.AXIS` (1 for an axis that sets none): the score is
    /// `gain × balance`, clamped to [-1, 1].
    public var calibration: [String: Double] = [:]
    public var couplingStrength: Double
    /// Per-axis camp loading of `camp.AXIS` (0, not coupled, for an axis that sets none).
    public var campLoadings: [String: Double] = [:]

    /// The camp loading of `axis`: its `camp.AXIS` parameter, or 0.
    public func camp(_ axis: AxisID) -> Double { campLoadings[axis.rawValue] ?? 0 }

    /// The gain of `axis`: its `calibration.AXIS` parameter, or 1.
    public func gain(_ axis: AxisID) -> Double { calibration[axis.rawValue] ?? 1 }

    /// Name, meaning and allowed range of each parameter, in file order.
    static var specs: [(name: String, range: ClosedRange<Double>, integer: Bool, keyPath: WritableKeyPath<RuleParameters, Double>?, intPath: WritableKeyPath<RuleParameters, Int>?, doc: String)] { [
        ("negation.window", 1...10, true, nil, \.negationWindow, "tokens before a hit that a negator reaches (same clause)"),
        ("negation.factor", -1...1, false, \.negationFactor, nil, "multiplier for a negated hit (negative flips the pole)"),
        ("intensifier.window", 1...10, true, nil, \.intensifierWindow, "tokens before a hit that an intensifier reaches"),
        ("intensifier.factor", 1...4, false, \.intensifierFactor, nil, "multiplier for an intensified hit"),
        ("hedge.window", 1...10, true, nil, \.hedgeWindow, "tokens before a hit that a hedge reaches"),
        ("hedge.factor", 0...1, false, \.hedgeFactor, nil, "multiplier for a hedged hit"),
        ("advocacy.window", 1...10, true, nil, \.advocacyWindow, "tokens before a hit that an advocacy modal reaches"),
        ("advocacy.factor", 1...4, false, \.advocacyFactor, nil, "multiplier for a hit the writer advocates"),
        ("evaluation.window", 1...20, true, nil, \.evaluationWindow, "tokens between a target and the evaluation applied to it (same sentence)"),
        ("evaluation.factor", 1...4, false, \.evaluationFactor, nil, "multiplier for an endorsed target (a rejected one gets its negative)"),
        ("target.bare", 0...1, false, \.targetBareFactor, nil, "multiplier for a target nothing evaluates, advocates or negates"),
        ("question.factor", 0...1, false, \.questionFactor, nil, "multiplier for a hit in a question"),
        ("quote.factor", 0...1, false, \.quoteFactor, nil, "multiplier for a hit inside quotation marks"),
        ("quote.scare_max_tokens", 1...10, true, nil, \.scareMaxTokens, "longest quotation read as a scare quote (the author's distance), in words"),
        ("quote.scare_factor", -1...1, false, \.scareFactor, nil, "multiplier for a hit in a scare quote (negative flips it)"),
        ("attribution.factor", 0...1, false, \.attributionFactor, nil, "multiplier for a hit in reported speech"),
        ("attribution.distanced", 0...1, false, \.attributionDistancedFactor, nil, "multiplier for reported speech of a distancing source (critics, some analysts)"),
        ("contrast.before", 0...1, false, \.contrastBeforeFactor, nil, "multiplier for a hit before a contrast marker"),
        ("contrast.after", 1...4, false, \.contrastAfterFactor, nil, "multiplier for a hit after a contrast marker"),
        ("position.headline", 1...5, false, \.headlineFactor, nil, "multiplier for a hit in the headline"),
        ("position.headline_max_tokens", 1...60, true, nil, \.headlineMaxTokens, "longest first line still taken as a headline"),
        ("position.lead", 1...5, false, \.leadFactor, nil, "multiplier for a hit in the lead paragraph"),
        ("position.lead_min_tokens", 1...100, true, nil, \.leadMinTokens, "shortest paragraph taken as the lead"),
        ("score.smoothing", 0.01...100, false, \.scoreSmoothing, nil, "k in (P - N) / (P + N + k)"),
        ("score.neutral_band", 0...0.9, false, \.neutralBand, nil, "|score| at or below this is labelled neutral"),
        ("confidence.scale", 0.01...100, false, \.confidenceScale, nil, "evidence mass at which confidence reaches 63% of its agreement cap"),
        ("coupling.strength", 0...1, false, \.couplingStrength, nil, "share of the other axes' camp evidence an axis takes (0: none)"),
        ("genre.reporting_rate", 0...10, false, \.genreReportingRate, nil, "reporting cues per sentence at or above which a text reads as news"),
        ("genre.voice_rate", 0...10, false, \.genreVoiceRate, nil, "author's-voice cues per sentence at or below which a text reads as news"),
        ("genre.news_factor", 0...1, false, \.genreNewsFactor, nil, "multiplier for every score of a text that reads as news"),
    ] }

    /// `calibration.AXIS GAIN` and `camp.AXIS LOADING`: optional parameters, one per axis, named after it.
    static var perAxis: [(prefix: String, range: ClosedRange<Double>, values: WritableKeyPath<RuleParameters, [String: Double]>)] { [
        ("calibration.", 0.1...10, \.calibration),
        ("camp.", -1...1, \.campLoadings),
    ] }

    static let zero = RuleParameters(
        negationWindow: 0, negationFactor: 0, intensifierWindow: 0, intensifierFactor: 0, hedgeWindow: 0, hedgeFactor: 0, advocacyWindow: 0, advocacyFactor: 0,
        evaluationWindow: 0, evaluationFactor: 0, targetBareFactor: 0, questionFactor: 0,
        quoteFactor: 0, scareMaxTokens: 0, scareFactor: 0, attributionFactor: 0, attributionDistancedFactor: 0, contrastBeforeFactor: 0, contrastAfterFactor: 0, headlineFactor: 0,
        headlineMaxTokens: 0, leadFactor: 0, leadMinTokens: 0, scoreSmoothing: 0, neutralBand: 0, confidenceScale: 0,
        genreReportingRate: 0, genreVoiceRate: 0, genreNewsFactor: 0, couplingStrength: 0)

    /// Builds the parameters from every `[parameters]` line of every file, checking names, ranges and completeness.
    static func build(from parameters: [Parameter], fallback: SourceLocation) -> (RuleParameters, [Diagnostic]) {
        var result = RuleParameters.zero
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for p in parameters {
            if let family = perAxis.first(where: { p.name.hasPrefix($0.prefix) }) {
                // Checked against the declared axes once every file is merged (LexiconSet).
                if let earlier = seen[p.name] {
                    diagnostics.append(Diagnostic(p.location, "parameter '\(p.name)' already set at \(earlier)"))
                } else if !family.range.contains(p.value) {
                    diagnostics.append(Diagnostic(p.location, "parameter '\(p.name)' must be a number in \(family.range.lowerBound)...\(family.range.upperBound), found \(p.value)"))
                } else {
                    result[keyPath: family.values][String(p.name.dropFirst(family.prefix.count))] = p.value
                }
                seen[p.name] = seen[p.name] ?? p.location
                continue
            }
            guard let spec = specs.first(where: { $0.name == p.name }) else {
                diagnostics.append(Diagnostic(p.location, "unknown parameter '\(p.name)'"))
                continue
            }
            if let earlier = seen[p.name] {
                diagnostics.append(Diagnostic(p.location, "parameter '\(p.name)' already set at \(earlier)"))
                continue
            }
            seen[p.name] = p.location
            guard spec.range.contains(p.value), !spec.integer || p.value.rounded() == p.value else {
                let kind = spec.integer ? "a whole number" : "a number"
                diagnostics.append(Diagnostic(p.location, "parameter '\(p.name)' must be \(kind) in \(spec.range.lowerBound)...\(spec.range.upperBound), found \(p.value)"))
                continue
            }
            if let path = spec.keyPath { result[keyPath: path] = p.value }
            if let path = spec.intPath { result[keyPath: path] = Int(p.value) }
        }
        for spec in specs where seen[spec.name] == nil {
            diagnostics.append(Diagnostic(fallback, "missing parameter '\(spec.name)' (\(spec.doc))"))
        }
        return (result, diagnostics)
    }
}
