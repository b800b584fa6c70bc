import Foundation
import Testing

/// The real articles in ../shared/seeds, scored by the built binary: the sign
/// of `engagement_pressure` must match the hand label for every seed.
struct SeedTests {
    static let labels = Slant.root.deletingLastPathComponent().appendingPathComponent("shared/labels/seeds.jsonl")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: labels.path), "needs ../shared beside the repo"))
    func engagementPressureSignMatchesEverySeed() throws {
        let lines = try String(contentsOf: Self.labels, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 3)
        for line in lines {
            let label = try #require(try Slant.json(String(line)) as? [String: Any])
            let file = try #require(label["file"] as? String)
            let expected = try #require((label["expect"] as? [String: Any])?["engagement_pressure"] as? Double)
            let path = Self.labels.deletingLastPathComponent().appendingPathComponent(file).standardizedFileURL.path
            let run = try Slant.run(["score", path, "--format", "json", "--axis", "engagement_pressure"])
            #expect(run.status == 0, "\(run.stderr)")
            let record = try #require((try Slant.json(run.stdout) as? [[String: Any]])?.first)
            let score = try #require(((record["axes"] as? [String: Any])?["engagement_pressure"] as? [String: Any])?["score"] as? Double)
            #expect(score.sign == expected.sign && score != 0, "\(file): expected \(expected), scored \(score)")
        }
    }
}
