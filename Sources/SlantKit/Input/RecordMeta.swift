/// The fields of a JSONL record beside `id`, `text` and `title` (`outlet`, `date`, `url` ...), in input order.
///
/// Values are strings or numbers; a number keeps its literal text (`2025`, `1.50`, `1e3`),
/// so it is written back exactly as given. A field given twice keeps its first place and
/// its last value, as `id`, `text` and `title` do.
public struct RecordMeta: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case string(String)
        /// A JSON number's text, checked against the JSON grammar (so it can be copied into JSON output).
        case number(String)

        /// The value as text: a string's contents, a number's literal.
        public var text: String {
            switch self {
            case .string(let s), .number(let s): return s
            }
        }
    }

    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: Value
    }

    public private(set) var fields: [Field] = []

    public init(_ fields: [Field] = []) {
        for field in fields { set(field.name, field.value) }
    }

    public var isEmpty: Bool { fields.isEmpty }

    public subscript(name: String) -> Value? { fields.first { $0.name == name }?.value }

    mutating func set(_ name: String, _ value: Value) {
        if let i = fields.firstIndex(where: { $0.name == name }) {
            fields[i] = Field(name: name, value: value)
        } else {
            fields.append(Field(name: name, value: value))
        }
    }
}
