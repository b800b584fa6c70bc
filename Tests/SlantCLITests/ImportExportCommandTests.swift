import Foundation
import Testing

/// `slant import` and `slant export` end to end: exact stdout, stderr and exit codes.
struct ImportExportCommandTests {
    static let good = "Tests/Fixtures/dictionaries/"
    static let bad = "Tests/Fixtures/dictionaries/bad/"
    static let mood = ["--axis", "mood", "--pole", "hopeful=+", "--pole", "gloomy=-"]

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let stderr: String
        var testDescription: String { name }
    }

    static func fails(_ name: String, _ from: String, _ file: String, _ lines: [String], options extra: [String] = mood) -> Case {
        Case(name: name, arguments: ["import", "--from", from, bad + file] + extra, stderr: lines.joined(separator: "\n") + "\n")
    }

    /// Each bad file fails with every problem at its `path:line:column`, and nothing on stdout.
    static let badFiles: [Case] = [
        fails("LIWC without the % block", "liwc", "liwc-no-header.dic", [
            "\(bad)liwc-no-header.dic:1:1: error: expected '%': a LIWC dictionary starts with a '%' line, its categories as 'NUMBER NAME', and another '%'",
            "slant import: nothing imported (1 problem)"]),
        fails("LIWC % block never closed", "liwc", "liwc-unclosed.dic", [
            "\(bad)liwc-unclosed.dic:1:1: error: the category block opened here is never closed with a '%' line",
            "slant import: nothing imported (1 problem)"]),
        fails("LIWC conditional, undeclared and missing categories", "liwc", "liwc-structure.dic", [
            "\(bad)liwc-structure.dic:5:9: error: '(02' is a LIWC 2007 conditional category, which Slant cannot express; list the word's categories plainly",
            "\(bad)liwc-structure.dic:5:13: error: '134)126' is a LIWC 2007 conditional category, which Slant cannot express; list the word's categories plainly",
            "\(bad)liwc-structure.dic:6:7: error: category number 7 is not declared in the '%' block",
            "\(bad)liwc-structure.dic:7:1: error: 'grim' has no category number",
            "\(bad)liwc-structure.dic:8:7: error: expected a category number, found 'three'",
            "slant import: nothing imported (5 problems)"]),
        fails("LIWC terms Slant cannot express", "liwc", "liwc-terms.dic", [
            "\(bad)liwc-terms.dic:5:1: error: '*ness': a wildcard that starts a word cannot be expressed; Slant's '*' only ends a word (a prefix)",
            "\(bad)liwc-terms.dic:6:5: error: 'hope*ful': a '*' inside a word cannot be expressed; Slant's '*' only ends a word (a prefix)",
            "\(bad)liwc-terms.dic:7:1: error: '^bleak' looks like a regular expression, which Slant cannot express; write words, with '*' ending a prefix",
            "\(bad)liwc-terms.dic:8:1: error: ':-(': matching ignores ':', so the term cannot be expressed; write the words only",
            "\(bad)liwc-terms.dic:9:3: error: 'gr*': a wildcard needs a prefix of at least 3 letters",
            "\(bad)liwc-terms.dic:10:13: error: 'uncertain' of category 'gloomy' is also in 'hopeful' (\(bad)liwc-terms.dic:10:1), which is mapped to the opposite pole",
            "slant import: nothing imported (6 problems)"]),
        fails("Lexicoder term before a category", "lexicoder", "lexicoder-before.lc3", [
            "\(bad)lexicoder-before.lc3:1:1: error: 'optimis*' comes before any '+category' line",
            "slant import: nothing imported (1 problem)"]),
        fails("Lexicoder glob and regex", "lexicoder", "lexicoder-terms.lc3", [
            "\(bad)lexicoder-terms.lc3:3:6: error: 'colou?rful': matching ignores '?', so the term cannot be expressed; write the words only",
            "\(bad)lexicoder-terms.lc3:5:1: error: '(bleak|grim)' looks like a regular expression, which Slant cannot express; write words, with '*' ending a prefix",
            "slant import: nothing imported (2 problems)"]),
        fails("Lexicoder empty and repeated headers", "lexicoder", "lexicoder-headers.lc3", [
            "\(bad)lexicoder-headers.lc3:3:1: error: a category needs a name",
            "\(bad)lexicoder-headers.lc3:5:1: error: category 'hopeful' is already declared at \(bad)lexicoder-headers.lc3:1:1",
            "slant import: nothing imported (2 problems)"]),
        fails("YAML tab", "yaml", "yaml-tab.yml", [
            "\(bad)yaml-tab.yml:2:1: error: tab: this reader accepts tabs only inside quotes (YAML indents with spaces)",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML anchor", "yaml", "yaml-anchor.yml", [
            "\(bad)yaml-anchor.yml:1:10: error: anchors ('&') are not supported", "slant import: nothing imported (1 problem)"]),
        fails("YAML alias (an unquoted leading *)", "yaml", "yaml-alias.yml", [
            "\(bad)yaml-alias.yml:2:5: error: aliases ('*name') are not supported; quote a term that starts with '*'",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML ? glob", "yaml", "yaml-glob.yml", [
            "\(bad)yaml-glob.yml:1:26: error: 'colo?rful': the one-character glob '?' cannot be expressed; write each spelling, or a prefix ending in '*'",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML multi-line scalar", "yaml", "yaml-multiline.yml", [
            "\(bad)yaml-multiline.yml:3:5: error: a value continued on the next line is not supported; write each term on one line",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML block scalar", "yaml", "yaml-block.yml", [
            "\(bad)yaml-block.yml:1:10: error: block scalars ('|', '>') are not supported; write each term on one line",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML regex", "yaml", "yaml-regex.yml", [
            "\(bad)yaml-regex.yml:1:12: error: '^optimis' looks like a regular expression, which Slant cannot express; write words, with '*' ending a prefix",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML duplicate key", "yaml", "yaml-duplicate-key.yml", [
            "\(bad)yaml-duplicate-key.yml:3:1: error: key 'hopeful' already appears at \(bad)yaml-duplicate-key.yml:1:1",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML flow mapping", "yaml", "yaml-flow-mapping.yml", [
            "\(bad)yaml-flow-mapping.yml:1:10: error: flow mappings ('{...}') are not supported; write 'key:' lines",
            "slant import: nothing imported (1 problem)"]),
        fails("YAML unclosed [", "yaml", "yaml-unclosed.yml", [
            "\(bad)yaml-unclosed.yml:1:10: error: this '[' is never closed", "slant import: nothing imported (1 problem)"]),
        fails("YAML term on both poles", "yaml", "yaml-opposite.yml", [
            "\(bad)yaml-opposite.yml:5:7: error: 'uncertain' of category 'mood.gloomy' is also in 'mood.hopeful' (\(bad)yaml-opposite.yml:2:23), which is mapped to the opposite pole",
            "slant import: nothing imported (1 problem)"], options: ["--axis", "mood", "--pole", "mood.hopeful=+", "--pole", "mood.gloomy=-"]),
        fails("word scores that are no numbers", "wordscore", "wordscore-score.tsv", [
            "\(bad)wordscore-score.tsv:1:6: error: score 'lots' is not a number",
            "\(bad)wordscore-score.tsv:2:1: error: 'setback' has no score; expected 'TERM<TAB>SCORE'",
            "\(bad)wordscore-score.tsv:3:1: error: empty term",
            "slant import: nothing imported (3 problems)"], options: ["--axis", "mood"]),
        fails("word score beyond the largest weight", "wordscore", "wordscore-range.tsv", [
            "\(bad)wordscore-range.tsv:2:10: error: weight 7 is out of range; Slant's weights are > 0 and at most 5 (rescale the scores)",
            "slant import: nothing imported (1 problem)"], options: ["--axis", "mood"]),
        Case(name: "weights file without its header",
             arguments: ["import", "--from", "yaml", good + "mood.yml", "--axis", "mood", "--pole", "mood.hopeful=+", "--pole", "mood.gloomy=-", "--weights", bad + "weights-header.tsv"],
             stderr: "\(bad)weights-header.tsv:1:1: error: expected the header 'category<TAB>term<TAB>weight'\n"
                + "\(bad)weights-header.tsv:2:1: error: expected 'CATEGORY<TAB>TERM<TAB>WEIGHT'\nslant import: nothing imported (2 problems)\n"),
    ]

    @Test(arguments: badFiles)
    func badFileFailsAtItsLocation(_ c: Case) throws {
        let run = try Slant.run(c.arguments)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == c.stderr)
    }

    static func usage(_ name: String, _ arguments: [String], _ message: String) -> Case {
        Case(name: name, arguments: ["import"] + arguments, stderr: message + "\n")
    }

    static let usageErrors: [Case] = [
        usage("no category mapped", ["--from", "liwc", good + "mood.dic", "--axis", "mood"],
              "slant import: no category is mapped to a pole; map one to each end with --pole CATEGORY=- and --pole CATEGORY=+\n"
              + "slant import: the dictionary's categories: 'hopeful' (5 entries), 'gloomy' (5 entries), 'weather' (3 entries), 'upbeat' (1 entry)"),
        usage("unknown category", ["--from", "liwc", good + "mood.dic", "--axis", "mood", "--pole", "sunny=+"],
              "slant import: --pole names category 'sunny', which the dictionary does not have; its categories: 'hopeful', 'gloomy', 'weather', 'upbeat'"),
        usage("one end unmapped", ["--from", "liwc", good + "mood.dic", "--axis", "mood", "--pole", "hopeful=+"],
              "slant import: no category is mapped to '-'; an axis needs both ends (--pole CATEGORY=-)"),
        usage("pole without a side", ["--from", "liwc", good + "mood.dic", "--axis", "mood", "--pole", "hopeful"],
              "slant import: invalid value 'hopeful' for '--pole'; expected CATEGORY=- or CATEGORY=+\nRun 'slant import --help' for usage."),
        usage("category mapped twice", ["--from", "liwc", good + "mood.dic", "--axis", "mood", "--pole", "hopeful=+", "--pole", "hopeful=-"],
              "slant import: invalid value 'hopeful=-' for '--pole'; expected each category mapped once\nRun 'slant import --help' for usage."),
        usage("axis id with capitals", ["--from", "liwc", good + "mood.dic", "--axis", "Mood"],
              "slant import: invalid value 'Mood' for '--axis'; expected an id of lower-case letters, digits and '_'\nRun 'slant import --help' for usage."),
        usage("no --from", [good + "mood.dic", "--axis", "mood"],
              "slant import: missing --from liwc|lexicoder|yaml|wordscore\nRun 'slant import --help' for usage."),
        usage("unknown format", ["--from", "csv", good + "mood.dic", "--axis", "mood"],
              "slant import: invalid value 'csv' for '--from'; expected liwc|lexicoder|yaml|wordscore\nRun 'slant import --help' for usage."),
        usage("weights for a word-score list", ["--from", "wordscore", good + "mood.tsv", "--axis", "mood", "--weights", "w.tsv"],
              "slant import: invalid value 'w.tsv' for '--weights'; expected no weights file with --from wordscore (its scores are the weights)\nRun 'slant import --help' for usage."),
        usage("missing file", ["--from", "liwc", good + "none.dic", "--axis", "mood"],
              "slant import: cannot read '\(good)none.dic': no such file or directory"),
        usage("a directory", ["--from", "liwc", good, "--axis", "mood"], "slant import: cannot read '\(good)': is a directory"),
    ]

    @Test(arguments: usageErrors)
    func usageErrorExitsTwo(_ c: Case) throws {
        let run = try Slant.run(c.arguments)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == c.stderr)
    }

    struct GoodImport: CustomTestStringConvertible, Sendable {
        let file: String
        let arguments: [String]
        let stdout: String
        let stderr: String
        var testDescription: String { file }
    }

    static let goodImports: [GoodImport] = [
        GoodImport(file: "mood.dic", arguments: ["--from", "liwc", good + "mood.dic", "--axis", "mood", "--pole", "hopeful=+", "--pole", "upbeat=+", "--pole", "gloomy=-"], stdout: """
            slant-lexicon 1
            # Made by: slant import --from liwc Tests/Fixtures/dictionaries/mood.dic --axis mood --pole hopeful=+ --pole upbeat=+ --pole gloomy=-
            # Weights: 1 each (the dictionary has none)
            axis mood "mood (imported from mood.dic)"
            pole - gloomy "gloomy"
            pole + hopeful_upbeat "hopeful, upbeat"

            [pole gloomy]
            setback*      1
            bleak         1
            grim outlook  1
            stall*        1
            dry spell     1

            [pole hopeful_upbeat]
            optimis*       1
            turn a corner  1
            bright future  1
            looking up     1
            harvest        1

            """, stderr: """
            slant import: warning: category 'weather' (3 entries) is not mapped to a pole; not imported
            slant import: axis mood: 5 entries on - gloomy, 5 on + hopeful_upbeat (1 repeated term merged)

            """),
        GoodImport(file: "mood.lc3", arguments: ["--from", "lexicoder", good + "mood.lc3"] + mood, stdout: """
            slant-lexicon 1
            # Made by: slant import --from lexicoder Tests/Fixtures/dictionaries/mood.lc3 --axis mood --pole hopeful=+ --pole gloomy=-
            # Weights: 1 each (the dictionary has none)
            axis mood "mood (imported from mood.lc3)"
            pole - gloomy "gloomy"
            pole + hopeful "hopeful"

            [pole gloomy]
            setback*      1
            bleak         1
            grim outlook  1

            [pole hopeful]
            optimis*       1
            turn a corner  1
            bright future  1

            """, stderr: """
            slant import: warning: category 'weather' (1 entry) is not mapped to a pole; not imported
            slant import: axis mood: 3 entries on - gloomy, 3 on + hopeful

            """),
        GoodImport(file: "mood.yml", arguments: ["--from", "yaml", good + "mood.yml", "--axis", "outlook", "--pole", "mood.hopeful=+", "--pole", "mood.gloomy=-"], stdout: """
            slant-lexicon 1
            # Made by: slant import --from yaml Tests/Fixtures/dictionaries/mood.yml --axis outlook --pole mood.hopeful=+ --pole mood.gloomy=-
            # Weights: 1 each (the dictionary has none)
            axis outlook "outlook (imported from mood.yml)"
            pole - gloomy "mood.gloomy"
            pole + hopeful "mood.hopeful"

            [pole gloomy]
            setback*      1
            bleak         1
            grim outlook  1

            [pole hopeful]
            optimis*       1
            turn a corner  1
            bright future  1

            """, stderr: """
            slant import: warning: category 'weather' (1 entry) is not mapped to a pole; not imported
            slant import: axis outlook: 3 entries on - gloomy, 3 on + hopeful

            """),
        GoodImport(file: "mood.tsv", arguments: ["--from", "wordscore", good + "mood.tsv", "--axis", "mood"], stdout: """
            slant-lexicon 1
            # Made by: slant import --from wordscore Tests/Fixtures/dictionaries/mood.tsv --axis mood
            # Weights: the magnitude of each score
            axis mood "mood (imported from mood.tsv)"
            pole - negative "negative"
            pole + positive "positive"

            [pole negative]
            setback       2
            grim outlook  2.25
            bleak         3

            [pole positive]
            optimistic     2
            turn a corner  1.5
            bright future  3

            """, stderr: """
            slant import: warning: category 'zero' (1 entry) is not mapped to a pole; not imported
            slant import: axis mood: 3 entries on - negative, 3 on + positive

            """),
    ]

    @Test(arguments: goodImports)
    func goodFileImportsToStandardOutput(_ c: GoodImport) throws {
        let run = try Slant.run(["import"] + c.arguments)
        #expect(run.status == 0)
        #expect(run.stdout == c.stdout)
        #expect(run.stderr == c.stderr)
    }

    /// `axis` score and label of `text`, scored with the lexicons in `directory`.
    static func score(_ text: String, axis: String, lexicons directory: URL) throws -> (score: Double, label: String) {
        let run = try Slant.run(["score", "--lexicons", directory.path, "--axis", axis, "--format", "jsonl", "-"], stdin: text)
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(try Slant.json(run.stdout) as? [String: Any])
        let result = try #require((record["axes"] as? [String: Any])?[axis] as? [String: Any])
        return (try #require(result["score"] as? Double), try #require(result["label"] as? String))
    }

    @Test func importedAxisLintsAndScoresFromItsDirectory() throws {
        let tmp = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let dir = tmp.appendingPathComponent("lex")
        let first = try Slant.run(["import"] + Self.goodImports[0].arguments + ["--output", dir.path])
        #expect(first.status == 0 && first.stdout == "")
        #expect(first.stderr == Self.goodImports[0].stderr + "slant import: wrote \(dir.path)/mood.lex and the 9 shipped lexicon files (\(dir.path) had no .lex files)\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("mood.lex"), encoding: .utf8) == Self.goodImports[0].stdout)
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Slant.root.appendingPathComponent("Lexicons").path).filter { $0.hasSuffix(".lex") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == (shipped + ["mood.lex"]).sorted())

        let lint = try Slant.run(["lint", "--lexicons", dir.path])
        #expect(lint.status == 0)
        #expect(lint.stdout.contains("10 files, 0 errors"))
        #expect(!lint.stdout.contains("mood.lex"))

        let hopeful = try Self.score("Grain farmers in Ukraine are optimistic: after a bleak spring, exports through Odesa look set to turn a corner.\n", axis: "mood", lexicons: dir)
        #expect(hopeful.label == "hopeful_upbeat" && hopeful.score > 0.15)
        let gloomy = try Self.score("Kyiv faces a grim outlook: another setback at the front and a bleak winter for Ukraine.\n", axis: "mood", lexicons: dir)
        #expect(gloomy.label == "gloomy" && gloomy.score < -0.15)
        // The shipped relevance rule still applies: a paragraph naming none of the topic anchors counts for nothing.
        let offTopic = try Self.score("Wheat farmers in Kansas are optimistic and expect to turn a corner.\n", axis: "mood", lexicons: dir)
        #expect(offTopic == (0, "neutral"))

        // A directory that already has lexicons gets only the new axis file.
        let second = try Slant.run(["import"] + Self.goodImports[2].arguments + ["--output", dir.path + "/"])
        #expect(second.status == 0)
        #expect(second.stderr == Self.goodImports[2].stderr + "slant import: wrote \(dir.path)/outlook.lex\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == shipped.count + 2)
        #expect(try Self.score("Ukraine's farmers are optimistic.\n", axis: "outlook", lexicons: dir).label == "hopeful")
    }

    @Test func outputMustBeADirectory() throws {
        let tmp = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let file = tmp.appendingPathComponent("plain.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let run = try Slant.run(["import"] + Self.goodImports[1].arguments + ["--output", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasSuffix("slant: cannot write '\(file.path)': not a directory\n"))
        let export = try Slant.run(["export", "--to", "yaml", "--lexicons", "Tests/Fixtures/lexicons", "--output", file.path + "/sub"])
        #expect(export.status == 2)
        #expect(export.stderr.hasSuffix("slant: cannot write '\(file.path)': not a directory\n"))
    }

    // MARK: export

    static let fixtureYAML = """
        # Slant's lexicons as a quanteda dictionary (slant export --to yaml).
        # Categories are AXIS.POLE; weights are in weights.tsv (category, term, weight).
        # Word classes are expanded; [target] entries and context rules have no equivalent and are left out.
        "engagement_pressure":
          "engagement":
            - "peace talks"
            - "sanctions relief"
            - "negotiat*"
            - "diplomacy"
          "pressure":
            - "sanction*"
            - "new sanctions"
            - "weapons"
            - "putin's war"

        """

    @Test func exportToStandardOutput() throws {
        let run = try Slant.run(["export", "--to", "yaml", "--lexicons", "Tests/Fixtures/lexicons"])
        #expect(run.status == 0)
        #expect(run.stdout == Self.fixtureYAML)
        #expect(run.stderr == "slant export: 3 context rules left out: a rule needs a trigger nearby\n"
            + "slant export: 8 terms in 2 categories; weights not written (they need --output DIR)\n")
        let bad = try Slant.run(["export", "--to", "csv"])
        #expect(bad.status == 2 && bad.stderr == "slant export: invalid value 'csv' for '--to'; expected yaml|liwc\nRun 'slant export --help' for usage.\n")
    }

    /// Export to LIWC with weights, import one axis back: the same entries, weights and poles.
    @Test func exportThenImportRoundTrips() throws {
        let tmp = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("out")
        let export = try Slant.run(["export", "--to", "liwc", "--lexicons", "Tests/Fixtures/lexicons", "--output", out.path])
        #expect(export.status == 0)
        #expect(export.stderr == "slant export: 3 context rules left out: a rule needs a trigger nearby\n"
            + "slant export: 8 terms in 2 categories written to \(out.path)/slant.dic, weights to \(out.path)/weights.tsv\n")
        #expect(try String(contentsOf: out.appendingPathComponent("slant.dic"), encoding: .utf8) == """
            %
            1\tengagement_pressure.engagement
            2\tengagement_pressure.pressure
            %
            peace talks\t1
            sanctions relief\t1
            negotiat*\t1
            diplomacy\t1
            sanction*\t2
            new sanctions\t2
            weapons\t2
            putin's war\t2

            """)
        let back = try Slant.run(["import", "--from", "liwc", out.path + "/slant.dic", "--axis", "engagement_pressure",
                                  "--pole", "engagement_pressure.engagement=-", "--pole", "engagement_pressure.pressure=+", "--weights", out.path + "/weights.tsv"])
        #expect(back.status == 0)
        #expect(back.stderr == "slant import: axis engagement_pressure: 4 entries on - engagement, 4 on + pressure\n")
        let body = back.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("[pole") }.joined(separator: "\n")
        #expect(body == """
            [pole engagement]
            peace talks       1
            sanctions relief  2
            negotiat*         1
            diplomacy         1

            [pole pressure]
            sanction*      1
            new sanctions  2
            weapons        1
            putin's war    2

            """)
    }
}
