/// Who must act to fix a cause (`fix_by:` of a cause, "who acts" in the contract).
public enum Party: String, CaseIterable, Sendable {
    case caller, parent, student, school, gosuslugi, mfc, hotline
}
