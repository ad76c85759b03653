import KnowledgeBase

/// The contract turned into numbers for the engine: facts and answers by position, each
/// condition as a table of which answers satisfy it, the facts each cause depends on as bit
/// sets, and the groups of facts tied together by implications.
///
/// Answer numbers follow ``DiagnosticContract/Fact/answerIDs``: the values in the contract's
/// order, then `unknown`, so `unknown` is always the last number.
struct CompiledContract: Sendable {
    struct Fact: Sendable {
        let id: String
        let answers: [String]
        var unknownAnswer: Int { answers.count - 1 }
    }

    struct Condition: Sendable {
        let fact: Int
        /// By answer number: whether the condition holds. The `unknown` entry is unused.
        let holds: [Bool]
    }

    struct Cause: Sendable {
        /// Position in ``DiagnosticContract/causes``.
        let contractIndex: Int
        let id: String
        /// By symptom answer number: whether the cause is considered (`other` and `unknown`
        /// always are); `nil` for a cause that explains any symptom.
        let symptomIncluded: [Bool]?
        let conditions: [Condition]
        /// The facts whose answers decide the cause: its condition facts and, unless it
        /// explains any symptom, the symptom.
        let support: UInt32
    }

    struct Implication: Sendable {
        let condition: Condition
        let fact: Int
        let answer: Int
    }

    let facts: [Fact]
    let symptom: Int
    /// The causes other than the fallback, in the contract's order.
    let causes: [Cause]
    /// The fallback (`escalate`): applies when no other cause applies or can still apply.
    let fallback: Cause?
    let implications: [Implication]
    /// By fact: the facts tied to it by implications, itself included, as a bit set.
    let group: [UInt32]
    /// One consistent assignment of a group of facts and how much it counts.
    struct Assignment: Sendable {
        /// Answer numbers indexed like ``facts`` (entries outside the group unused).
        let answers: [Int]
        /// The product, over the group's facts that no implication sets in this assignment,
        /// of their answers' weights: 1 for every assignment when no fact has weights, so
        /// that every combination of answers counts once.
        let weight: Double

        subscript(fact: Int) -> Int { answers[fact] }
    }

    /// By fact and answer number: the share of calls that give the answer when the fact is
    /// asked (``AnswerWeights``), or 1 for every answer of a fact without weights.
    let answerWeight: [[Double]]
    /// By fact: every consistent assignment of its group.
    let groupAssignments: [[Assignment]]

    init(_ contract: DiagnosticContract, weights: AnswerWeights = .none) throws(ContractShapeError) {
        guard contract.facts.count <= PackedState.maximumFacts else {
            throw ContractShapeError("the contract has \(contract.facts.count) facts; the engine handles at most \(PackedState.maximumFacts)")
        }
        let facts = contract.facts.map { Fact(id: $0.id, answers: $0.answerIDs) }
        for fact in facts where fact.answers.count > PackedState.maximumAnswers {
            throw ContractShapeError("fact '\(fact.id)' has \(fact.answers.count) answers; the engine handles at most \(PackedState.maximumAnswers)")
        }
        guard let symptom = facts.firstIndex(where: { $0.id == DiagnosticContract.symptomFact }) else {
            throw ContractShapeError("the contract has no '\(DiagnosticContract.symptomFact)' fact")
        }
        func factIndex(_ id: String) throws(ContractShapeError) -> Int {
            guard let index = facts.firstIndex(where: { $0.id == id }) else {
                throw ContractShapeError("unknown fact '\(id)' in the contract")
            }
            return index
        }
        func compile(_ condition: DiagnosticContract.Condition) throws(ContractShapeError) -> Condition {
            let fact = try factIndex(condition.fact)
            for value in condition.values where !facts[fact].answers.dropLast().contains(value) {
                throw ContractShapeError("unknown value '\(value)' of fact '\(condition.fact)' in the contract")
            }
            let holds = facts[fact].answers.map { condition.holds(for: $0) }
            return Condition(fact: fact, holds: holds)
        }

        var causes: [Cause] = []
        var fallback: Cause?
        for (index, cause) in contract.causes.enumerated() {
            var conditions: [Condition] = []
            for condition in cause.conditions { conditions.append(try compile(condition)) }
            var support = conditions.reduce(UInt32(0)) { $0 | 1 << UInt32($1.fact) }
            var symptomIncluded: [Bool]?
            if case .listed(let symptoms) = cause.symptoms {
                for value in symptoms where !facts[symptom].answers.contains(value) {
                    throw ContractShapeError("unknown symptom '\(value)' in cause '\(cause.id)'")
                }
                symptomIncluded = facts[symptom].answers.map { cause.symptoms.include($0) }
                support |= 1 << UInt32(symptom)
            }
            let compiled = Cause(
                contractIndex: index, id: cause.id, symptomIncluded: symptomIncluded,
                conditions: conditions, support: support)
            if cause.isFallback { fallback = compiled } else { causes.append(compiled) }
        }

        var implications: [Implication] = []
        for implication in contract.implications {
            let fact = try factIndex(implication.fact)
            guard let answer = facts[fact].answers.dropLast().firstIndex(of: implication.value) else {
                throw ContractShapeError("unknown value '\(implication.value)' of fact '\(implication.fact)' in an implication")
            }
            implications.append(Implication(condition: try compile(implication.condition), fact: fact, answer: answer))
        }

        self.facts = facts
        self.symptom = symptom
        self.causes = causes
        self.fallback = fallback
        self.implications = implications
        self.group = Self.groups(factCount: facts.count, implications: implications)
        self.answerWeight = try Self.answerWeights(facts: facts, weights: weights)
        self.groupAssignments = Self.assignments(
            facts: facts, group: group, implications: implications, answerWeight: answerWeight)
    }

    /// Each weighted fact's counts as shares of its calls; 1 for every answer of the others.
    private static func answerWeights(facts: [Fact], weights: AnswerWeights) throws(ContractShapeError) -> [[Double]] {
        for factID in weights.counts.keys.sorted() where !facts.contains(where: { $0.id == factID }) {
            throw ContractShapeError("weights for unknown fact '\(factID)'")
        }
        return try facts.map { fact throws(ContractShapeError) -> [Double] in
            guard let counts = weights.counts[fact.id] else { return fact.answers.map { _ in 1 } }
            for answer in counts.keys.sorted() where !fact.answers.contains(answer) {
                throw ContractShapeError("weight for unknown answer '\(answer)' of fact '\(fact.id)'")
            }
            var numbers: [Int] = []
            for answer in fact.answers {
                guard let count = counts[answer], count >= 1 else {
                    throw ContractShapeError("fact '\(fact.id)' has weights but none of at least 1 for '\(answer)'")
                }
                numbers.append(count)
            }
            let total = Double(numbers.reduce(0, +))
            return numbers.map { Double($0) / total }
        }
    }

    /// Facts tied by implications, merged until nothing changes.
    private static func groups(factCount: Int, implications: [Implication]) -> [UInt32] {
        var group = (0..<factCount).map { UInt32(1) << UInt32($0) }
        var changed = true
        while changed {
            changed = false
            for implication in implications {
                let merged = group[implication.condition.fact] | group[implication.fact]
                var rest = merged
                while rest != 0 {
                    let fact = rest.trailingZeroBitCount
                    rest &= rest - 1
                    if group[fact] != merged { group[fact] = merged; changed = true }
                }
            }
        }
        return group
    }

    /// For each fact, the assignments of its group in which every implication that fires
    /// gives its fact the implied value (so `who = parent` never goes with `age = under-14`
    /// nor with `age = unknown`).
    private static func assignments(
        facts: [Fact], group: [UInt32], implications: [Implication], answerWeight: [[Double]]
    ) -> [[Assignment]] {
        var byGroup: [UInt32: [Assignment]] = [:]
        var result: [[Assignment]] = []
        for fact in facts.indices {
            if let known = byGroup[group[fact]] { result.append(known); continue }
            var members: [Int] = []
            var rest = group[fact]
            while rest != 0 {
                members.append(rest.trailingZeroBitCount)
                rest &= rest - 1
            }
            var all: [[Int]] = [Array(repeating: 0, count: facts.count)]
            for member in members {
                all = all.flatMap { partial in
                    facts[member].answers.indices.map { answer in
                        var next = partial
                        next[member] = answer
                        return next
                    }
                }
            }
            var consistent: [Assignment] = []
            candidates: for assignment in all {
                var implied: UInt32 = 0
                for implication in implications where group[fact] & (1 << UInt32(implication.fact)) != 0 {
                    let value = assignment[implication.condition.fact]
                    guard value != facts[implication.condition.fact].unknownAnswer, implication.condition.holds[value] else { continue }
                    if assignment[implication.fact] != implication.answer { continue candidates }
                    implied |= 1 << UInt32(implication.fact)
                }
                var weight = 1.0
                for member in members where implied & (1 << UInt32(member)) == 0 {
                    weight *= answerWeight[member][assignment[member]]
                }
                consistent.append(Assignment(answers: assignment, weight: weight))
            }
            byGroup[group[fact]] = consistent
            result.append(consistent)
        }
        return result
    }
}
