// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Slant",
    products: [
        .library(name: "SlantKit", targets: ["SlantKit"]),
        .executable(name: "slant", targets: ["slant"]),
    ],
    targets: [
        // The engine: every pipeline stage, the lexicon loader and the reporters.
        //
        // Optimized in debug builds too: unoptimized, the byte-level engine runs about
        // 80 times slower (start-up alone is 2.9 G instructions), which made the
        // end-to-end tests, the sanitizer runs and the instruction-count guard slow.
        .target(
            name: "SlantKit",
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))],
            plugins: ["EmbedLexiconsPlugin"]
        ),
        // The command-line front end: argument parsing and one file per subcommand.
        .executableTarget(
            name: "slant",
            dependencies: ["SlantKit"]
        ),
        // Build tool that turns Lexicons/*.lex into a Swift source file, so a
        // copied `slant` binary still carries the shipped lexicons.
        .executableTarget(name: "LexiconEmbedder"),
        .plugin(
            name: "EmbedLexiconsPlugin",
            capability: .buildTool(),
            dependencies: ["LexiconEmbedder"],
            path: "Sources/EmbedLexiconsPlugin"
        ),
        .testTarget(
            name: "SlantKitTests",
            dependencies: ["SlantKit"]
        ),
        .testTarget(
            name: "SlantCLITests",
            dependencies: ["SlantKit", "slant"]
        ),
    ]
)
