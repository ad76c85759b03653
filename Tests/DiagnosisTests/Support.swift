import Diagnosis

/// One engine for every test: its planner's memo is filled once (the first full plan takes
/// seconds in a debug build).
let sharedEngine: DiagnosticEngine = {
    do {
        return try DiagnosticEngine()
    } catch {
        preconditionFailure("the standard contract must compile: \(error)")
    }
}()
