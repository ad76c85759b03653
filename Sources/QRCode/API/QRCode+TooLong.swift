extension QRCode {
    /// The text does not fit in the largest symbol, version 40, at the requested level.
    public struct TooLong: Error, Equatable, Sendable, CustomStringConvertible {
        /// The length of the text in UTF-8 bytes.
        public let byteCount: Int
        /// The level that was asked for.
        public let errorCorrection: ErrorCorrection
        /// The most bytes of such text version 40 holds at that level: Table 7's byte
        /// capacity (§7.4.10) for ASCII text, one byte less for other text, which needs
        /// the UTF-8 ECI header.
        public let capacity: Int

        public var description: String {
            "the text is \(byteCount) bytes in UTF-8, but a QR code at error correction level "
                + "\(errorCorrection.rawValue) holds at most \(capacity) bytes of it (version 40)"
        }
    }
}
