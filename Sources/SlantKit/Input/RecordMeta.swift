/// The fields of a JSONL record beside `id`, `text` and `title` (`outlet`, `date`, `url` ...), in input order.
///
/// Values are strings or numbers; a number keeps its literal text (`2025`, `1.50`, `1e3`),
/// so it is written back exactly as given. A field given twice keeps its first place and
/// its last value, as `id`, `text` and `title` do.
public struct RecordMeta: Sendable, Equatable {
    /// A metadata field's value, which JSONL allows to be a string or a number.
    public enum Value: Sendable, Equatable {
        /// A JSON string's contents, escapes decoded.
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

    /// One metadata field of a record.
    public struct Field: Sendable, Equatable {
        /// The field's key, as written in the record.
        public let name: String
        /// The field's value (its last one, when the record gives the key twice).
        public let value: Value
    }

    /// The fields in input order, each name once.
    public private(set) var fields: [Field] = []

    /// The metadata of `fields`, a repeated name keeping its first place and its last value.
    init(_ fields: [Field] = []) {
        for field in fields { set(field.name, field.value) }
    }

    /// Whether the record has no fields beside `id`, `text` and `title`.
    public var isEmpty: Bool { fields.isEmpty }

    /// The value of the field called `name`, or nil when the record has none.
    public subscript(name: String) -> Value? { fields.first { $0.name == name }?.value }

    mutating func set(_ name: String, _ value: Value) {
        if let i = fields.firstIndex(where: { $0.name == name }) {
            fields[i] = Field(name: name, value: value)
        } else {
            fields.append(Field(name: name, value: value))
        }
    }
}
