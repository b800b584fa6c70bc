/// A node of the YAML subset `YAMLSubset` reads.
indirect enum YAMLNode {
    /// A key or `-` with nothing after it.
    case null(SourceLocation)
    case scalar(String, SourceLocation)
    case sequence([YAMLNode], SourceLocation)
    case mapping([YAMLPair], SourceLocation)

    var location: SourceLocation {
        switch self {
        case .null(let at), .scalar(_, let at), .sequence(_, let at), .mapping(_, let at): return at
        }
    }
}

/// One `key: value` of a mapping; the location is the key's.
struct YAMLPair {
    let key: String
    let location: SourceLocation
    let value: YAMLNode
}

/// Where and why YAML could not be read.
struct YAMLError: Error {
    let location: SourceLocation
    let problem: YAMLProblem
}
