// swift-tools-version: 6.0
// libFuzzer targets for Slant. A package of its own so that the main build never
// links the fuzzer runtime. Build and run with Tests/Fuzz/run (see README "Fuzzing").
import PackageDescription

let package = Package(
    name: "SlantFuzz",
    dependencies: [.package(name: "Slant", path: "../..")],
    targets: [
        // Everything is compiled with ASan and sanitizer coverage (flags from Tests/Fuzz/run);
        // only this target links the libFuzzer runtime, so the root package's build tool still links.
        .executableTarget(
            name: "SlantFuzz",
            dependencies: [.product(name: "SlantKit", package: "Slant")],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ]
)
