/// `/operator/`: the operators' console, the interview of `spravka diagnose` in the browser of
/// a hotline's desktop (site/js/operator.js over the shared engine, site/js/engine.js). Linked
/// from no page, kept out of the sitemap and search engines (`noindex`, robots.txt).
///
/// The page is a frame: the script fills in the region, the questions and the result. The
/// checks, the ticket summary and the call log are plain forms and buttons the script wires up;
/// nothing typed leaves the page. Without JavaScript the page says so and points to the CLI.
struct OperatorPage {
    let site: SiteModel

    func render() -> String {
        let main = """
        <h1>Консоль оператора</h1>
        <p class="lead">Опрос звонящего, который не может войти в Дневник.ру: те же вопросы, причины и сводка, что у <code>spravka diagnose</code>. Всё введённое остаётся на этом компьютере.</p>
        <noscript><p class="note">Консоль работает только с включённым JavaScript. Без него тот же опрос ведёт программа <code>spravka diagnose</code>.</p></noscript>
        <div id="console" class="console" data-contract="\(SiteModel.wizardContractPath)" data-regions="\(SiteModel.operatorRegionsPath)" data-texts="\(SiteModel.operatorTextsPattern)" hidden>
        <div id="console-messages"></div>
        <div class="console-grid">
        <section class="console-call" aria-labelledby="call-heading">
        <h2 id="call-heading">Звонок</h2>
        <div id="console-region"></div>
        <fieldset id="console-mode" class="mode">
        <legend>Опрос</legend>
        <label><input type="radio" name="until" value="first-fix" checked> до первой найденной причины</label>
        <label><input type="radio" name="until" value="all"> все причины сразу</label>
        </fieldset>
        <div id="console-step"></div>
        <p id="console-announce" class="visually-hidden" aria-live="polite"></p>
        <p class="actions"><button type="button" id="console-new" class="secondary">Новый звонок (Esc)</button></p>
        </section>
        <div class="console-side">
        <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Проверки</h2>
        <p class="meta">Ничего из введённого не сохраняется и не отправляется; поля очищаются с новым звонком.</p>
        <form id="check-snils" class="check" autocomplete="off">
        <label for="snils-input">СНИЛС (клавиша «с» на вопросе о СНИЛС)</label>
        <input id="snils-input" name="snils" inputmode="numeric" autocomplete="off" spellcheck="false">
        <button type="submit">Проверить СНИЛС</button>
        </form>
        <form id="check-names" class="check" autocomplete="off">
        <label for="fio-1">ФИО на Госуслугах (клавиша «ф» на вопросе о ФИО)</label>
        <input id="fio-1" name="fio1" autocomplete="off" spellcheck="false">
        <label for="fio-2">ФИО в Дневник.ру</label>
        <input id="fio-2" name="fio2" autocomplete="off" spellcheck="false">
        <button type="submit">Сравнить ФИО</button>
        </form>
        <div id="check-result" aria-live="polite"></div>
        </section>
        <section id="summary-section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Сводка для заявки</h2>
        <p id="summary-empty" class="meta">Появится, когда опрос дойдёт до результата.</p>
        <pre id="summary" hidden></pre>
        <p class="actions"><button type="button" id="summary-copy" disabled>Скопировать сводку</button> <button type="button" id="summary-print" class="secondary" disabled>Напечатать</button></p>
        <p id="summary-status" class="meta" aria-live="polite"></p>
        </section>
        <section aria-labelledby="log-heading">
        <h2 id="log-heading">Журнал звонков</h2>
        <p id="log-count" class="meta"></p>
        <p class="actions"><button type="button" id="log-download">Скачать журнал</button> <button type="button" id="log-clear" class="secondary">Очистить журнал</button></p>
        <p class="meta">Журнал хранится только в этом браузере: коды ответов и причин, без имён, СНИЛС и телефонов. Файл читает <code>spravka stats</code>.</p>
        </section>
        <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Клавиши</h2>
        <dl class="keys">
        <dt>1–9</dt><dd>ответ</dd>
        <dt>0</dt><dd>«Не знаю»</dd>
        <dt>?</dt><dd>как проверить</dd>
        <dt>Backspace</dt><dd>назад</dd>
        <dt>с, ф</dt><dd>проверить СНИЛС, сравнить ФИО</dd>
        <dt>Enter</dt><dd>принять предложенный ответ</dd>
        <dt>п</dt><dd>проверить остальные причины</dd>
        <dt>Esc</dt><dd>новый звонок: всё о прежнем забыто</dd>
        </dl>
        </section>
        </div>
        </div>
        </div>

        """
        return PageShell(
            title: "Консоль оператора", description: "Опрос звонящего о входе в Дневник.ру для операторов горячей линии.",
            path: SiteModel.operatorPath, region: nil, main: main, scripts: site.scripts(for: .operatorConsole),
            indexable: false, bodyClass: "console-page"
        ).render(site: site)
    }
}
