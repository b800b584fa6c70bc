import Foundation
import Testing
@testable import SlantKit

/// `slant tune`'s analysis: ablation, dead entries, weight fitting, folds,
/// Fightin' Words and the weight writer, on the fixture in Tests/Fixtures/tune.
struct TuneTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture axis (with `summit` planted on the wrong pole) and its ten labelled cases.
    static func fixture() throws -> (LexiconSet, [LabelCase]) {
        let lexicons = try LexiconSet.load(directory: root.appendingPathComponent("Tests/Fixtures/tune/lexicons"))
        let cases = try LabelSet.load([root.appendingPathComponent("Tests/Fixtures/tune/labels.jsonl").path], axes: lexicons.axes)
        return (lexicons, cases)
    }

    @Test func plantedHarmfulEntryRanksFirstAndTheKeyHelpfulOneLast() throws {
        let (lexicons, cases) = try Self.fixture()
        let report = Tuner.run(cases, lexicons: lexicons)
        let first = try #require(report.contributions.first)
        #expect(first.entry.term == "summit")
        #expect(first.entry.id.location.line == 21)
        #expect(first.cases == ["summit-talks", "summit-door", "summit-ceasefire"])
        #expect(first.errorChange < -1.4)
        #expect(first.push < 0, "summit pushes engagement cases toward pressure")
        #expect(first.removedAccuracy > 0.29 && first.removedWithin > 0.29 && first.removedMAE < 0)
        #expect(report.contributions.last?.entry.term == "diplomacy")
        #expect(report.contributions.map(\.errorChange) == report.contributions.map(\.errorChange).sorted())
    }

    @Test func entriesAndRulesThatNeverFireAreDead() throws {
        let (lexicons, cases) = try Self.fixture()
        let report = Tuner.run(cases, lexicons: lexicons)
        #expect(report.dead.map { "\($0.id.location.line) \($0.term) \($0.kind.rawValue)" } == ["14 detente entry", "26 aid context"])
    }

    /// The cache must reproduce the classifier exactly, or every ablation and fit built on it is off.
    @Test func cachedHitsReproduceTheClassifiersScores() throws {
        let (lexicons, cases) = try Self.fixture()
        let corpus = TuneCorpus(cases: cases, classifier: Classifier(lexicons: lexicons))
        let rebuilt = corpus.scores(with: corpus.originalWeights)
        for (pair, score) in zip(corpus.pairs, rebuilt) { #expect(abs(pair.scored - score) < 1e-12) }
        // Setting an entry's weight to 0 in the linear form is the same as removing its hits and re-aggregating.
        Self.expectZeroWeightEqualsAblation(corpus, tolerance: 1e-12)
    }

    /// For every `stride`-th entry: the linear form with its weight 0 equals dropping its hits and re-aggregating.
    static func expectZeroWeightEqualsAblation(_ corpus: TuneCorpus, every stride: Int = 1, tolerance: Double) {
        for (e, shares) in corpus.shares.enumerated() where e % stride == 0 {
            var weights = corpus.originalWeights
            weights[e] = 0
            let without = corpus.scores(with: weights)
            for share in shares {
                let reaggregated = Ablation.scoreWithout(corpus.entries[e].id, corpus.pairs[share.pair], corpus)
                #expect(abs(without[share.pair] - reaggregated) < tolerance, "\(corpus.entries[e].id)")
            }
        }
    }

    @Test func cachedHitsReproduceTheProjectCorpusScores() throws {
        let lexicons = try LexiconSet.shipped()
        let cases = try LabelSet.load([Self.root.appendingPathComponent("Evaluation/corpus/labels.jsonl").path], axes: lexicons.axes)
        let corpus = TuneCorpus(cases: cases, classifier: Classifier(lexicons: lexicons))
        let rebuilt = corpus.scores(with: corpus.originalWeights)
        #expect(zip(corpus.pairs, rebuilt).allSatisfy { abs($0.scored - $1) < 1e-9 })
        #expect(corpus.fixedD.allSatisfy { $0 == 0 }, "every hit belongs to a known entry")
        // With coupling, an entry's hits count on the other axes too: zeroing it in the linear
        // form must still equal dropping its hits and re-aggregating every axis.
        #expect(lexicons.parameters.couplingStrength > 0)
        Self.expectZeroWeightEqualsAblation(corpus, every: 7, tolerance: 1e-9)
    }

    /// Recoupling the cached hits at another strength gives what the classifier gives with that strength.
    @Test func recoupledCorpusMatchesAClassifierWithThatCouplingStrength() throws {
        // The coupling.strength line set to 0.1, whatever the shipped strength (the mutation
        // tests change it): the property holds for any strength.
        let sources = try LexiconSet.shippedSources().map { source in
            (source.path, source.path.hasSuffix("parameters.lex")
                ? source.text.replacingOccurrences(of: #"(?m)^coupling\.strength +\S+"#, with: "coupling.strength 0.1", options: .regularExpression)
                : source.text)
        }
        let shipped = try LexiconSet.shipped()
        let weaker = try LexiconSet.parse(sources)
        #expect(weaker.parameters.couplingStrength == 0.1 && shipped.parameters.couplingStrength != 0.1)
        let cases = try LabelSet.load([Self.root.appendingPathComponent("Evaluation/corpus/labels.jsonl").path], axes: shipped.axes)
        let recoupled = TuneCorpus(cases: cases, classifier: Classifier(lexicons: shipped)).recoupled(weaker.couplingStrengths)
        let direct = TuneCorpus(cases: cases, classifier: Classifier(lexicons: weaker))
        let rebuilt = recoupled.scores(with: recoupled.originalWeights)
        #expect(zip(direct.pairs, rebuilt).allSatisfy { abs($0.scored - $1) < 1e-9 })
    }

    /// Re-aggregating the cached hits under another genre rule gives what the classifier gives with it.
    @Test func regenredCorpusMatchesAClassifierWithThatGenreRule() throws {
        let setting = GenreSetting(reportingRate: 0.2, voiceRate: 0.5, newsFactor: 0.1)
        let sources = try LexiconSet.shippedSources().map { source in
            guard source.path.hasSuffix("parameters.lex") else { return (source.path, source.text) }
            var text = source.text
            for (name, value) in [("reporting_rate", setting.reportingRate), ("voice_rate", setting.voiceRate), ("news_factor", setting.newsFactor)] {
                text = text.replacingOccurrences(of: #"(?m)^genre\.\#(name) +\S+"#, with: "genre.\(name) \(value)", options: .regularExpression)
            }
            return (source.path, text)
        }
        let shipped = try LexiconSet.shipped()
        let other = try LexiconSet.parse(sources)
        #expect(GenreSetting(other.parameters) == setting && GenreSetting(shipped.parameters) != setting)
        let cases = try LabelSet.load([Self.root.appendingPathComponent("Evaluation/corpus/labels.jsonl").path], axes: shipped.axes)
        let cached = TuneCorpus(cases: cases, classifier: Classifier(lexicons: shipped))
        let regenred = cached.regenred(setting)
        let direct = TuneCorpus(cases: cases, classifier: Classifier(lexicons: other))
        // The rule must change some case's factor, or the comparison proves nothing.
        #expect(zip(cached.genreFactors, regenred.genreFactors).contains { $0 != $1 })
        #expect(regenred.genreFactors == direct.genreFactors)
        let rebuilt = regenred.scores(with: regenred.originalWeights)
        #expect(zip(direct.pairs, rebuilt).allSatisfy { abs($0.scored - $1) < 1e-9 })
    }

    /// The lexicons' own genre rule comes first among the candidates, so it wins a tie, and it is
    /// not tried twice.
    @Test func genreCandidatesStartWithTheLexiconsOwnRule() throws {
        let lexicons = try LexiconSet.shipped()
        let candidates = GainFit.genreCandidates(lexicons)
        #expect(candidates.first == GenreSetting(lexicons.parameters))
        #expect(candidates.filter { $0 == candidates[0] }.count == 1)
        let grid = GainFit.genreGrid, own = candidates[0]
        let onGrid = grid.reportingRates.contains(own.reportingRate) && grid.voiceRates.contains(own.voiceRate)
            && grid.newsFactors.contains(own.newsFactor)
        #expect(candidates.count == grid.reportingRates.count * grid.voiceRates.count * grid.newsFactors.count + (onGrid ? 0 : 1))
    }

    @Test func fittedGainsComeFromTheGridAndDoNoWorseThanTheLexiconsOnTraining() throws {
        let lexicons = try LexiconSet.shipped()
        let cases = try LabelSet.load([Self.root.appendingPathComponent("Evaluation/corpus/labels.jsonl").path], axes: lexicons.axes)
        let corpus = TuneCorpus(cases: cases, classifier: Classifier(lexicons: lexicons))
        let none = [Bool](repeating: false, count: corpus.pairs.count)
        #expect(GainFit.fit(corpus, weights: corpus.originalWeights, train: none) == corpus.originalGains)
        let all = [Bool](repeating: true, count: corpus.pairs.count)
        let gains = GainFit.fit(corpus, weights: corpus.originalWeights, train: all)
        #expect(gains.allSatisfy { GainFit.candidates.contains($0) })
        func objective(_ gains: [Double], axis a: Int) -> Double {
            let scores = corpus.scores(with: corpus.originalWeights, gains: gains)
            let pairs = corpus.pairs.indices.filter { corpus.pairs[$0].axisIndex == a }
            let e = pairs.map { corpus.pairs[$0].expected }, s = pairs.map { scores[$0] }
            let accuracy = Metrics.accuracy(e.map { Metrics.polarity($0, band: corpus.band) }, s.map { Metrics.polarity($0, band: corpus.band) })
            return accuracy + Metrics.krippendorffAlphaTwoCoders(e, s)
        }
        for a in gains.indices { #expect(objective(gains, axis: a) >= objective(corpus.originalGains, axis: a) - 1e-12) }
    }

    @Test func fittedWeightsKeepTheirPoleAndBoundsAndLowerTheTrainingError() throws {
        let (lexicons, cases) = try Self.fixture()
        let report = Tuner.run(cases, lexicons: lexicons)
        #expect(!report.fitted.isEmpty)
        for f in report.fitted {
            #expect(f.weight >= f.entry.weight / 2 - 1e-9 && f.weight <= 2 * f.entry.weight + 1e-9, "\(f.entry.term)")
            #expect(f.weight >= 0.01 && f.weight <= 5)
            #expect(Double(WeightWriter.format(f.weight)) == f.weight, "what --write writes is what was reported")
        }
        // The planted entry is cut as far as the bounds allow, on its own pole.
        let summit = try #require(report.fitted.first { $0.entry.term == "summit" })
        #expect(summit.weight == 1.0 && summit.entry.side == .positive)
        let axis = try #require(report.figures.first)
        #expect(axis.fitted.meanAbsoluteError < axis.before.meanAbsoluteError)
    }

    @Test func crossValidationIsDeterministicForASeed() throws {
        let (lexicons, cases) = try Self.fixture()
        let once = TuneFormat.json.render(Tuner.run(cases, lexicons: lexicons, options: TuneOptions(folds: 3, seed: 7)), top: 10)
        let twice = TuneFormat.json.render(Tuner.run(cases, lexicons: lexicons, options: TuneOptions(folds: 3, seed: 7)), top: 10)
        #expect(once == twice)
        #expect(Folds.assign(cases: 10, folds: 5, seed: 1) == Folds.assign(cases: 10, folds: 5, seed: 1))
        #expect(Folds.assign(cases: 10, folds: 5, seed: 1) != Folds.assign(cases: 10, folds: 5, seed: 2))
    }

    struct FoldCase: CustomTestStringConvertible, Sendable {
        let name: String
        let cases: Int
        let folds: Int
        var testDescription: String { name }
    }

    @Test(arguments: [
        FoldCase(name: "even split", cases: 10, folds: 5),
        FoldCase(name: "uneven split", cases: 66, folds: 5),
        FoldCase(name: "one case per fold", cases: 4, folds: 4),
    ])
    func foldsAreBalanced(_ c: FoldCase) {
        let fold = Folds.assign(cases: c.cases, folds: c.folds, seed: 1)
        let sizes = (0..<c.folds).map { f in fold.filter { $0 == f }.count }
        #expect(sizes.reduce(0, +) == c.cases)
        #expect(sizes.max()! - sizes.min()! <= 1)
    }

    /// Hand computation, α0 = 16; counts (A, B): w1 (3, 1), w2 (1, 3), w3 (2, 2), w4 (0, 4).
    /// n^A = 6, n^B = 10; every phrase has 4 of the 16 occurrences, so α_w = 16 · 4/16 = 4.
    ///   w1: δ = ln(7/(6+16−3−4)) − ln(5/(10+16−1−4)) = ln(7/15) − ln(5/21) = ln 1.96 = 0.672944
    ///       σ² = 1/7 + 1/5 = 12/35, σ = 0.585540, z = 1.149271
    ///   w2: δ = ln(5/17) − ln(7/19) = ln(95/119) = −0.225247, σ = 0.585540, z = −0.384682
    ///   w3: δ = ln(6/16) − ln(6/20) = ln 1.25 = 0.223144, σ² = 1/6 + 1/6, z = 0.223144 · √3 = 0.386496
    ///   w4: δ = ln(4/18) − ln(8/18) = −ln 2 = −0.693147, σ² = 1/4 + 1/8 = 3/8, z = −1.131905
    @Test func fightinWordsMatchesTheHandComputedExample() {
        let scored = FightinWords.score(["w1": (3, 1), "w2": (1, 3), "w3": (2, 2), "w4": (0, 4)], priorMass: 16)
        #expect(scored.map(\.phrase) == ["w1", "w3", "w2", "w4"])
        let expected: [String: (delta: Double, z: Double)] = [
            "w1": (0.672944, 1.149271), "w2": (-0.225247, -0.384682), "w3": (0.223144, 0.386496), "w4": (-0.693147, -1.131905),
        ]
        for c in scored {
            #expect(abs(c.delta - expected[c.phrase]!.delta) < 1e-6, "\(c.phrase) δ = \(c.delta)")
            #expect(abs(c.z - expected[c.phrase]!.z) < 1e-6, "\(c.phrase) z = \(c.z)")
        }
    }

    struct PhraseCase: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let phrases: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        PhraseCase(name: "up to three words", text: "lift the sanctions now",
                   phrases: ["lift", "the", "lift the", "sanctions", "the sanctions", "lift the sanctions", "now", "sanctions now", "the sanctions now"]),
        PhraseCase(name: "never across punctuation", text: "talks, deal", phrases: ["talks", "deal"]),
        PhraseCase(name: "hyphen and possessive join like terms", text: "Putin's pro-war",
                   phrases: ["putin", "'s", "putin 's", "pro", "'s pro", "putin 's pro", "war", "pro war", "'s pro war"]),
        PhraseCase(name: "never across a line break", text: "peace\ntalks", phrases: ["peace", "talks"]),
    ])
    func phrasesFollowTheScanner(_ c: PhraseCase) {
        let phrases = PhraseSink.phrases(of: Array(c.text.utf8), maxWords: 3)
            .map { $0.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ") }
        #expect(phrases == c.phrases)
    }

    @Test func candidatesLeaveOutTermsTheAxisAlreadyHasAndFillerWords() throws {
        let (lexicons, cases) = try Self.fixture()
        let report = Tuner.run(cases, lexicons: lexicons, options: TuneOptions(candidates: 1000))
        let group = try #require(report.candidates.first)
        let phrases = Set((group.first + group.second).map(\.phrase))
        #expect(phrases.contains("understands pressure"))
        // Contain an entry's term (`weapons`, `sanction*`, `diplomacy`), or start or end with a short word, a list term or a common word.
        for excluded in ["weapons", "more weapons", "new sanctions", "sanctions now", "diplomacy", "a summit", "and", "ukraine", "should lift"] {
            #expect(!phrases.contains(excluded), "\(excluded)")
        }
        #expect(group.first.allSatisfy { $0.z > 0 } && group.second.allSatisfy { $0.z < 0 })
    }

    struct FormatCase: CustomTestStringConvertible, Sendable {
        let weight: Double
        let text: String
        var testDescription: String { "\(weight) -> \(text)" }
    }

    @Test(arguments: [
        FormatCase(weight: 1, text: "1.0"), FormatCase(weight: 1.25, text: "1.25"), FormatCase(weight: 0.5, text: "0.5"),
        FormatCase(weight: 2.391, text: "2.39"), FormatCase(weight: 0.001, text: "0.01"), FormatCase(weight: 0, text: "0.01"),
    ])
    func weightsAreWrittenWithAtMostTwoDecimalsAndNeverZero(_ c: FormatCase) {
        #expect(WeightWriter.format(c.weight) == c.text)
    }

    struct RewriteCase: CustomTestStringConvertible, Sendable {
        let name: String
        let before: String
        let column: Int
        let old: String
        let new: String
        let after: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        RewriteCase(name: "aligned entry with a comment", before: "x\nsummit             2       # planted\ny", column: 20, old: "2", new: "1.0",
                    after: "x\nsummit             1.0       # planted\ny"),
        RewriteCase(name: "tab-separated entry", before: "x\ndiplomacy\t1\n", column: 11, old: "1", new: "1.71", after: "x\ndiplomacy\t1.71\n"),
        RewriteCase(name: "context rule", before: "x\nsanction* | lift* | 3 | engagement 1.5  # r", column: 36, old: "1.5", new: "0.75",
                    after: "x\nsanction* | lift* | 3 | engagement 0.75  # r"),
        RewriteCase(name: "non-ASCII term before the weight", before: "x\ndétente  1.25\r", column: 10, old: "1.25", new: "2.5", after: "x\ndétente  2.5\r"),
    ])
    func rewriteReplacesOnlyTheWeightText(_ c: RewriteCase) throws {
        let change = WeightChange(location: SourceLocation(path: "f.lex", line: 2, column: c.column), oldText: c.old, newText: c.new)
        #expect(try WeightWriter.rewrite(c.before, path: "f.lex", [change]) == c.after)
    }

    @Test func rewriteRefusesAWeightThatMoved() {
        let change = WeightChange(location: SourceLocation(path: "f.lex", line: 1, column: 8), oldText: "2", newText: "1.0")
        #expect(throws: WeightWriteError.self) { try WeightWriter.rewrite("summit  3\n", path: "f.lex", [change]) }
    }
}
