/// The front-matter block of a content file: keys with their values, in file order.
///
/// Everything is a string here, with its position; the loader types the values. The accepted
/// subset of YAML is described in `docs/content-format.md`.
public struct FrontMatter: Equatable, Sendable {
    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The entry for `key`, if the block has one.
    public subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    /// One `key: value` line (with the indented lines that belong to it).
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var keyPosition: TextPosition
        public var value: Value

        public init(key: String, keyPosition: TextPosition, value: Value) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    /// A value: nothing, one scalar, a list of scalars, or a one-level map of scalars.
    public enum Value: Equatable, Sendable {
        /// `key:` with nothing after it and no indented lines below.
        case empty
        case scalar(Scalar)
        /// A flow list `[a, b]` or a block list of `- item` lines.
        case list([Scalar])
        /// Indented `key: scalar` lines; each entry's value is `.scalar` or `.empty`.
        case map([Entry])
        /// A value the parser rejected; the problem is already reported.
        case invalid
    }

    /// A single value as written: plain, or quoted with `"` or `'`.
    public struct Scalar: Equatable, Sendable {
        public enum Style: Equatable, Sendable {
            case plain, doubleQuoted, singleQuoted
        }

        /// The value with quotes removed and escapes decoded.
        public var text: String
        public var style: Style
        /// Where the value starts (its opening quote, if quoted).
        public var position: TextPosition
        /// The characters between the quotes exactly as written (the whole value when plain).
        public var source: String
        /// Where `source` starts: one column after `position` when quoted.
        public var sourcePosition: TextPosition

        public init(text: String, style: Style = .plain, position: TextPosition, source: String? = nil, sourcePosition: TextPosition? = nil) {
            self.text = text
            self.style = style
            self.position = position
            self.source = source ?? text
            self.sourcePosition = sourcePosition ?? position
        }
    }
}

extension FrontMatter.Value {
    /// Where the value starts, when it has any text; `nil` for `.empty`.
    public var position: TextPosition? {
        switch self {
        case .empty, .invalid: return nil
        case .scalar(let scalar): return scalar.position
        case .list(let items): return items.first?.position
        case .map(let entries): return entries.first?.keyPosition
        }
    }
}

extension FrontMatter.Entry {
    /// Every scalar of the value: the value itself, a list's items, or a map's values.
    public var scalars: [FrontMatter.Scalar] {
        switch value {
        case .empty, .invalid: return []
        case .scalar(let scalar): return [scalar]
        case .list(let items): return items
        case .map(let entries): return entries.flatMap(\.scalars)
        }
    }
}
