import KnowledgeBase

/// A contract the engine cannot evaluate: a condition or implication that names a fact or
/// value the contract does not have, or more facts or values than the packed state holds.
public struct ContractShapeError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
