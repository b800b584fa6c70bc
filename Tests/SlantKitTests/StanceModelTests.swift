import Testing
@testable import SlantKit

/// Word classes, genre, coupling and calibration, on small lexicons written for each test.
struct StanceModelTests {
    static let body = "Paragraph one mentions Ukraine and nothing else of note here today, as expected by all.\n"

    static let classAxis = """
        slant-lexicon 1
        axis trump_evaluation "T"
        pole - critical "c"
        pole + approving "a"
        [list admin]
        trump
        the white house
        [list russia]
        putin
        the kremlin
        [pole critical]
        {admin} caved           2
        {admin}'s capitulation  2
        {admin} sided with {russia} 3
        """

    @Test(arguments: [
        ("one class, one word", "Trump caved on Ukraine.", "{admin} caved", 2.0),
        ("one class, a phrase of it", "The White House caved on Ukraine.", "{admin} caved", 2.0),
        ("a class before 's", "Trump's capitulation shocked Ukraine.", "{admin}'s capitulation", 2.0),
        ("two classes", "The White House sided with the Kremlin on Ukraine.", "{admin} sided with {russia}", 3.0),
    ])
    func aClassEntryMatchesEveryVariantAsOneEntry(_ name: String, _ sentence: String, _ term: String, _ weight: Double) throws {
        let lexicons = try TestLexicon.set(axis: Self.classAxis)
        let hits = Classifier(lexicons: lexicons).score(Self.body + sentence).hits
        #expect(hits.map(\.term) == [term], "\(name)")
        #expect(hits.map(\.weight) == [weight])
        let entry = try #require(lexicons.axes[0].entries.first { $0.term.text == term })
        #expect(Set(hits.map(\.entry)) == [entry.id], "every variant reports its entry")
    }

    @Test func aClassEntryExpandsToTheCartesianProduct() throws {
        let entries = try TestLexicon.set(axis: Self.classAxis).axes[0].entries
        #expect(entries.map { $0.variants.map(\.key) } == [
            ["trump caved", "the white house caved"],
            ["trump 's capitulation", "the white house 's capitulation"],
            ["trump sided with putin", "trump sided with the kremlin", "the white house sided with putin", "the white house sided with the kremlin"],
        ])
    }

    @Test func lintReportsAPatternNoCorpusTextMatchesAndCountsClassesAsUsed() throws {
        let sources = [("axis.lex", Self.classAxis), ("lists.lex", TestLexicon.lists), ("parameters.lex", TestLexicon.parameters)]
        let findings = Linter.lint(sources, corpus: [Array((Self.body + "Trump caved.").utf8)]).map(\.description)
        #expect(findings.contains("axis.lex:13:1: warning: [unseen-pattern] no variant of '{admin}'s capitulation' occurs in the corpus (1 texts)"))
        #expect(!findings.contains { $0.contains("[unseen-pattern]") && $0.contains("caved") })
        #expect(!findings.contains { $0.contains("list 'admin'") || $0.contains("list 'russia'") })
    }

    static let wire = "WASHINGTON - The Treasury imposed new sanctions on Russian oil firms on Tuesday, officials said.\n"
        + "The measures target exporters in Russia, according to a statement. Kyiv welcomed them, its envoy told reporters.\n"

    @Test func aWireReportReadsAsNewsAndIsShrunk() throws {
        let score = try TestLexicon.classifier().score(Self.wire)
        #expect(score.genre.isNews)
        #expect(score.genre.reportingRate == 1)
        #expect(score.genre.factor == 0.5)
        let axis = score.engagementPressure
        // One `new sanctions` hit: 2 × reported 0.75 × lead 1.25 = 1.875; balance 1.875 / (1.875 + 1); news halves it.
        #expect(abs(axis.balance - 1.875 / 2.875) < 1e-12)
        #expect(abs(axis.score - 0.5 * 1.875 / 2.875) < 1e-12)
    }

    @Test func theAuthorsOwnVoiceKeepsAReportFromReadingAsNews() throws {
        let score = try TestLexicon.classifier().score(Self.wire + "We should not pretend these measures will end the war in Ukraine, I think.\n")
        #expect(!score.genre.isNews)
        #expect(score.genre.factor == 1)
        #expect(score.genre.voiceRate > 0)
    }

    @Test func couplingAddsTheOtherAxesEvidenceTurnedByTheirLoadings() {
        // Axis 0 (+1) has D 2, M 2; axis 1 (+1) D -1, M 3; axis 2 (-1) D 1, M 1; axis 3 (0) D 5, M 5.
        let (d, m) = Aggregator.couple(d: [2, -1, 1, 5], m: [2, 3, 1, 5], loadings: [1, 1, -1, 0], strengths: [0.5, 0.5, 0.5, 0.5],
                                       addressed: [true, true, true, true])
        // Σ l·D = 2 - 1 - 1 = 0, Σ coupled M = 6.
        // Axis 0: 2 + 0.5·(+1)·(0 − 2) = 1; axis 1: −1 + 0.5·(0 + 1) = −0.5; axis 2: 1 + 0.5·(−1)·(0 + 1) = 0.5.
        let expectedD: [Double] = [1, -0.5, 0.5, 5]
        // M + 0.5 · (the other coupled axes' M): 2 + 2, 3 + 1.5, 1 + 2.5; axis 3 is not coupled.
        let expectedM: [Double] = [4, 4.5, 3.5, 5]
        #expect(d == expectedD)
        #expect(m == expectedM)
        let off = Aggregator.couple(d: [2, -1], m: [2, 3], loadings: [1, 1], strengths: [0, 0], addressed: [true, true])
        #expect(off.d == [2, -1] && off.m == [2, 3])
        // An axis the text does not address keeps its own sums, and still gives to the others.
        let unaddressed = Aggregator.couple(d: [2, -1], m: [2, 3], loadings: [1, 1], strengths: [0.5, 0.5], addressed: [false, true])
        #expect(unaddressed.d == [2, -1 + 0.5 * 2] && unaddressed.m == [2, 3 + 0.5 * 2])
    }

    @Test func eachAxisTakesCampEvidenceWithItsOwnStrength() {
        // Axis 0 takes a quarter of axis 1's evidence, axis 1 none of axis 0's, axis 2 all of both.
        let (d, m) = Aggregator.couple(d: [2, -4, 1], m: [2, 4, 1], loadings: [1, 1, 1], strengths: [0.25, 0, 1],
                                       addressed: [true, true, true])
        // Axis 0: 2 + 0.25·(−4 + 1) = 1.25, M 2 + 0.25·5; axis 1 keeps its own; axis 2: 1 + (2 − 4), M 1 + 6.
        let expectedD: [Double] = [1.25, -4, -1]
        let expectedM: [Double] = [3.25, 4, 7]
        #expect(d == expectedD)
        #expect(m == expectedM)
    }

    @Test func anAxisOwnCouplingStrengthOverridesTheDefault() throws {
        let lexicons = try LexiconSet.shipped()
        let p = lexicons.parameters
        for (i, axis) in lexicons.axes.enumerated() {
            #expect(lexicons.couplingStrengths[i] == (p.couplingByAxis[axis.id.rawValue] ?? p.couplingStrength))
        }
        #expect(p.coupling(AxisID("no_such_axis")) == p.couplingStrength)
    }

    @Test func calibrationGainScalesAndClamps() {
        #expect(Aggregator.calibrated(0.2, gain: 2) == 0.4)
        #expect(Aggregator.calibrated(-0.7, gain: 2) == -1)
        #expect(Aggregator.calibrated(0.3, gain: 1) == 0.3)
    }

    @Test func theShippedParametersCalibrateAndCoupleEveryAxis() throws {
        let p = try LexiconSet.shipped().parameters
        for axis in ["engagement_pressure", "nato_skeptic_alliance", "war_responsibility", "trump_evaluation"] {
            #expect(p.calibration[axis] != nil, "\(axis) has a calibration gain")
            #expect(p.campLoadings[axis] != nil, "\(axis) has a camp loading")
        }
        #expect(p.camp(AxisID("trump_evaluation")) == -1)
    }
}
