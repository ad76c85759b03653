/// The interview's decisions as a tree, built on demand with the engine's own choice of
/// question, so that the whole answer space can be walked quickly.
final class InterviewTree {
    private let engine: DiagnosticEngine
    private let until: Until
    /// By node: the fact asked there, or `-1` at a leaf.
    private var fact: [Int] = []
    /// By node: where its children start in `children` (one per answer of its fact).
    private var firstChild: [Int] = []
    private var state: [PackedState] = []
    /// Child node numbers; `-1` until built.
    private var children: [Int] = []

    init(engine: DiagnosticEngine, until: Until = .all, root: PackedState = PackedState()) {
        self.engine = engine
        self.until = until
        _ = addNode(root)
    }

    /// How many questions the interview asks when the answers are `assignment`.
    func questions(for assignment: [Int]) -> Int {
        leaf(for: assignment).questions
    }

    /// The state the interview ends in when the answers are `assignment`, with its node
    /// (the same node for the same end state) and the number of questions asked.
    func leaf(for assignment: [Int]) -> (node: Int, state: PackedState, questions: Int) {
        var node = 0
        var count = 0
        while fact[node] >= 0 {
            count += 1
            let slot = firstChild[node] + assignment[fact[node]]
            if children[slot] < 0 {
                // A consistent assignment never contradicts an implication; stop if one does.
                guard let answered = engine.compiled.applying(assignment[fact[node]], to: fact[node], in: state[node])
                else { return (node, state[node], count) }
                children[slot] = addNode(answered)
            }
            node = children[slot]
        }
        return (node, state[node], count)
    }

    private func addNode(_ nodeState: PackedState) -> Int {
        let index = fact.count
        let question = engine.nextQuestion(nodeState, until: until) ?? -1
        fact.append(question)
        state.append(nodeState)
        firstChild.append(children.count)
        if question >= 0 {
            children.append(contentsOf: repeatElement(-1, count: engine.compiled.facts[question].answers.count))
        }
        return index
    }
}
