/// `/operator/`: the operators' console, the interview of `spravka diagnose` in the browser of
/// a hotline's desktop (site/js/operator.js over the shared engine, site/js/engine.js). Linked
/// from no page, kept out of the sitemap and search engines (`noindex`, robots.txt).
///
/// The page is a frame: the script fills in the region, the questions and the result. The
/// checks, the ticket summary and the call log are plain forms and buttons the script wires up;
/// nothing typed leaves the page. Without JavaScript the page says so and points to the CLI.
/// Words: `pages/operator.md`.
struct OperatorPage {
    let site: SiteModel

    private var words: PageWords { site.words(.operatorConsole) }

    func render() -> String {
        func text(_ key: String) -> String { words.html(key) }
        let main = """
        <h1>\(text("heading"))</h1>
        <p class="lead">\(text("lead"))</p>
        <noscript><p class="note">\(text("noscript"))</p></noscript>
        <div id="console" class="console" data-contract="\(SiteModel.wizardContractPath)" data-regions="\(SiteModel.operatorRegionsPath)" data-texts="\(SiteModel.operatorTextsPattern)" hidden>
        <div id="console-messages"></div>
        <div class="console-grid">
        <section class="console-call" aria-labelledby="call-heading">
        <h2 id="call-heading">\(text("call_heading"))</h2>
        <div id="console-region"></div>
        <fieldset id="console-mode" class="mode">
        <legend>\(text("mode_legend"))</legend>
        <label><input type="radio" name="until" value="first-fix" checked> \(text("mode_first_fix"))</label>
        <label><input type="radio" name="until" value="all"> \(text("mode_all"))</label>
        </fieldset>
        <div id="console-step"></div>
        <p id="console-announce" class="visually-hidden" aria-live="polite"></p>
        <p class="actions"><button type="button" id="console-new" class="secondary">\(text("new_call"))</button></p>
        </section>
        <div class="console-side">
        <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">\(text("checks_heading"))</h2>
        <p class="meta">\(text("checks_note"))</p>
        <form id="check-snils" class="check" autocomplete="off">
        <label for="snils-input">\(text("snils_label"))</label>
        <input id="snils-input" name="snils" inputmode="numeric" autocomplete="off" spellcheck="false">
        <button type="submit">\(text("snils_button"))</button>
        </form>
        <form id="check-names" class="check" autocomplete="off">
        <label for="fio-1">\(text("fio_1_label"))</label>
        <input id="fio-1" name="fio1" autocomplete="off" spellcheck="false">
        <label for="fio-2">\(text("fio_2_label"))</label>
        <input id="fio-2" name="fio2" autocomplete="off" spellcheck="false">
        <button type="submit">\(text("fio_button"))</button>
        </form>
        <div id="check-result" aria-live="polite"></div>
        </section>
        <section id="summary-section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">\(text("summary_heading"))</h2>
        <p id="summary-empty" class="meta">\(text("summary_empty"))</p>
        <pre id="summary" hidden></pre>
        <p class="actions"><button type="button" id="summary-copy" disabled>\(text("summary_copy"))</button> <button type="button" id="summary-print" class="secondary" disabled>\(text("summary_print"))</button></p>
        <p id="summary-status" class="meta" aria-live="polite"></p>
        </section>
        <section aria-labelledby="log-heading">
        <h2 id="log-heading">\(text("log_heading"))</h2>
        <p id="log-count" class="meta"></p>
        <p class="actions"><button type="button" id="log-download">\(text("log_download"))</button> <button type="button" id="log-clear" class="secondary">\(text("log_clear"))</button></p>
        <p class="meta">\(text("log_note"))</p>
        </section>
        <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">\(text("keys_heading"))</h2>
        <dl class="keys">
        <dt>1–9</dt><dd>\(text("key_answer"))</dd>
        <dt>0</dt><dd>\(text("key_unknown"))</dd>
        <dt>?</dt><dd>\(text("key_hint"))</dd>
        <dt>Backspace</dt><dd>\(text("key_back"))</dd>
        <dt>с, ф</dt><dd>\(text("key_checks"))</dd>
        <dt>Enter</dt><dd>\(text("key_accept"))</dd>
        <dt>п</dt><dd>\(text("key_rest"))</dd>
        <dt>Esc</dt><dd>\(text("key_new_call"))</dd>
        </dl>
        </section>
        </div>
        </div>
        </div>

        """
        return PageShell(
            title: words.plain("page_title"), description: words.plain("description"),
            path: SiteModel.operatorPath, region: nil, main: main, scripts: site.scripts(for: .operatorConsole),
            indexable: false, bodyClass: "console-page"
        ).render(site: site)
    }
}
