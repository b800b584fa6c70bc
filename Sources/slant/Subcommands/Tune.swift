import SlantKit

/// `slant tune`: being written (issue 4). Placeholder so the command table compiles.
enum TuneCommand {
    static func run(_ arguments: [String]) throws {
        throw CLIError.unknownCommand("tune")
    }
}
