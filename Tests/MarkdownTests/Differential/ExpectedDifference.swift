/// A difference between Spravka and a reference that is not a bug in Spravka, with the
/// section of CommonMark 0.31.2 (or of the GFM spec) that decides it. Three kinds:
///
/// - `.olderSpec`: the reference implements an older spec (cmark 0.30.2 is CommonMark 0.30;
///   cmark-gfm 0.29.0.gfm.6 is CommonMark 0.29), and 0.31.2 changed the rule.
/// - `.referenceBug`: the reference contradicts the spec's text, which is quoted; where the
///   peer's own regression file (kept under Fixtures/peers/) expects Spravka's output, the
///   bug is fixed in a later release of the reference.
/// - `.beyondSpec`: the reference does something the spec does not ask for.
///
/// Each entry names the inputs it covers by source and number; recombinations of a spec
/// example inside containers inherit its entry. Nothing else is excused.
struct ExpectedDifference {
    enum Kind { case olderSpec, referenceBug, beyondSpec }

    var kind: Kind
    var reference: String
    var inputs: [String: Set<Int>]
    var section: String
    var reason: String

    static func find(_ input: DifferentialInput, reference: String) -> ExpectedDifference? {
        all.first { $0.reference == reference && $0.inputs[input.source]?.contains(input.number) == true }
    }

    static let all: [ExpectedDifference] = [
        ExpectedDifference(
            kind: .olderSpec, reference: "cmark",
            inputs: ["spec-0.31.2.json": [354], "commonmark.js/regression.txt": [34], "markdown-it/commonmark_extras.txt": [61]],
            section: "§2.1 Characters and lines (Unicode punctuation character)",
            reason: "0.31 counts the Unicode symbol categories (S) as punctuation for flanking, so `*£*bravo` and `a**∇a**a` hold no emphasis; cmark 0.30 counts only P"),
        ExpectedDifference(
            kind: .olderSpec, reference: "cmark",
            inputs: ["spec-0.31.2.json": [625, 626], "commonmark.js/regression.txt": [32]],
            section: "§6.6 Raw HTML (HTML comment)",
            reason: "0.31 takes an HTML comment as `<!-->`, `<!--->` or `<!--` … `-->` with any text between, as HTML does; cmark 0.30 forbids `--` inside and `>` or `->` at the start"),
        ExpectedDifference(
            kind: .olderSpec, reference: "cmark",
            inputs: ["cmark/regression.txt": [18, 21], "commonmark.js/regression.txt": [24, 31]],
            section: "§6.6 Raw HTML (declaration)",
            reason: "0.31: a declaration is `<!`, an ASCII letter, any characters but `>`, and `>` (`<!A>`, `<!x>`); cmark 0.30 asks for uppercase letters and whitespace after them"),
        ExpectedDifference(
            kind: .olderSpec, reference: "cmark",
            inputs: ["cmark/regression.txt": [17], "commonmark.js/regression.txt": [23], "markdown-it/commonmark_extras.txt": [67]],
            section: "§4.6 HTML blocks (start condition 4)",
            reason: "0.31: `<!` followed by an ASCII letter starts an HTML block (`<!docType html>`, `<!bar baz>`, which also interrupts a paragraph); cmark 0.30 asks for an uppercase letter"),
        ExpectedDifference(
            kind: .referenceBug, reference: "cmark",
            inputs: ["cmark/regression.txt": [19], "commonmark.js/regression.txt": [27]],
            section: "§6.2 Emphasis and strong emphasis (rules 9 and 10, the multiple-of-3 rule; the process, `openers_bottom`)",
            reason: "in `__!_!__` the inner `_` can both open and close, so it cannot pair with the length-2 run (1 + 2 is a multiple of 3) and stays text, while the outer `__` pair as strong emphasis; cmark 0.30.2 lowers its openers bottom past the outer `__` and leaves all of it text; cmark's own regression.txt now expects `<strong>!_!</strong>`"),
        ExpectedDifference(
            kind: .referenceBug, reference: "cmark",
            inputs: ["cmark/regression.txt": [23]],
            section: "§2.5 Entity and numeric character references",
            reason: "only invalid code points and U+0000 become U+FFFD; U+FFFE and U+FFFF are valid code points (noncharacters), and cmark 0.30.2 replaces them (cmark issue 548, fixed upstream: its regression.txt expects them kept)"),
        ExpectedDifference(
            kind: .referenceBug, reference: "cmark",
            inputs: ["cmark/regression.txt": [24]],
            section: "§4.7 Link reference definitions; §6.3 Links (link title)",
            reason: "in `[f]: z \"\\\"` the `\\\"` is an escaped quote, so the title is never closed and the line is no definition; cmark 0.30.2 takes `\\` as the title (cmark issue 607, fixed upstream)"),
        ExpectedDifference(
            kind: .referenceBug, reference: "cmark",
            inputs: ["cmark/regression.txt": [26]],
            section: "§4.6 HTML blocks (start condition 5)",
            reason: "condition 5 is the string `<![CDATA[`, matched as written (conditions 1, 6 and 7 say case-insensitive, 5 does not); cmark 0.30.2 also takes `<![cdata[` (cmark issue 611, fixed upstream)"),
        ExpectedDifference(
            kind: .referenceBug, reference: "cmark",
            inputs: ["commonmark.js/regression.txt": [30]],
            section: "§4.7 Link reference definitions",
            reason: "`\"\"third` is no title (text follows it on the line), so the definition `[test]:example` has none and no `title` attribute is written; cmark 0.30.2 keeps the failed title (here `title=\"\"`; the differential fuzzer finds the same with `[baz]: /burl` then `\"r\"ba`, where cmark writes `title=\"r\"`) (commonmark.js's regression.txt expects no title)"),
        ExpectedDifference(
            kind: .referenceBug, reference: "cmark",
            inputs: ["markdown-it/commonmark_extras.txt": [12, 13], "markdown-it/xss.txt": [3]],
            section: "§2.4 Backslash escapes",
            reason: "`\\&` is an escaped `&`, so `\\&quot;` is the text `&quot;`, not a reference, in link destinations, titles and info strings too (\"Backslash escapes work in all other contexts, including URLs and link titles, link references, and info strings\"); cmark 0.30.2 decodes the reference after removing the backslash (markdown-it's fixtures expect Spravka's output)"),
        ExpectedDifference(
            kind: .beyondSpec, reference: "cmark-gfm",
            inputs: ["markdown-it/linkify.txt": [14]],
            section: "GFM 0.29-gfm §6.9 Autolinks (extension)",
            reason: "cmark-gfm 0.29.0.gfm.6 also links `mailto:` and `xmpp:` before an address (with quirks: `mailto:@b.c` is a link, `xmpp:a@b.c/` is not); the GFM spec defines www, URL and email autolinks only"),
    ]
}
