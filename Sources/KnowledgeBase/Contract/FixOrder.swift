/// The order in which the caller should fix causes that apply together.
///
/// The order follows the sign-in path, because a fix further along cannot be tried, let
/// alone verified, until every earlier step works:
///
/// 1. What the caller undoes in a minute on the Dnevnik.ru side of the button: another
///    person's session still open (`signed-in-as-someone-else`), the wrong region chosen
///    (`wrong-region`). Every later check would be made against the wrong profile or region.
/// 2. The Gosuslugi account, which the caller (or parent) fixes: sign-in itself
///    (`gosuslugi-credentials`), then the account existing (`gosuslugi-no-account`,
///    `child-account-missing`), then its level (`gosuslugi-not-confirmed`), then the teen's
///    link to a parent (`teen-not-linked`). An account to confirm comes before data to
///    correct: Dnevnik.ru only receives FIO and SNILS from a confirmed account.
/// 3. Data in Dnevnik.ru, which only the school's administrator changes: a profile must
///    exist (`dnevnik-no-profile`) before its FIO, SNILS or birth date can be corrected;
///    FIO first because it is matched for everyone, then SNILS (missing before mismatched),
///    then the birth date; the family link last, since it joins two profiles that must each
///    be right.
/// 4. `escalate`, when none of the above explains the problem.
///
/// Causes a contract adds later and this list does not name come after the listed ones, in
/// the contract's order.
public enum FixOrder {
    public static let standard: [String] = [
        "signed-in-as-someone-else",
        "wrong-region",
        "gosuslugi-credentials",
        "gosuslugi-no-account",
        "child-account-missing",
        "gosuslugi-not-confirmed",
        "teen-not-linked",
        "dnevnik-no-profile",
        "fio-mismatch",
        "snils-missing",
        "snils-mismatch",
        "birthdate-mismatch",
        "family-not-linked",
    ]
}
