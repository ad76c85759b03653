import Foundation
import KnowledgeBase

/// Prints a ``DecisionTree`` for operators (indented text) or for review tools (Mermaid,
/// Graphviz DOT), with the knowledge base's wording. A node reached again is referred to by
/// its number instead of being repeated.
public struct DecisionTreeRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, mermaid, dot
    }

    public let contract: DiagnosticContract
    public let wording: DiagnosisWording

    public init(contract: DiagnosticContract, wording: DiagnosisWording) {
        self.contract = contract
        self.wording = wording
    }

    public func render(_ tree: DecisionTree, format: Format) -> String {
        switch format {
        case .text: return text(tree)
        case .mermaid: return mermaid(tree)
        case .dot: return dot(tree)
        }
    }

    private func questionText(_ fact: String) -> String {
        contract.fact(fact).map { wording.question($0).text } ?? fact
    }

    private func label(_ value: String, _ fact: String) -> String {
        contract.fact(fact).map { wording.label(value, of: $0) } ?? value
    }

    private func resultText(_ findings: [Finding]) -> String {
        findings.map { finding in
            let title = contract.cause(finding.cause).map { wording.cause($0).title } ?? finding.cause
            return "\(title) [\(finding.cause)]" + (finding.certainty == .possible ? " (возможно)" : "")
        }.joined(separator: "; ")
    }

    private func answers(_ fact: String) -> [String] {
        contract.fact(fact)?.answerIDs ?? []
    }

    // MARK: Text

    private func text(_ tree: DecisionTree) -> String {
        var out = ""
        var printed = Set<Int>()
        func walk(_ index: Int, depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            switch tree.nodes[index] {
            case .result(let findings):
                out += "\(indent)⇒ \(resultText(findings))\n"
            case .question(let fact, let children):
                if !printed.insert(index).inserted {
                    out += "\(indent)→ см. [\(index + 1)]\n"
                    return
                }
                out += "\(indent)[\(index + 1)] \(questionText(fact))\n"
                for (value, child) in zip(answers(fact), children) {
                    out += "\(indent)  «\(label(value, fact))»:\n"
                    walk(child, depth: depth + 2)
                }
            }
        }
        walk(tree.root, depth: 0)
        return out
    }

    // MARK: Mermaid

    private func mermaid(_ tree: DecisionTree) -> String {
        var out = "flowchart TD\n"
        for (index, node) in tree.nodes.enumerated() {
            switch node {
            case .question(let fact, let children):
                out += "  n\(index)[\"\(mermaidEscape(questionText(fact)))\"]\n"
                for (value, child) in zip(answers(fact), children) {
                    out += "  n\(index) -->|\"\(mermaidEscape(label(value, fact)))\"| n\(child)\n"
                }
            case .result(let findings):
                out += "  n\(index)([\"\(mermaidEscape(resultText(findings)))\"])\n"
            }
        }
        return out
    }

    private func mermaidEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;")
    }

    // MARK: DOT

    private func dot(_ tree: DecisionTree) -> String {
        var out = "digraph diagnosis {\n  node [fontname=\"sans-serif\"];\n"
        for (index, node) in tree.nodes.enumerated() {
            switch node {
            case .question(let fact, let children):
                out += "  n\(index) [shape=box, label=\(JSONText.quote(questionText(fact)))];\n"
                for (value, child) in zip(answers(fact), children) {
                    out += "  n\(index) -> n\(child) [label=\(JSONText.quote(label(value, fact)))];\n"
                }
            case .result(let findings):
                out += "  n\(index) [shape=ellipse, label=\(JSONText.quote(resultText(findings)))];\n"
            }
        }
        return out + "}\n"
    }
}
