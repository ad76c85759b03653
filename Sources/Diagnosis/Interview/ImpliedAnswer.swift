/// The answer that a check made during the interview implies, for the interview to propose
/// (the operator takes it with Enter or answers otherwise). Nothing typed for the check is
/// kept: only the proposed answer's id.
public enum ImpliedAnswer {
    /// After «ф» at `fio_match`: identical names match (`yes`); names that differ in any way,
    /// even only in «ё»/«е» or letter case, do not (`no`), since Dnevnik.ru compares them
    /// letter for letter; nothing when a name could not be read.
    public static func afterNameComparison(_ comparison: NameComparison) -> String? {
        switch comparison {
        case .identical: return "yes"
        case .different: return "no"
        case .unusable: return nil
        }
    }

    /// After «с» at a SNILS question, with the check's verdict (`nil`: not a SNILS):
    /// at `snils_in_dnevnik`, a number read from the Dnevnik.ru profile is there (`yes`);
    /// at `snils_match`, a number whose check digits are wrong cannot be the caller's (`no`).
    /// A valid number says nothing about whether it is the caller's own.
    public static func afterSNILSCheck(fact: String, isValid: Bool?) -> String? {
        switch (fact, isValid) {
        case ("snils_in_dnevnik", .some): return "yes"
        case ("snils_match", false?): return "no"
        default: return nil
        }
    }
}
