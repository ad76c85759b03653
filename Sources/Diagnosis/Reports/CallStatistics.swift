import KnowledgeBase

/// What a hotline's calls were about, from its call log (`spravka stats`): how many calls, how
/// often each cause was found, how many questions a call took, and which questions callers
/// could not answer.
public struct CallStatistics: Equatable, Sendable {
    /// Which calls count: a period (`YYYY-MM-DD`, both ends included) and a region.
    public struct Filter: Equatable, Sendable {
        public var from: String?
        public var to: String?
        public var region: String?

        public init(from: String? = nil, to: String? = nil, region: String? = nil) {
            self.from = from
            self.to = to
            self.region = region
        }

        public func includes(_ record: CallRecord) -> Bool {
            if let from, record.date < from { return false }
            if let to, record.date > to { return false }
            if let region, record.region != region { return false }
            return true
        }
    }

    /// A cause and the calls in which it was found certain.
    public struct CauseCount: Equatable, Sendable {
        public var cause: String
        public var calls: Int
    }

    /// A question and how often it was answered, and answered «Не знаю».
    public struct UnknownCount: Equatable, Sendable {
        public var fact: String
        public var answered: Int
        public var unknown: Int
        public var share: Double { answered == 0 ? 0 : Double(unknown) / Double(answered) }
    }

    public var calls: Int
    /// The first and last date among the calls counted.
    public var firstDate: String?
    public var lastDate: String?
    /// Every cause found at least once, most frequent first (ties in the contract's order).
    public var causes: [CauseCount]
    /// Calls in which no cause was certain (only possible ones).
    public var callsWithoutCertainCause: Int
    /// By number of questions: how many calls took that many (index = questions).
    public var questionsHistogram: [Int]
    /// Every question answered at least once, most often «Не знаю» first (by count, then share).
    public var unknownAnswers: [UnknownCount]

    public var meanQuestions: Double {
        calls == 0 ? 0 : Double(questionsHistogram.enumerated().reduce(0) { $0 + $1.offset * $1.element }) / Double(calls)
    }

    public var maximumQuestions: Int { questionsHistogram.lastIndex { $0 > 0 } ?? 0 }

    /// The number of questions that half of the calls do not exceed.
    public var medianQuestions: Int {
        var seen = 0
        for (questions, count) in questionsHistogram.enumerated() {
            seen += count
            if seen * 2 >= calls { return questions }
        }
        return 0
    }

    public init(records: [CallRecord], filter: Filter = Filter(), contract: DiagnosticContract) {
        let counted = records.filter(filter.includes)
        calls = counted.count
        firstDate = counted.map(\.date).min()
        lastDate = counted.map(\.date).max()
        var byCause: [String: Int] = [:]
        var histogram = Array(repeating: 0, count: contract.facts.count + 1)
        var answered: [String: Int] = [:]
        var unknown: [String: Int] = [:]
        var withoutCause = 0
        for record in counted {
            for cause in Set(record.causes) { byCause[cause, default: 0] += 1 }
            if record.causes.isEmpty { withoutCause += 1 }
            histogram[min(record.questions, histogram.count - 1)] += 1
            for (fact, value) in record.answers {
                answered[fact, default: 0] += 1
                if value == DiagnosticContract.unknown { unknown[fact, default: 0] += 1 }
            }
        }
        let causeOrder = contract.causes.map(\.id)
        causes = byCause.map { CauseCount(cause: $0.key, calls: $0.value) }.sorted { a, b in
            a.calls != b.calls ? a.calls > b.calls : (causeOrder.firstIndex(of: a.cause) ?? 0) < (causeOrder.firstIndex(of: b.cause) ?? 0)
        }
        callsWithoutCertainCause = withoutCause
        questionsHistogram = Array(histogram[...(histogram.lastIndex { $0 > 0 } ?? 0)])
        let factOrder = contract.facts.map(\.id)
        unknownAnswers = answered.map { UnknownCount(fact: $0.key, answered: $0.value, unknown: unknown[$0.key] ?? 0) }
            .sorted { a, b in
                if a.unknown != b.unknown { return a.unknown > b.unknown }
                if a.share != b.share { return a.share > b.share }
                return (factOrder.firstIndex(of: a.fact) ?? 0) < (factOrder.firstIndex(of: b.fact) ?? 0)
            }
    }
}

extension AnswerWeights {
    /// How often each answer was given in `records`, plus one for every answer (so that an
    /// answer no caller has given yet still counts a little and is still planned for), for
    /// every fact answered at least once.
    public init(records: [CallRecord], contract: DiagnosticContract) {
        var counts: [String: [String: Int]] = [:]
        for record in records {
            for (fact, value) in record.answers { counts[fact, default: [:]][value, default: 0] += 1 }
        }
        var weights: [String: [String: Int]] = [:]
        for fact in contract.facts {
            guard let given = counts[fact.id] else { continue }
            weights[fact.id] = Dictionary(uniqueKeysWithValues: fact.answerIDs.map { ($0, (given[$0] ?? 0) + 1) })
        }
        self.init(weights)
    }
}
