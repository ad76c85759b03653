import Diagnosis
import Testing

/// The interview drawn as a decision tree, to the full result and to the first fix: every
/// path of the tree is the interview the engine runs for those answers.
@Suite struct DecisionTreeTests {
    /// Walks every path of `tree` from `given`, checking each node against the engine.
    private func walk(
        _ tree: DecisionTree, _ index: Int, answers: [String: String], until: Until, visit: ([String: String], [Finding]) -> Void
    ) throws {
        switch tree.nodes[index] {
        case .question(let fact, let children):
            #expect(try sharedEngine.nextQuestion(after: answers, until: until) == fact, "\(answers)")
            let values = try #require(sharedEngine.contract.fact(fact)).answerIDs
            #expect(values.count == children.count)
            for (value, child) in zip(values, children) {
                var next = answers
                next[fact] = value
                // An answer that contradicts the earlier ones leads where «unknown» does.
                guard (try? sharedEngine.evaluate(next, until: until)) != nil else { continue }
                try walk(tree, child, answers: next, until: until, visit: visit)
            }
        case .result(let findings):
            #expect(try sharedEngine.nextQuestion(after: answers, until: until) == nil, "\(answers)")
            #expect(try sharedEngine.evaluate(answers, until: until).findings == findings, "\(answers)")
            visit(answers, findings)
        }
    }

    @Test(arguments: Until.allCases)
    func everyPathIsTheInterview(until: Until) throws {
        let given = ["symptom": "asks-dnevnik-login"]
        let tree = try DecisionTree(engine: sharedEngine, given: given, until: until)
        var results = 0
        try walk(tree, tree.root, answers: given, until: until) { _, _ in results += 1 }
        #expect(results > 10)
    }

    /// First-fix ends a path as soon as a cause is certain, so its tree is smaller, and each
    /// of its results either is the full result or names a certain cause.
    @Test func firstFixTreeStopsAtTheFirstCertainCause() throws {
        let given = ["symptom": "asks-dnevnik-login"]
        let all = try DecisionTree(engine: sharedEngine, given: given, until: .all)
        let firstFix = try DecisionTree(engine: sharedEngine, given: given, until: .firstFix)
        #expect(firstFix.nodes.count < all.nodes.count)
        var stoppedEarly = 0
        try walk(firstFix, firstFix.root, answers: given, until: .firstFix) { answers, findings in
            let full = try? sharedEngine.evaluate(answers, until: .all)
            if full?.findings != findings {
                stoppedEarly += 1
                #expect(findings.contains { $0.certainty == .certain && $0.cause != "escalate" }, "\(answers)")
            }
        }
        #expect(stoppedEarly > 0)
    }
}
