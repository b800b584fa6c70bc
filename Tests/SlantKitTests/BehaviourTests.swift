import Foundation
import Testing
@testable import SlantKit

/// CheckList-style behavioural tests on the shipped lexicons (Ribeiro et al. 2020):
/// minimum functionality, invariance and directional expectations.
struct BehaviourTests {
    static let classifier = try! Classifier(lexicons: LexiconSet.shipped())
    static let subjects = ["Washington", "The administration", "Congress", "The United States"]

    struct Template: CustomTestStringConvertible, Sendable {
        let axis: String
        let label: String
        let sentence: String
        var testDescription: String { "\(axis) \(label): \(sentence)" }
    }

    static let templates: [Template] = [
        Template(axis: "engagement_pressure", label: "pressure", sentence: "{S} must impose new sanctions on Russia."),
        Template(axis: "engagement_pressure", label: "pressure", sentence: "{S} should send more weapons to Ukraine."),
        Template(axis: "engagement_pressure", label: "pressure", sentence: "{S} should slap secondary tariffs on buyers of Russian oil."),
        Template(axis: "engagement_pressure", label: "engagement", sentence: "{S} should offer Moscow sanctions relief."),
        Template(axis: "engagement_pressure", label: "engagement", sentence: "{S} should pursue a negotiated settlement with Russia."),
        Template(axis: "engagement_pressure", label: "engagement", sentence: "{S} must stop sending weapons to Ukraine and push for an immediate ceasefire."),
        Template(axis: "nato_skeptic_alliance", label: "alliance", sentence: "{S} must stand with our NATO allies and honour Article 5."),
        Template(axis: "nato_skeptic_alliance", label: "alliance", sentence: "{S} should reaffirm its ironclad commitment to collective defense in NATO."),
        Template(axis: "nato_skeptic_alliance", label: "skeptic", sentence: "{S} should stop subsidizing European free riders in NATO."),
        Template(axis: "nato_skeptic_alliance", label: "skeptic", sentence: "{S} must admit that NATO expansion provoked Russia."),
        Template(axis: "war_responsibility", label: "aggression", sentence: "{S} condemned Russia's unprovoked invasion of Ukraine and its war crimes."),
        Template(axis: "war_responsibility", label: "provoked", sentence: "{S} must address the root causes of the conflict and Russia's legitimate security concerns."),
        Template(axis: "trump_evaluation", label: "approving", sentence: "{S} praised Trump's shrewd deal-making with Putin over Ukraine."),
        Template(axis: "trump_evaluation", label: "critical", sentence: "{S} warned that Trump was played by Putin and caved on Ukraine."),
        // Stance, not topic: the same nouns, judged the other way.
        Template(axis: "engagement_pressure", label: "engagement", sentence: "For {S}, new sanctions on Russia are a substitute for strategy."),
        Template(axis: "engagement_pressure", label: "pressure", sentence: "The sanctions on Russia are working; {S} should tighten them."),
        Template(axis: "trump_evaluation", label: "critical", sentence: "{S} signed off on the administration's reckless capitulation to Putin over Ukraine."),
    ]

    /// A straight wire report of a sanctions package, written for this test: neutral on every axis.
    static let wireReport = """
        WASHINGTON (Reuters) - The Treasury Department on Tuesday announced a package of sanctions on two Russian oil \
        exporters and a dozen tankers, officials said.
        The measures take effect in 30 days and cover buyers in third countries, according to a Treasury statement. \
        The European Union is weighing similar steps, a spokesperson told reporters in Brussels.
        Russia's foreign ministry said the sanctions would not change Moscow's position on Ukraine. Talks between \
        envoys are expected to resume next week, the State Department said.
        """

    @Test func anAxisTheTextDoesNotAddressTakesNothingFromTheOthers() throws {
        let trump = try #require(Self.classifier.lexicons.axes.firstIndex { $0.id == AxisID("trump_evaluation") })
        let silent = Self.classifier.score("Congress must impose crippling sanctions on Russia now.")
        #expect(!silent.addressed[trump])
        #expect(silent.axes[trump].score == 0 && silent.axes[trump].label == "neutral")
        // Named, the administration takes the camp evidence: pressure leans critical in 2025.
        let named = Self.classifier.score("Congress and the White House must impose crippling sanctions on Russia now.")
        #expect(named.addressed[trump])
        #expect(named.axes[trump].campEvidence < 0)
    }

    @Test func aStraightNewsReportOfSanctionsIsNeutralOnEveryAxis() {
        let score = Self.classifier.score(Self.wireReport)
        #expect(score.genre.isNews)
        for axis in score.axes { #expect(axis.label == "neutral", "\(axis.axis): \(axis.score)") }
    }

    /// A report of the same measures in the author's voice, with no first person: stance adverbs
    /// and judgements ("clearly", "the problem is") are what tell it from the wire copy.
    static let columnWithoutFirstPerson = """
        The Treasury announced new sanctions on two Russian oil exporters on Tuesday, officials said.
        Clearly the measures come late. The problem is that Moscow has learned to wait out every \
        package, as the State Department admitted in a statement.
        Unfortunately the European Union is weighing similar steps at the same slow pace, a spokesperson said.
        """

    @Test func stanceAdverbsKeepAColumnFromReadingAsNews() {
        let news = Self.classifier.score(Self.wireReport)
        let column = Self.classifier.score(Self.columnWithoutFirstPerson)
        #expect(news.genre.isNews)
        #expect(!column.genre.isNews, "\(column.genre.description)")
        #expect(column.genre.factor == 1)
    }

    @Test func aReportWithoutSaidStillReadsAsNews() {
        // Attributed only by "reportedly": no "said", "told" or "according to".
        let text = """
            The White House has reportedly paused a shipment of air-defence missiles to Ukraine.
            The shipment was reportedly due in Kyiv this week, with a second one planned for March.
            """
        let score = Self.classifier.score(text)
        #expect(score.genre.isNews, "\(score.genre.description)")
    }

    /// Genre cues beyond "said": a report of plans and officials' silence is news, and present-tense
    /// judgement ("it is", "perhaps", "therefore", contractions) is the author's voice even with
    /// no first person. Each text reads the other way without the cues genre.lex names.
    @Test(arguments: [
        ("plans and officials, no said", """
            The European Union is expected to adopt a twentieth package of measures against Russian oil exports next month.
            Officials in Brussels discussed the draft with ministers this week, and a vote is planned for the summit.
            A Commission official declined to comment on the timing.
            """, true),
        ("a report, then the author judging it", """
            Officials said on Tuesday that six more tankers carrying Russian oil would face sanctions.
            It is a measure that changes little for Moscow. Perhaps that is the point: the list doesn't reach \
            the buyers, and therefore the Kremlin's oil still flows.
            """, false),
    ] as [(String, String, Bool)])
    func reportingAndVoiceCuesDecideTheGenre(_ name: String, _ text: String, _ news: Bool) {
        let score = Self.classifier.score(text)
        #expect(score.genre.isNews == news, "\(name): \(score.genre.description)")
        #expect(score.genre.factor == (news ? 0.3 : 1), "\(name)")
        // Both texts report: without reporting cues the test would pass for the wrong reason.
        #expect(score.genre.reportingRate >= 0.3, "\(name): \(score.genre.description)")
    }

    @Test func aJudgementNearerAnotherActorIsNotAboutTheAdministration() throws {
        let trump = AxisID("trump_evaluation")
        // `mistake*` counts as criticism near an administration reference, unless a rival
        // (list administration_refs_rivals) stands nearer: then the mistake is the rival's.
        let putins = Self.classifier.score("On Ukraine, Trump says Putin made a big mistake.")
        #expect(!putins.hits.contains { $0.axis == trump }, "\(putins.hits.map(\.term))")
        let trumps = Self.classifier.score("On Ukraine, Putin says Trump made a big mistake.")
        let hit = try #require(trumps.hits.first { $0.axis == trump })
        #expect(hit.term == "mistake*" && hit.value < 0)
    }

    @Test(arguments: templates)
    func minimumFunctionality(_ template: Template) {
        for subject in Self.subjects {
            let sentence = template.sentence.replacingOccurrences(of: "{S}", with: subject)
            let label = Self.classifier.score(sentence).axis(AxisID(template.axis))?.label
            #expect(label == template.label, "\(sentence)")
        }
    }

    /// The project's own full articles, read once at test time. A directory or file that
    /// cannot be read fails every test that uses them (`try Self.articles()`), instead of
    /// scoring an empty text that passes every "no label changes" check.
    static let corpus: Result<[String], Unreadable> = Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("Evaluation/corpus")
        return try ["articles-a", "articles-b"].flatMap { dir in
            try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(dir).path).sorted().map {
                try String(contentsOf: corpus.appendingPathComponent(dir).appendingPathComponent($0), encoding: .utf8)
            }
        }
    }.mapError { Unreadable(description: "Evaluation/corpus: \($0)") }

    struct Unreadable: Error, CustomStringConvertible { let description: String }

    static func articles() throws -> [String] { try corpus.get() }

    static func labels(_ text: String) -> [String] { classifier.score(text).axes.map(\.label) }

    @Test func corpusIsThere() throws {
        let articles = try Self.articles()
        #expect(articles.count >= 20)
        #expect(articles.allSatisfy { $0.utf8.count > 500 }, "every article has its text")
    }

    @Test(arguments: [
        ("teaser block", "\n\nMore from World\nVenezuela faces new oil sanctions as talks stall\nMali junta extends transition by five years\nSenate fight over surveillance powers drags on\n"),
        ("newsletter prompt", "\n\nSubscribe to our newsletter for the latest updates. Share this article.\n"),
        ("photo credit", "\n\n(Photo by Jane Roe/Getty Images)\n"),
    ])
    func addingBoilerplateOrTeasersChangesNoLabel(_ name: String, _ suffix: String) throws {
        for article in try Self.articles() {
            #expect(Self.labels(article + suffix) == Self.labels(article), "\(name): \(article.prefix(60))")
        }
    }

    @Test func changingNamesDatesNumbersAndSpellingsChangesNoLabel() throws {
        let swaps = [("Kyiv", "Kiev"), ("Zelenskyy", "Zelensky"), ("2025", "2026"), ("Monday", "Thursday"), ("50", "60"), ("Lviv", "Odesa")]
        for article in try Self.articles() {
            var changed = article
            for (a, b) in swaps { changed = changed.replacingOccurrences(of: a, with: b) }
            #expect(Self.labels(changed) == Self.labels(article), "\(article.prefix(60))")
        }
    }

    @Test func aPressureSentenceMovesTheScoreUpAndItsNegationDown() throws {
        let axis = AxisID("engagement_pressure")
        // Inserted as a paragraph in the middle of the body: appended after a
        // page footer it would rightly count for nothing.
        func inserting(_ sentence: String, into article: String) -> String {
            var lines = article.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.insert(sentence, at: lines.count / 2)
            return lines.joined(separator: "\n")
        }
        for article in try Self.articles() {
            let base = Self.classifier.score(article).axis(axis)!.score
            let up = Self.classifier.score(inserting("Washington must impose new sanctions on Moscow now.", into: article)).axis(axis)!.score
            let down = Self.classifier.score(inserting("Washington must not impose new sanctions on Moscow now.", into: article)).axis(axis)!.score
            #expect(up > base, "\(article.prefix(60))")
            #expect(down < base, "\(article.prefix(60))")
        }
    }
}
