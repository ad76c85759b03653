import Diagnosis

/// `spravka snils NUMBER`: checks a SNILS's check digits.
struct SnilsCommand: Command {
    static let name = "snils"
    static let summary = "Check the check digits of a SNILS."
    static let discussion = """
        Accepts the number with any spaces and dashes. Says in Russian whether the check \
        digits are right, what they should be, and which swaps of two neighbouring digits would \
        make the number valid. Numbers up to 001-001-998 have no check digits. Exits with 0 \
        when valid, 1 when not, 2 when the text is not a SNILS. The number is not stored.
        """
    static let number = Positional.repeating("number", help: "The SNILS, e.g. 112-233-445 95 (quote it, or give its parts).")
    static let positionals = [number]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let text = arguments.values(number).joined(separator: " ")
        let (message, isValid) = SNILSExplanation.explain(text)
        switch isValid {
        case true?:
            console.output.write(message + "\n")
            return .success
        case false?:
            console.output.write(message + "\n")
            return .failure
        case nil:
            console.error.write(message + "\n")
            return .dataError
        }
    }
}
