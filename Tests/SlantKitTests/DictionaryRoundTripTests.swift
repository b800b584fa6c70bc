import Foundation
import Testing
@testable import SlantKit

/// Dictionaries become axes as mapped; Slant's lexicons export to LIWC and quanteda and
/// come back with the same terms, poles and weights.
struct DictionaryRoundTripTests {
    static func entries(_ axis: ImportedAxis) -> [String] {
        axis.entries.map { "\($0.side == .negative ? "-" : "+") \($0.text) \(WeightsTable.format($0.weight)) (\($0.category))" }
    }

    static let moodPoles = [PoleAssignment(category: "hopeful", side: .positive), PoleAssignment(category: "upbeat", side: .positive),
                            PoleAssignment(category: "gloomy", side: .negative)]

    @Test func liwcCategoriesBecomePoles() throws {
        let axis = try AxisImporter.build(try DictionaryReaderTests.read("mood.dic", .liwc), axis: AxisID("mood"), poles: Self.moodPoles)
        #expect(Self.entries(axis) == [
            "- setback* 1 (gloomy)", "- bleak 1 (gloomy)", "- grim outlook 1 (gloomy)", "- stall* 1 (gloomy)", "- dry spell 1 (gloomy)",
            "+ optimis* 1 (hopeful)", "+ turn a corner 1 (hopeful)", "+ bright future 1 (hopeful)", "+ looking up 1 (hopeful)", "+ harvest 1 (hopeful)",
        ])
        #expect(axis.unmapped == [CategoryCount(name: "weather", entries: 3)])
        #expect(axis.merged == 1)  // bright future, in hopeful and in upbeat
        #expect((axis.negativePole, axis.positivePole) == ("gloomy", "hopeful_upbeat"))
        #expect(axis.text.hasPrefix("slant-lexicon 1\naxis mood \"mood (imported from mood.dic)\"\npole - gloomy \"gloomy\"\npole + hopeful_upbeat \"hopeful, upbeat\"\n\n[pole gloomy]\nsetback*      1\n"))
    }

    @Test func wordScoresGivePoleBySignAndWeightByMagnitude() throws {
        let axis = try AxisImporter.build(try DictionaryReaderTests.read("mood.tsv", .wordscore), axis: AxisID("mood"), poles: [])
        #expect(Self.entries(axis) == [
            "- setback 2 (negative)", "- grim outlook 2.25 (negative)", "- bleak 3 (negative)",
            "+ optimistic 2 (positive)", "+ turn a corner 1.5 (positive)", "+ bright future 3 (positive)",
        ])
        #expect(axis.unmapped == [CategoryCount(name: "zero", entries: 1)])
        let flipped = try AxisImporter.build(try DictionaryReaderTests.read("mood.tsv", .wordscore), axis: AxisID("mood"),
                                             poles: [PoleAssignment(category: "negative", side: .positive), PoleAssignment(category: "positive", side: .negative)])
        #expect(flipped.count(.negative) == 3 && flipped.entries.first?.text == "optimistic")
    }

    @Test func weightsTableSetsWeightsAndTheLargerWins() throws {
        let dictionary = try ExternalDictionary.read(Array("a: [calm, steady*]\nb: [calm]\nc: [storm*]\n".utf8), path: "d.yml", format: .yaml)
        let weights = try WeightsTable.read(Array("category\tterm\tweight\na\tcalm\t0.5\nb\tcalm\t2.25\nc\tstorm*\t1.123456\nc\tgone\t3\nz\tx\t1\n".utf8), path: "w.tsv")
        let axis = try AxisImporter.build(dictionary, axis: AxisID("t"), poles: [
            PoleAssignment(category: "a", side: .positive), PoleAssignment(category: "b", side: .positive), PoleAssignment(category: "c", side: .negative),
        ], weights: weights)
        #expect(Self.entries(axis) == ["- storm* 1.1235 (c)", "+ calm 2.25 (a)", "+ steady* 1 (a)"])
        #expect(axis.unusedWeights == 1)  // c/gone; z is not mapped
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let poles: [PoleAssignment]
        let error: ImportError
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "no mapping", poles: [], error: .noCategoryMapped(categories: [
            CategoryCount(name: "hopeful", entries: 5), CategoryCount(name: "gloomy", entries: 5),
            CategoryCount(name: "weather", entries: 3), CategoryCount(name: "upbeat", entries: 1)])),
        Refusal(name: "unknown category", poles: [PoleAssignment(category: "sunny", side: .positive)],
                error: .unknownCategory("sunny", available: ["hopeful", "gloomy", "weather", "upbeat"])),
        Refusal(name: "one end unmapped", poles: [PoleAssignment(category: "hopeful", side: .positive)], error: .noEntriesOnPole(.negative, categories: [])),
        Refusal(name: "opposite poles", poles: [PoleAssignment(category: "hopeful", side: .positive), PoleAssignment(category: "weather", side: .negative)],
                error: .issues([DictionaryIssue(SourceLocation(path: "mood.dic", line: 16, column: 11), .oppositePoles(
                    term: "harvest", category: "weather", other: "hopeful", first: SourceLocation(path: "mood.dic", line: 16, column: 1)))])),
    ]

    @Test(arguments: refusals)
    func importRefuses(_ r: Refusal) throws {
        let dictionary = try DictionaryReaderTests.read("mood.dic", .liwc)
        #expect(throws: r.error) { try AxisImporter.build(dictionary, axis: AxisID("mood"), poles: r.poles) }
    }

    @Test func anEmptyMappedCategoryLeavesItsPoleEmpty() throws {
        let dictionary = try ExternalDictionary.read(Array("a: [calm]\nb:\n".utf8), path: "d.yml", format: .yaml)
        #expect(throws: ImportError.noEntriesOnPole(.negative, categories: ["b"])) {
            try AxisImporter.build(dictionary, axis: AxisID("t"), poles: [PoleAssignment(category: "a", side: .positive), PoleAssignment(category: "b", side: .negative)])
        }
    }

    @Test(arguments: [
        (["hopeful+", "gloomy-"], "gloomy", "hopeful"),
        (["mood.hopeful+", "mood.gloomy-"], "gloomy", "hopeful"),
        (["econ.pos+", "politics.pos-"], "politics_pos", "econ_pos"),
        (["Good News+", "bad-news-"], "bad_news", "good_news"),
        (["x+", "X-"], "negative", "positive"),
    ])
    func poleNames(_ mapping: [String], _ negative: String, _ positive: String) {
        let assignments = mapping.map { PoleAssignment(category: String($0.dropLast()), side: $0.hasSuffix("-") ? .negative : .positive) }
        #expect(AxisImporter.poleNames(assignments) == (negative, positive))
    }

    @Test func directoryIsSeededOnlyWhenItHasNoLexicons() throws {
        let axis = try AxisImporter.build(try DictionaryReaderTests.read("mood.lc3", .lexicoder), axis: AxisID("mood"),
                                          poles: [PoleAssignment(category: "hopeful", side: .positive), PoleAssignment(category: "gloomy", side: .negative)])
        let seed = [(path: "Lexicons/b.lex", text: "b"), (path: "Lexicons/mood.lex", text: "old")]
        let fresh = AxisImporter.directory("out/", for: axis, existing: [], seed: seed)
        #expect(fresh.seeded && fresh.write.map(\.path) == ["out/b.lex", "out/mood.lex"] && fresh.write[1].text == axis.text)
        let added = AxisImporter.directory("out", for: axis, existing: [(path: "out/a.lex", text: "a")], seed: seed)
        #expect(!added.seeded && added.write.map(\.path) == ["out/mood.lex"] && added.set.map(\.path) == ["out/a.lex", "out/mood.lex"])
        try AxisImporter.validate(LexiconSet.shippedSources() + [("Lexicons/mood.lex", axis.text)])
    }

    // MARK: export

    static let exportAxis = """
        slant-lexicon 1
        axis stance "S"
        pole - doves "d"
        pole + hawks "h"
        [list leader]
        trump
        the white house
        [pole doves]
        peace talks           1
        Putin-friendly        0.5
        {leader} caved        2
        the white house caved 1
        [pole hawks]
        sanction*             1.25
        {leader}'s resolve    1.5
        trump caved           3
        [target hawks]
        tariffs               1
        [context]
        aid | send | 2 | hawks 1
        """

    @Test func exportWritesEveryFormatAndCountsWhatItLeavesOut() throws {
        let export = LexiconExport(try TestLexicon.set(axis: Self.exportAxis))
        #expect(export.skipped == ExportSkips(targets: 1, contextRules: 1, repeated: 1, conflicting: 1))
        #expect(export.dictionary(.yaml) == """
            # Slant's lexicons as a quanteda dictionary (slant export --to yaml).
            # Categories are AXIS.POLE; weights are in weights.tsv (category, term, weight).
            # Word classes are expanded; [target] entries and context rules have no equivalent and are left out.
            "stance":
              "doves":
                - "peace talks"
                - "Putin-friendly"
                - "trump caved"
                - "the white house caved"
              "hawks":
                - "sanction*"
                - "trump's resolve"
                - "the white house's resolve"

            """)
        #expect(export.dictionary(.liwc) == "%\n1\tstance.doves\n2\tstance.hawks\n%\npeace talks\t1\nPutin-friendly\t1\ntrump caved\t1\n"
            + "the white house caved\t1\nsanction*\t2\ntrump's resolve\t2\nthe white house's resolve\t2\n")
        #expect(export.weights == "category\tterm\tweight\nstance.doves\tpeace talks\t1\nstance.doves\tPutin-friendly\t0.5\n"
            + "stance.doves\ttrump caved\t2\nstance.doves\tthe white house caved\t2\nstance.hawks\tsanction*\t1.25\n"
            + "stance.hawks\ttrump's resolve\t1.5\nstance.hawks\tthe white house's resolve\t1.5\n")
    }

    /// Every shipped axis, exported and imported again: the same terms (by normalized key), on
    /// the same poles, with the same weights (written with at most 4 decimals); from YAML also
    /// in the same order.
    @Test(arguments: ExportFormat.allCases)
    func shippedLexiconsRoundTrip(_ format: ExportFormat) throws {
        let lexicons = try LexiconSet.shipped()
        let export = LexiconExport(lexicons)
        let dictionary = try ExternalDictionary.read(Array(export.dictionary(format).utf8), path: format.fileName, format: format == .yaml ? .yaml : .liwc)
        let weights = try WeightsTable.read(Array(export.weights.utf8), path: "weights.tsv")
        for original in lexicons.axes {
            let imported = try AxisImporter.build(dictionary, axis: original.id, poles: [
                PoleAssignment(category: "\(original.id).\(original.negative.name)", side: .negative),
                PoleAssignment(category: "\(original.id).\(original.positive.name)", side: .positive),
            ], weights: weights)
            #expect(imported.unusedWeights == 0 && imported.merged == 0)
            #expect((imported.negativePole, imported.positivePole) == (original.negative.name, original.positive.name))
            let files = try LexiconSet.shippedSources().filter { $0.path != "Lexicons/\(original.id).lex" } + [("Lexicons/\(original.id).lex", imported.text)]
            let reloaded = try #require(try LexiconSet.parse(files).axis(original.id))
            let (got, expected) = (Self.keys(reloaded, ofTargets: false), Self.keys(original, ofTargets: false))
            // LIWC writes a term once for all its categories, at its first axis's place: order is kept only in YAML.
            #expect(format == .yaml ? got == expected : got.sorted() == expected.sorted(), "\(original.id)")
            #expect(reloaded.entries.count > 100)
        }
    }

    /// `side key weight` of every term an axis matches outside targets (the first entry of each
    /// key, in file order, as Slant counts it), the first pole's terms first.
    static func keys(_ axis: Axis, ofTargets: Bool) -> [String] {
        var seen = Set<String>()
        var out: [(side: PoleSide, text: String)] = []
        for entry in axis.entries where entry.isTarget == ofTargets {
            for variant in entry.variants where seen.insert(variant.key).inserted {
                out.append((entry.side, "\(entry.side.rawValue) \(variant.key) \(NumberFormat.fixed(entry.weight, 4))"))
            }
        }
        return out.filter { $0.side == .negative }.map(\.text) + out.filter { $0.side == .positive }.map(\.text)
    }
}
