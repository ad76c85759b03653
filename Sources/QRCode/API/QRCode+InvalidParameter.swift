extension QRCode {
    /// A minimum version or mask outside its range: a mistake in the calling code, reported
    /// as an error rather than a crash.
    public struct InvalidParameter: Error, Equatable, Sendable, CustomStringConvertible {
        /// What was wrong, e.g. `mask 9 is not between 0 and 7`.
        public let message: String

        public var description: String { message }
    }
}
