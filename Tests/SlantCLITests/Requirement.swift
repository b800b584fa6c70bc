import Foundation
import Testing

/// Something a test needs from outside the package: a tool, root, or the real articles in `../shared`.
///
/// On a developer's machine a test whose requirement is missing is skipped and says why.
/// Under CI (`CI=true`) it is never skipped: it runs, and `check()` fails it with the same
/// message, so CI cannot pass with the test unrun. `.ci/run` installs the tools.
struct Requirement: Sendable {
    /// Whether the requirement is met here.
    let met: Bool
    /// What is missing, as the skip or failure message says it ("needs valgrind on PATH").
    let what: String

    /// `CI=true`, as CI services set it: missing requirements fail instead of skipping.
    static let underCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Fails the calling test when the requirement is missing (it runs only under CI then).
    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(met, "CI=true and this test \(what)", sourceLocation: sourceLocation)
    }

    /// The headless browser the explain HTML test loads its page in.
    static let chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    /// The hand labels of the real seed articles, in ../shared beside the repository.
    static let seedLabels = Slant.root.deletingLastPathComponent().appendingPathComponent("shared/labels/seeds.jsonl")

    static let valgrind = Requirement(met: InstructionCounter.valgrind != nil, what: "needs valgrind on PATH (apt-get install valgrind)")
    static let chromium = Requirement(met: chromiumPath != nil, what: "needs chromium (apt-get install chromium)")
    static let setpriv = Requirement(met: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                                     what: "needs root and /usr/bin/setpriv to drop privileges")
    static let shared = Requirement(met: FileManager.default.fileExists(atPath: seedLabels.path),
                                    what: "needs ../shared beside the repository (\(seedLabels.path))")
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when `requirement` is met, and always under CI, where its `check()` fails it.
    static func needs(_ requirement: Requirement) -> Self {
        .enabled(if: requirement.met || Requirement.underCI, Comment(rawValue: requirement.what))
    }
}
