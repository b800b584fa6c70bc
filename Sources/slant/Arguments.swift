/// Stage one of argument parsing: raw argv split into options and operands,
/// checked against the options a subcommand declares. Stage two, turning these
/// into typed options, lives in each subcommand.
struct OptionSpec {
    let name: String
    let takesValue: Bool
    let repeatable: Bool

    static func flag(_ name: String) -> OptionSpec { OptionSpec(name: name, takesValue: false, repeatable: false) }
    static func value(_ name: String, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, takesValue: true, repeatable: repeatable)
    }
}

struct ParsedArguments {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var operands: [String] = []

    /// Splits `arguments` (without the command name). `--name=value` and
    /// `--name value` both work; `--` ends options; `-` alone is an operand.
    /// `-h` is `--help`. `--help` anywhere wins over every other problem.
    init(_ arguments: [String], command: String, specs: [OptionSpec]) throws {
        if arguments.contains("--help") || arguments.contains("-h") {
            flags.insert("--help")
            return
        }
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                operands.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw CLIError.unknownOption(command: command, option: name)
            }
            if !spec.takesValue {
                if parts.count > 1 { throw CLIError.unexpectedValue(command: command, option: name) }
                if flags.contains(name) { throw CLIError.repeatedOption(command: command, option: name) }
                flags.insert(name)
                continue
            }
            let value: String
            if parts.count > 1 {
                value = parts[1]
            } else {
                guard index < arguments.count else { throw CLIError.missingValue(command: command, option: name) }
                value = arguments[index]
                index += 1
            }
            if values[name] != nil && !spec.repeatable { throw CLIError.repeatedOption(command: command, option: name) }
            values[name, default: []].append(value)
        }
    }

    var wantsHelp: Bool { flags.contains("--help") }
    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// A typed value chosen from a fixed set (`--format`).
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, command: String, default fallback: T) throws -> T where T.RawValue == String {
        guard let raw = value(name) else { return fallback }
        guard let parsed = T(rawValue: raw) else {
            throw CLIError.invalidValue(command: command, option: name, value: raw,
                                        expected: T.allCases.map(\.rawValue).joined(separator: "|"))
        }
        return parsed
    }

    /// A whole number in `range`.
    func integer(_ name: String, command: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = value(name) else { return fallback }
        guard let n = Int(raw), range.contains(n) else {
            throw CLIError.invalidValue(command: command, option: name, value: raw, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    /// A byte count in `range`: digits, optionally with `K`, `M` or `G` (powers of 1024, any case).
    func byteCount(_ name: String, command: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = value(name) else { return fallback }
        let units: [Character: Int] = ["k": 1 << 10, "m": 1 << 20, "g": 1 << 30]
        var digits = Substring(raw)
        var unit = 1
        if let last = raw.last?.lowercased().first, let factor = units[last] {
            digits = raw.dropLast()
            unit = factor
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits), n <= range.upperBound / unit, range.contains(n * unit) else {
            throw CLIError.invalidValue(command: command, option: name, value: raw,
                                        expected: "a byte count from \(range.lowerBound) to \(range.upperBound >> 30)G, such as 4194304, 512K or 4M")
        }
        return n * unit
    }
}
