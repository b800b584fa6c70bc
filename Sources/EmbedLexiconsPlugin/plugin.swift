import Foundation
import PackagePlugin

/// Embeds every `Lexicons/*.lex` file into SlantKit at build time.
///
/// Why: the shipped lexicons must be found from any working directory and by
/// a copied binary, so they travel inside the library instead of being looked
/// up on disk.
@main
struct EmbedLexiconsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "Lexicons")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".lex") }
            .sorted()
        let inputs = names.map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lexicon files",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
