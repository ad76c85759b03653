import Diagnosis
import Testing

/// What «ф» and «с» propose as the answer.
@Suite struct ImpliedAnswerTests {
    @Test func namesThatDifferInAnyWayDoNotMatch() {
        #expect(ImpliedAnswer.afterNameComparison(NameComparer.compare("Семёнов Пётр", "Семёнов Пётр")) == "yes")
        #expect(ImpliedAnswer.afterNameComparison(NameComparer.compare("Семёнов Пётр", "Семенов Пётр")) == "no")
        #expect(ImpliedAnswer.afterNameComparison(NameComparer.compare("", "Семенов Пётр")) == nil)
    }

    @Test func aSNILSReadFromTheProfileIsThereAndABadOneIsNotTheCallers() {
        #expect(ImpliedAnswer.afterSNILSCheck(fact: "snils_in_dnevnik", isValid: true) == "yes")
        #expect(ImpliedAnswer.afterSNILSCheck(fact: "snils_in_dnevnik", isValid: false) == "yes")
        #expect(ImpliedAnswer.afterSNILSCheck(fact: "snils_in_dnevnik", isValid: nil) == nil)
        #expect(ImpliedAnswer.afterSNILSCheck(fact: "snils_match", isValid: false) == "no")
        #expect(ImpliedAnswer.afterSNILSCheck(fact: "snils_match", isValid: true) == nil)
    }
}
