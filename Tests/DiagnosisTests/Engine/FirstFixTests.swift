@testable import Diagnosis
import KnowledgeBase
import Testing

/// `--until first-fix`: the interview stops at the first certain cause, lists every cause not
/// yet ruled out as possible in the order to fix, and can go on to the full result.
@Suite struct FirstFixTests {
    let engine = sharedEngine

    @Test func stopsAtTheFirstCertainCause() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "profile-not-found"], until: .firstFix)
        // The planner heads for a cause that one answer can make certain.
        #expect(interview.question == "dnevnik_profile")
        try interview.answer("no")
        #expect(interview.isFinished)
        #expect(interview.canCheckTheRest)
        let evaluation = interview.evaluation
        #expect(evaluation.stoppedAtFirstFix)
        #expect(!evaluation.isSettled)
        let certain = evaluation.findings.filter { $0.certainty == .certain }.map(\.cause)
        #expect(certain == ["dnevnik-no-profile"])
        #expect(!evaluation.findings.contains { $0.cause == "escalate" })
        // Every cause of the symptom that is not ruled out is there, in the order to fix.
        let ids = evaluation.findings.map(\.cause)
        #expect(ids == FixOrder.standard.filter(ids.contains))
        #expect(Set(ids) == ["wrong-region", "gosuslugi-no-account", "child-account-missing", "gosuslugi-not-confirmed",
                             "teen-not-linked", "dnevnik-no-profile", "fio-mismatch", "snils-missing", "snils-mismatch",
                             "birthdate-mismatch"])
        // Before the certain one in the order to fix: check first; after it: if it still fails.
        let stages = Dictionary(uniqueKeysWithValues: zip(ids, evaluation.stages))
        #expect(stages["wrong-region"] == .before)
        #expect(stages["gosuslugi-not-confirmed"] == .before)
        #expect(stages["dnevnik-no-profile"] == .certain)
        #expect(stages["fio-mismatch"] == .after)
        #expect(stages["birthdate-mismatch"] == .after)
        // A cause never asked about says what to check.
        let fio = try #require(evaluation.findings.first { $0.cause == "fio-mismatch" })
        #expect(fio.certainty == .possible)
        #expect(fio.toCheck == ["fio_match"])
    }

    @Test func checkingTheRestGoesOnToTheFullResultAndBackReturnsToTheStop() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "profile-not-found"], until: .firstFix)
        try interview.answer("no")
        let went = interview.checkTheRest()
        #expect(went)
        #expect(interview.mode == .all)
        let next = try #require(interview.question)
        #expect(next != "dnevnik_profile")
        let back = interview.back()
        #expect(back)
        #expect(interview.mode == .firstFix)
        #expect(interview.canCheckTheRest)
        #expect(interview.steps.count == 1, "going back to the stop keeps the answer")
        let again = interview.checkTheRest()
        #expect(again)
        let fine = ["age": "18-plus", "gosuslugi_account": "confirmed", "region_choice": "correct", "who": "student"]
        while let fact = interview.question {
            try interview.answer(fine[fact] ?? "yes")
        }
        let evaluation = interview.evaluation
        #expect(evaluation.isSettled)
        #expect(!evaluation.stoppedAtFirstFix)
        #expect(evaluation.findings.map(\.cause) == ["dnevnik-no-profile"])
    }

    @Test func settledWithoutACertainCauseIsTheFullResult() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "wrong-profile"], until: .firstFix)
        try interview.answer("no")
        #expect(interview.isFinished)
        #expect(!interview.canCheckTheRest)
        let nothingMore = interview.checkTheRest()
        #expect(!nothingMore)
        #expect(interview.evaluation == (try engine.evaluate(["symptom": "wrong-profile", "signed_in_elsewhere": "no"])))
    }

    @Test func firstFixAsksFewerQuestionsOnAverage() throws {
        for symptom in ["gosuslugi-login-fails", "asks-dnevnik-login"] {
            let all = try engine.length(after: ["symptom": symptom], until: .all).expected
            let firstFix = try engine.length(after: ["symptom": symptom], until: .firstFix).expected
            #expect(firstFix < all, "\(symptom)")
        }
        // The wizard's first screen: «обычно 3–4 вопроса», not «не больше 14».
        #expect(try engine.length(after: [:], until: .firstFix).typical == 3...4)
        #expect(try engine.length(after: [:], until: .firstFix).wording == "обычно 3–4 вопроса")
    }

    @Test func theFirstFixBoundCountsTheFactsThatShowACause() throws {
        let bound = LowerBound(contract: engine.compiled)
        var answers = [
            "symptom": "profile-not-found", "who": "student", "age": "18-plus", "gosuslugi_account": "confirmed",
            "gosuslugi_login_ok": "yes", "teen_linked_to_parent": "yes", "dnevnik_profile": "no", "fio_match": "no",
            "snils_in_dnevnik": "yes", "snils_match": "yes", "birthdate_match": "yes", "family_linked_in_dnevnik": "yes",
            "signed_in_elsewhere": "no", "region_choice": "correct",
        ]
        let state = try engine.state(for: answers)
        let assignment = engine.compiled.facts.indices.map { state[$0] ?? 0 }
        // The symptom and `dnevnik_profile = no` show `dnevnik-no-profile`.
        #expect(bound.questions(for: assignment, until: .firstFix) == 2)
        #expect(bound.questions(for: assignment, until: .all) > 2)
        answers["dnevnik_profile"] = "yes"
        answers["fio_match"] = "yes"
        let settledState = try engine.state(for: answers)
        let noCause = engine.compiled.facts.indices.map { settledState[$0] ?? 0 }
        #expect(bound.questions(for: noCause, until: .firstFix) == bound.questions(for: noCause, until: .all))
    }
}
