import Diagnosis

/// One engine for every test, the process-wide one the CLI also uses: its planner's memo is
/// filled once (the first full plan takes seconds in a debug build).
let sharedEngine: DiagnosticEngine = DiagnosticEngine.standard!
