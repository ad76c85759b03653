/// The interview as a decision graph for one starting point: each node asks a fact (one
/// child per answer, `unknown` last) or ends with findings. Equal subtrees are one node, so
/// a printed flowchart stays readable although it holds every path.
public struct DecisionTree: Equatable, Sendable {
    public enum Node: Equatable, Hashable, Sendable {
        case question(fact: String, children: [Int])
        case result([Finding])
    }

    /// Nodes in the order first reached from the root (depth first, answers in order).
    public var nodes: [Node]
    public var root: Int

    /// The tree of the engine's interview from `given` answers, to the full result (`all`) or
    /// to the first certain cause (`first-fix`, whose results also list what may still apply).
    public init(engine: DiagnosticEngine, given: [String: String] = [:], until: Until = .all) throws(AnswerError) {
        var builder = Builder(engine: engine, until: until)
        let start = try engine.state(for: given)
        // Build bottom-up with sharing, then renumber top-down for readable output.
        let bottomUp = builder.node(start)
        var order: [Int: Int] = [:]
        var nodes: [Node] = []
        func renumber(_ index: Int) -> Int {
            if let known = order[index] { return known }
            let position = nodes.count
            order[index] = position
            nodes.append(.result([]))
            switch builder.nodes[index] {
            case .result(let findings):
                nodes[position] = .result(findings)
            case .question(let fact, let children):
                nodes[position] = .question(fact: fact, children: children.map(renumber))
            }
            return position
        }
        self.root = renumber(bottomUp)
        self.nodes = nodes
    }

    private struct Builder {
        let engine: DiagnosticEngine
        let until: Until
        var nodes: [Node] = []
        var index: [Node: Int] = [:]

        mutating func node(_ state: PackedState) -> Int {
            let node: Node
            if let fact = engine.nextQuestion(state, until: until) {
                let children = engine.compiled.facts[fact].answers.indices.map { answer -> Int in
                    guard let next = engine.compiled.applying(answer, to: fact, in: state) else {
                        // An answer that contradicts earlier ones cannot be given: leads nowhere new.
                        return self.node(state.with(fact, engine.compiled.facts[fact].unknownAnswer))
                    }
                    return self.node(next)
                }
                node = .question(fact: engine.compiled.facts[fact].id, children: children)
            } else {
                node = .result(engine.evaluate(state, until: until).findings)
            }
            if let known = index[node] { return known }
            index[node] = nodes.count
            nodes.append(node)
            return nodes.count - 1
        }
    }
}

