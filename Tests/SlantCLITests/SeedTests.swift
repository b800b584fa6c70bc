import Foundation
import Testing

/// The real articles in ../shared/seeds, scored by the built binary against their hand
/// labels in ../shared/labels/seeds.jsonl: the suite's only check on real pages.
@Suite(.needs(.shared))
struct SeedTests {
    static let labels = Requirement.seedLabels

    /// Each seed's hand label (`expect`, per axis) and the path of its text.
    static func handLabels() throws -> [(id: String, path: String, expect: [String: Double])] {
        try Requirement.shared.check()
        return try String(contentsOf: labels, encoding: .utf8).split(separator: "\n").map { line in
            let label = try #require(try Slant.json(String(line)) as? [String: Any])
            let file = try #require(label["file"] as? String)
            let path = labels.deletingLastPathComponent().appendingPathComponent(file).standardizedFileURL.path
            return (try #require(label["id"] as? String), path, try #require(label["expect"] as? [String: Double]))
        }
    }

    /// Every seed scored by `slant score --format json`, by path: axis -> (score, label).
    static func scored(_ paths: [String]) throws -> [String: [String: (score: Double, label: String)]] {
        let run = try Slant.run(["score", "--format", "json"] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        let records = try #require(try Slant.json(run.stdout) as? [[String: Any]])
        var byPath: [String: [String: (score: Double, label: String)]] = [:]
        for record in records {
            let axes = try #require(record["axes"] as? [String: [String: Any]])
            byPath[try #require(record["source"] as? String)] = try axes.mapValues {
                (try #require($0["score"] as? Double), try #require($0["label"] as? String))
            }
        }
        return byPath
    }

    @Test func engagementPressureSignMatchesEverySeed() throws {
        let seeds = try Self.handLabels()
        #expect(seeds.count >= 3)
        let scores = try Self.scored(seeds.map(\.path))
        for seed in seeds {
            let expected = try #require(seed.expect["engagement_pressure"])
            let score = try #require(scores[seed.path]?["engagement_pressure"]?.score)
            #expect(score.sign == expected.sign && score != 0, "\(seed.id): expected \(expected), scored \(score)")
        }
    }

    /// A hand label on one axis, in slant's three classes (neutral within ±0.15).
    struct Label: CustomTestStringConvertible, Sendable {
        let seed: String
        let axis: String
        let label: String
        var testDescription: String { "\(seed) \(axis) \(label)" }
    }

    /// The seven of the twelve hand labels the scorer meets (measured on this build). It
    /// does not yet meet the other five: seed-000 nato_skeptic_alliance (skeptic, scored
    /// neutral at −0.11) and war_responsibility (neutral, scored provoked at −0.34);
    /// seed-003 engagement_pressure (pressure), trump_evaluation (approving) and
    /// war_responsibility (aggression), all three scored neutral (+0.06, +0.07, +0.02).
    static let met: [Label] = [
        Label(seed: "seed-000", axis: "engagement_pressure", label: "engagement"),
        Label(seed: "seed-000", axis: "trump_evaluation", label: "approving"),
        Label(seed: "seed-002", axis: "engagement_pressure", label: "pressure"),
        Label(seed: "seed-002", axis: "nato_skeptic_alliance", label: "alliance"),
        Label(seed: "seed-002", axis: "war_responsibility", label: "aggression"),
        Label(seed: "seed-002", axis: "trump_evaluation", label: "critical"),
        Label(seed: "seed-003", axis: "nato_skeptic_alliance", label: "neutral"),
    ]

    /// The poles of each axis, `-` first, as the shipped lexicons name them.
    static let poles = [
        "engagement_pressure": ("engagement", "pressure"), "nato_skeptic_alliance": ("skeptic", "alliance"),
        "war_responsibility": ("provoked", "aggression"), "trump_evaluation": ("critical", "approving"),
    ]

    @Test(arguments: met)
    func scoredLabelMeetsTheHandLabel(_ c: Label) throws {
        let seed = try #require(try Self.handLabels().first { $0.id == c.seed })
        let value = try #require(seed.expect[c.axis])
        let (negative, positive) = try #require(Self.poles[c.axis])
        #expect((value > 0.15 ? positive : value < -0.15 ? negative : "neutral") == c.label, "the hand label is \(value)")
        let scored = try #require(try Self.scored([seed.path])[seed.path]?[c.axis])
        #expect(scored.label == c.label, "\(c.seed) \(c.axis): hand label \(value), scored \(scored.score)")
    }

    /// `slant eval` on the seeds: per-axis three-class accuracy (n = 3), at least what this
    /// build measures (`slant eval --labels ../shared/labels/seeds.jsonl`), which the seven
    /// labels above give: 2/3, 2/3, 2/3 and 1/3.
    @Test func evalAccuracyOnTheSeedsStaysAtItsMeasuredFloor() throws {
        try Requirement.shared.check()
        let run = try Slant.run(["eval", "--labels", Self.labels.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let axes = try #require((try Slant.json(run.stdout) as? [String: Any])?["axes"] as? [String: [String: Any]])
        let floors = ["engagement_pressure": 2.0 / 3, "nato_skeptic_alliance": 2.0 / 3, "trump_evaluation": 2.0 / 3, "war_responsibility": 1.0 / 3]
        for (axis, floor) in floors {
            let metrics = try #require(axes[axis], "\(axis) evaluated")
            #expect(metrics["n"] as? Int == 3)
            let accuracy = try #require(metrics["accuracy"] as? Double)
            #expect(accuracy >= floor - 0.001, "\(axis): accuracy \(accuracy), floor \(floor)")
        }
    }
}
