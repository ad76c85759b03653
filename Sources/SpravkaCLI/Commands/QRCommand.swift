import QRCode

/// `spravka qr TEXT`: a QR code for the text, for a terminal, an SVG file or a PNG file.
struct QRCommand: Command {
    static let name = "qr"
    static let summary = "Print a QR code for a text or a link."
    static let discussion = """
        Encodes the text as UTF-8 in the smallest QR code (ISO/IEC 18004) that holds it at the \
        error correction level. The default format, text, draws the code in half-block \
        characters for a terminal with dark text on a light background (on a dark background \
        it shows inverted and may not scan: use svg or png). svg and png write an image with \
        a quiet zone of 4 modules to standard output; png is binary and is not written to a \
        terminal, so redirect it to a file. Exits with 2 when the text is too long for a QR \
        code: at most 2953 bytes of UTF-8 at level L, 2331 at M, 1663 at Q, 1273 at H, one \
        byte less for text that is not all ASCII.
        """
    static let format = Option.value(
        "format", allowedValues: ["text", "svg", "png"], defaultValue: "text", help: "Output format.")
    static let errorCorrection = Option.value(
        "ec", valueName: "level", allowedValues: QRCode.ErrorCorrection.allCases.map(\.rawValue),
        defaultValue: QRCode.ErrorCorrection.medium.rawValue,
        help: "Error correction: L 7 %, M 15 %, Q 25 %, H 30 % of the code may be damaged.")
    static let options = [format, errorCorrection]
    static let text = Positional.required("text", help: "The text or link (quote it if it has spaces).")
    static let positionals = [text]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let level = arguments.value(errorCorrection).flatMap(QRCode.ErrorCorrection.init(rawValue:)) ?? .medium
        let outputFormat = arguments.value(format) ?? "text"
        if outputFormat == "png", console.output.isTerminal {
            throw UsageError(
                "not writing a binary PNG to a terminal; redirect standard output to a file, "
                    + "e.g. spravka qr --format png TEXT > code.png")
        }
        let code: QRCode
        do {
            code = try QRCode(text: arguments.value(text) ?? "", errorCorrection: level)
        } catch let error as QRCode.TooLong {
            throw CommandFailure(error.description, exitCode: .dataError)
        }
        switch outputFormat {
        case "svg": console.output.write(code.svg())
        case "png": console.output.write(code.png())
        default: console.output.write(code.text())
        }
        return .success
    }
}
