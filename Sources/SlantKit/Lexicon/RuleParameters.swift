/// Every number the rules and the aggregation use, read from `[parameters]`.
///
/// The values live in `Lexicons/parameters.lex`; this type only names them,
/// documents them and checks their range. An unknown or missing name fails the load.
public struct RuleParameters: Sendable, Equatable {
    /// `negation.window`: how many tokens may stand between a negator and the hit after it,
    /// in the same clause (1 to 10).
    public var negationWindow: Int
    /// `negation.factor`: what a negated hit is multiplied by (-1 to 1; negative flips its pole).
    public var negationFactor: Double
    /// `intensifier.window`: how many tokens may stand between an intensifier and the hit after
    /// it, in the same clause (1 to 10).
    public var intensifierWindow: Int
    /// `intensifier.factor`: what an intensified hit is multiplied by (1 to 4).
    public var intensifierFactor: Double
    /// `hedge.window`: how many tokens may stand between a hedge and the hit after it, in the
    /// same clause (1 to 10).
    public var hedgeWindow: Int
    /// `hedge.factor`: what a hedged hit is multiplied by (0 to 1).
    public var hedgeFactor: Double
    /// `advocacy.window`: how many tokens may stand between an advocacy modal ("should",
    /// "must") and the hit after it, in the same clause (1 to 10).
    public var advocacyWindow: Int
    /// `advocacy.factor`: what a hit the writer advocates is multiplied by (1 to 4).
    public var advocacyFactor: Double
    /// `evaluation.window`: how many tokens may stand between a target and the endorsing or
    /// rejecting word that judges it, on either side in its sentence (1 to 20).
    public var evaluationWindow: Int
    /// `evaluation.factor`: what an endorsed target is multiplied by; a rejected one is
    /// multiplied by its negative (1 to 4).
    public var evaluationFactor: Double
    /// `target.bare`: what a target that nothing evaluates, advocates or negates is multiplied
    /// by, since a bare mention is a topic, not a stance (0 to 1).
    public var targetBareFactor: Double
    /// `question.factor`: what a hit in a question is multiplied by (0 to 1).
    public var questionFactor: Double
    /// `quote.factor`: what a hit inside quotation marks is multiplied by, unless the quotation
    /// is a scare quote (0 to 1).
    public var quoteFactor: Double
    /// `quote.scare_max_tokens`: the longest quotation, in words, read as a scare quote, the
    /// author holding the words at a distance (1 to 10).
    public var scareMaxTokens: Int
    /// `quote.scare_factor`: what a hit in a scare quote is multiplied by (-1 to 1; negative
    /// flips it).
    public var scareFactor: Double
    /// `attribution.factor`: what a hit in reported speech (a sentence with an attribution
    /// verb) is multiplied by (0 to 1).
    public var attributionFactor: Double
    /// `attribution.distanced`: what a hit in reported speech that also names a distancing
    /// source ("critics", "some analysts") is multiplied by (0 to 1).
    public var attributionDistancedFactor: Double
    /// `contrast.before`: what a hit is multiplied by when a contrast marker ("but") follows it
    /// in its sentence and none precedes it (0 to 1).
    public var contrastBeforeFactor: Double
    /// `contrast.after`: what a hit after a contrast marker in its sentence is multiplied by
    /// (1 to 4).
    public var contrastAfterFactor: Double
    /// `position.headline`: what a hit in the headline is multiplied by (1 to 5).
    public var headlineFactor: Double
    /// `position.headline_max_tokens`: the longest first line, in tokens, still taken as a
    /// headline (1 to 60).
    public var headlineMaxTokens: Int
    /// `position.lead`: what a hit in the lead paragraph is multiplied by (1 to 5).
    public var leadFactor: Double
    /// `position.lead_min_tokens`: the shortest paragraph, in tokens, taken as the lead; the
    /// lead is the first counted paragraph after the headline this long (1 to 100).
    public var leadMinTokens: Int
    /// `score.smoothing`: k in the balance (P − N) / (P + N + k), which keeps one stray hit
    /// from reading as a strong stance (0.01 to 100).
    public var scoreSmoothing: Double
    /// `score.neutral_band`: a score whose magnitude is at most this is labelled `neutral`
    /// (0 to 0.9); the evaluation's three classes use the same band.
    public var neutralBand: Double
    /// `confidence.scale`: the evidence mass at which confidence reaches 63% of its agreement
    /// cap (0.01 to 100).
    public var confidenceScale: Double
    /// `genre.reporting_rate`: reporting cues per counted sentence at or above which a text can
    /// read as news (0 to 10); it must also meet `genreVoiceRate`.
    public var genreReportingRate: Double
    /// `genre.voice_rate`: author's-voice cues per counted sentence, outside quotes, at or below
    /// which a text can read as news (0 to 10); it must also meet `genreReportingRate`.
    public var genreVoiceRate: Double
    /// `genre.news_factor`: what every score of a text that reads as news is multiplied by
    /// (0 to 1).
    public var genreNewsFactor: Double
    /// Per-axis gain of `calibration.AXIS` (1 for an axis that sets none): the score is
    /// `gain × balance`, clamped to [-1, 1].
    public var calibration: [String: Double] = [:]
    /// `coupling.strength`: the share of the other axes' camp evidence an axis takes (0 to 1;
    /// 0 turns coupling off), for every axis without a `coupling.strength.AXIS` of its own.
    public var couplingStrength: Double
    /// Per-axis `coupling.strength.AXIS`: the share that one axis takes instead of `couplingStrength`.
    public var couplingByAxis: [String: Double] = [:]
    /// Per-axis camp loading of `camp.AXIS` (0, not coupled, for an axis that sets none).
    public var campLoadings: [String: Double] = [:]

    /// The camp loading of `axis`: its `camp.AXIS` parameter, or 0.
    public func camp(_ axis: AxisID) -> Double { campLoadings[axis.rawValue] ?? 0 }

    /// The share of the other axes' camp evidence `axis` takes: its `coupling.strength.AXIS`
    /// parameter, or `coupling.strength`.
    public func coupling(_ axis: AxisID) -> Double { couplingByAxis[axis.rawValue] ?? couplingStrength }

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

    /// `calibration.AXIS GAIN`, `camp.AXIS LOADING` and `coupling.strength.AXIS SHARE`: optional
    /// parameters, one per axis, named after it. (`coupling.strength` itself, without an axis,
    /// lacks the prefix's final dot, so it stays an ordinary parameter.)
    static var perAxis: [(prefix: String, range: ClosedRange<Double>, values: WritableKeyPath<RuleParameters, [String: Double]>)] { [
        ("calibration.", 0.1...10, \.calibration),
        ("camp.", -1...1, \.campLoadings),
        ("coupling.strength.", 0...1, \.couplingByAxis),
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
