// The operators' console (/operator/): the interview of `spravka diagnose` for a hotline
// operator's browser, a thin face over the shared engine (engine.js) and the operator's
// checks and texts (operator-checks.js), both loaded before this file.
//
// It mirrors Sources/SpravkaCLI/Commands/InterviewSession.swift and DiagnoseCommand.swift:
// the questions in the operator's wording with numbered answers (the protocol's order, 1..n,
// «Не знаю» = 0), «обычно X–Y вопроса», `?` how to check, Backspace back, `с`/`ф` the SNILS and
// name checks with the answer they imply proposed (Enter takes it), `п` on from a first fix to
// the full result, Esc a new call with everything of the last one forgotten. The ticket
// summary is `--transcript`'s text; finished calls go to this browser's storage as
// `--log` lines, downloaded as .jsonl for `spravka stats`. Typed SNILS and names stay in the
// page and are cleared with the call. The address may carry `region=NN`, `until=` and known
// facts as `FACT=VALUE`, as a ticket system opens it (docs/operator-console.md).
(function (global) {
  "use strict";

  var Engine = global.SpravkaEngine, Checks = global.SpravkaChecks;
  var root = document.getElementById("console");
  if (!root || !Engine || !Checks || !global.fetch) return;

  var STORE_REGION = "spravka.operator.region", STORE_UNTIL = "spravka.operator.until", STORE_LOG = "spravka.operator.log";
  var RESERVED = { region: true, until: true };
  var KEYS = {
    back: ["Backspace"],
    hint: ["?", ","],
    rest: ["п", "g"],
    snils: ["с", "c", "s", "ы"],
    names: ["ф", "a", "f", "а"]
  };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) { node.setAttribute(key, attrs[key]); }
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function load(url) {
    return fetch(url).then(function (r) { if (!r.ok) throw new Error(url); return r.json(); });
  }
  // Storage may be switched off on a locked-down desktop: then nothing is remembered.
  function stored(key) { try { return global.localStorage.getItem(key); } catch (e) { return null; } }
  function store(key, value) {
    try { if (value === null) global.localStorage.removeItem(key); else global.localStorage.setItem(key, value); return true; } catch (e) { return false; }
  }
  var plural = Engine.plural;

  Promise.all([load(root.getAttribute("data-contract")), load(root.getAttribute("data-regions"))]).then(function (data) {
    var contract = data[0], regions = data[1].regions;
    var engine = new Engine(contract);
    var factOrder = contract.facts.map(function (f) { return f.id; });
    engine.nextQuestion({}); // fails here, before the console shows, if the contract is broken
    root.hidden = false;

    var messages = byId("console-messages"), regionBox = byId("console-region"), step = byId("console-step");
    var announce = byId("console-announce"), checkResult = byId("check-result");
    var summaryBox = byId("summary"), summaryEmpty = byId("summary-empty"), summaryStatus = byId("summary-status");
    var copyButton = byId("summary-copy"), printButton = byId("summary-print");

    // --- The call: everything here is forgotten by newCall().
    var call;
    function freshCall(given) {
      return {
        given: given || {},   // fact → value, from the address (never asked)
        path: [],             // [{fact, value}] asked and answered, in order
        restFrom: null,       // answers when «п» was pressed after a first fix
        proposal: null,       // the answer the last check implies
        logIndex: null        // this call's line in the log, while it shows a result
      };
    }
    var region = null, texts = null;
    var until = stored(STORE_UNTIL) === Engine.ALL ? Engine.ALL : Engine.FIRST_FIX;

    function mode() { return call.restFrom === null ? until : Engine.ALL; }
    function answers() {
      var all = {};
      Object.keys(call.given).forEach(function (fact) { all[fact] = call.given[fact]; });
      call.path.forEach(function (a) { all[a.fact] = a.value; });
      return all;
    }
    function givenSteps() {
      return factOrder.filter(function (f) { return Object.prototype.hasOwnProperty.call(call.given, f); })
        .map(function (f) { return { fact: f, value: call.given[f] }; });
    }

    // --- The address: region, until and known facts, each checked; problems shown.
    function readAddress() {
      var params = new URLSearchParams(global.location.search);
      var problems = [], given = {}, regionCode = null;
      params.forEach(function (value, key) {
        if (key === "region") { regionCode = value; return; }
        if (key === "until") {
          if (value === Engine.ALL || value === Engine.FIRST_FIX) { until = value; }
          else { problems.push("Параметр until=" + value + " не понят: бывает until=first-fix или until=all."); }
          return;
        }
        if (factOrder.indexOf(key) < 0) {
          problems.push("Параметр «" + key + "» не понят: такого вопроса нет. Бывают: region, until, " + factOrder.join(", ") + ".");
          return;
        }
        var valid = engine.answers(key);
        if (valid.indexOf(value) < 0) {
          problems.push("Ответ " + key + "=" + value + " не понят. Бывают: " + valid.join(", ") + ".");
          return;
        }
        if (Object.prototype.hasOwnProperty.call(given, key) && given[key] !== value) {
          problems.push("Вопрос " + key + " задан дважды: " + given[key] + " и " + value + "; взят первый.");
          return;
        }
        // Taken only if it agrees with the facts already taken.
        var trial = {};
        Object.keys(given).forEach(function (f) { trial[f] = given[f]; });
        trial[key] = value;
        try {
          engine.complete(trial);
          given[key] = value;
        } catch (e) {
          if (!(e instanceof Engine.ContradictionError)) throw e;
          problems.push("Ответ " + key + "=" + value + " противоречит другим из адреса (" + e.impliedBy + " даёт " + e.fact + "=" + e.implied + ") и не принят.");
        }
      });
      return { region: regionCode, given: given, problems: problems };
    }

    function showMessages(problems) {
      messages.textContent = "";
      if (problems.length === 0) return;
      var box = el("div", { "class": "note", role: "alert" });
      box.appendChild(el("p", {}, "В адресе консоли есть то, что не принято:"));
      var list = el("ul");
      problems.forEach(function (p) { list.appendChild(el("li", {}, p)); });
      box.appendChild(list);
      messages.appendChild(box);
    }

    // --- Region: chosen once (remembered on this computer) or given in the address.

    function findRegion(code) {
      for (var i = 0; i < regions.length; i++) { if (regions[i].code === code) return regions[i]; }
      return null;
    }

    function showRegionPicker(focus) {
      regionBox.textContent = "";
      step.textContent = "";
      var label = el("label", { "for": "region-filter" }, "Регион звонящего: код или название");
      var input = el("input", { id: "region-filter", type: "search", autocomplete: "off", "aria-describedby": "region-filter-help" });
      var help = el("p", { id: "region-filter-help", "class": "meta" }, "Enter выбирает первый регион из списка.");
      var list = el("ul", { "class": "region-list", id: "region-list" });
      function fill() {
        var query = input.value.trim().toLowerCase();
        list.textContent = "";
        regions.filter(function (r) {
          return query === "" || r.code.indexOf(query) === 0 || r.name.toLowerCase().indexOf(query) >= 0;
        }).forEach(function (r) {
          var item = el("li");
          var button = el("button", { type: "button", "class": "secondary", "data-code": r.code }, r.code + " " + r.name);
          button.addEventListener("click", function () { chooseRegion(r); });
          item.appendChild(button);
          list.appendChild(item);
        });
        if (!list.firstChild) list.appendChild(el("li", { "class": "meta" }, "Нет такого региона."));
      }
      input.addEventListener("input", fill);
      input.addEventListener("keydown", function (event) {
        if (event.key !== "Enter") return;
        event.preventDefault();
        var first = list.querySelector("button");
        if (first) chooseRegion(findRegion(first.getAttribute("data-code")));
      });
      regionBox.appendChild(label);
      regionBox.appendChild(input);
      regionBox.appendChild(help);
      regionBox.appendChild(list);
      fill();
      if (focus) input.focus();
    }

    function showRegion() {
      regionBox.textContent = "";
      var line = el("p", { "class": "region-current" });
      line.appendChild(el("strong", {}, "Регион: "));
      line.appendChild(document.createTextNode(region.code + " " + region.name + " "));
      var change = el("button", { type: "button", "class": "secondary", id: "region-change" }, "Сменить регион");
      change.addEventListener("click", function () { region = null; texts = null; newCall(false); showRegionPicker(true); });
      line.appendChild(change);
      regionBox.appendChild(line);
    }

    function chooseRegion(chosen) {
      if (!chosen) return;
      region = chosen;
      store(STORE_REGION, chosen.code);
      showRegion();
      if (chosen.use === "no") { texts = null; render(); return; }
      step.textContent = "";
      step.appendChild(el("p", { "class": "meta" }, "Загрузка вопросов…"));
      load(root.getAttribute("data-texts").replace("{code}", chosen.code)).then(function (loaded) {
        if (region !== chosen) return;
        texts = loaded;
        render();
      }).catch(function () {
        step.textContent = "";
        step.appendChild(el("p", { "class": "note", role: "alert" }, "Не удалось загрузить вопросы региона. Обновите страницу."));
      });
    }

    // --- The interview

    function render() {
      call.proposal = null;
      step.textContent = "";
      step.removeAttribute("data-fact");
      if (!region) return;
      if (region.use === "no") { renderNotApplicable(); return; }
      if (!texts) return;
      if (region.use === "partly") step.appendChild(noticeBlock(region.notice, "note"));
      var given = answers();
      var fact = engine.nextQuestion(given, mode());
      if (fact === null) { renderResult(given); } else { renderQuestion(fact, given); }
    }

    function noticeBlock(text, className) {
      var box = el("div", { "class": className });
      text.replace(/\n$/, "").split("\n").forEach(function (line) { box.appendChild(el("p", {}, line)); });
      return box;
    }

    function renderNotApplicable() {
      var heading = el("h3", { id: "step-heading", tabindex: "-1" }, "Опрос не нужен");
      step.appendChild(heading);
      step.appendChild(noticeBlock(region.notice, "notice"));
      setSummary(null);
      say(region.notice.split("\n")[0]);
    }

    function questionOf(fact) {
      return texts.questions[fact] || { text: fact, options: {}, hint: "" };
    }
    function labelOf(fact, value) {
      var options = questionOf(fact).options;
      return Object.prototype.hasOwnProperty.call(options, value) ? options[value] : value;
    }

    function renderQuestion(fact, given) {
      setSummary(null);
      unlog();
      var question = questionOf(fact);
      var number = call.path.length + 1;
      var length = Engine.lengthWording(engine.length(given, mode()));
      step.setAttribute("data-fact", fact);
      var heading = el("h3", { id: "step-heading", tabindex: "-1" }, "Вопрос " + number);
      heading.appendChild(el("span", { "class": "meta" }, " (до результата " + length + ")"));
      step.appendChild(heading);
      step.appendChild(el("p", { "class": "question", id: "question-text" }, question.text));
      var list = el("ol", { "class": "answers", "aria-labelledby": "question-text" });
      var values = engine.answers(fact);
      values.forEach(function (value, index) {
        var key = index === values.length - 1 ? 0 : index + 1;
        var item = el("li");
        var button = el("button", { type: "button", "class": "secondary", "data-value": value });
        button.appendChild(el("kbd", {}, String(key)));
        button.appendChild(document.createTextNode(" " + labelOf(fact, value)));
        button.addEventListener("click", function () { give(value); });
        item.appendChild(button);
        list.appendChild(item);
      });
      step.appendChild(list);
      var details = el("details", { id: "hint" });
      details.appendChild(el("summary", {}, "Как проверить (?)"));
      var hint = el("div");
      if (question.hint) { hint.innerHTML = question.hint; } else { hint.textContent = "Подсказки к этому вопросу нет."; }
      details.appendChild(hint);
      step.appendChild(details);
      step.appendChild(el("p", { id: "proposal", "class": "proposal", tabindex: "-1", hidden: "" }));
      step.appendChild(el("p", { id: "step-error", "class": "note", role: "alert", hidden: "" }));
      var actions = el("p", { "class": "actions" });
      if (call.path.length > 0 || call.restFrom !== null) {
        var back = el("button", { type: "button", "class": "secondary" }, "Назад (Backspace)");
        back.addEventListener("click", goBack);
        actions.appendChild(back);
      }
      if (Checks.SNILS_FACTS.indexOf(fact) >= 0) {
        var snils = el("button", { type: "button", "class": "secondary" }, "Проверить СНИЛС (с)");
        snils.addEventListener("click", function () { byId("snils-input").focus(); });
        actions.appendChild(snils);
      }
      if (Checks.NAME_FACTS.indexOf(fact) >= 0) {
        var names = el("button", { type: "button", "class": "secondary" }, "Сравнить ФИО (ф)");
        names.addEventListener("click", function () { byId("fio-1").focus(); });
        actions.appendChild(names);
      }
      if (actions.firstChild) step.appendChild(actions);
      say("Вопрос " + number + ". " + question.text);
    }

    function currentFact() {
      if (!region || region.use === "no" || !texts) return null;
      return engine.nextQuestion(answers(), mode());
    }

    function give(value) {
      var fact = currentFact();
      if (fact === null) return;
      var next = call.path.concat([{ fact: fact, value: value }]);
      var all = answers();
      all[fact] = value;
      try {
        engine.complete(all);
      } catch (e) {
        if (!(e instanceof Engine.ContradictionError)) throw e;
        var error = byId("step-error");
        error.textContent = "Этот ответ противоречит прежнему (" + e.impliedBy + " даёт " + e.fact + "=" + e.implied + "). Выберите другой или вернитесь назад (Backspace).";
        error.hidden = false;
        return;
      }
      call.path = next;
      render();
      focusStep();
    }

    function goBack() {
      if (call.restFrom !== null && call.path.length === call.restFrom) { call.restFrom = null; }
      else if (call.path.length > 0) { call.path.pop(); }
      else { return; }
      render();
      focusStep();
    }

    function checkTheRest() {
      var given = answers();
      if (mode() !== Engine.FIRST_FIX || engine.nextQuestion(given, mode()) !== null) return;
      if (!engine.evaluate(given, mode()).stoppedAtFirstFix) return;
      call.restFrom = call.path.length;
      render();
      focusStep();
    }

    function toggleHint() {
      var details = byId("hint");
      if (!details) return;
      details.open = !details.open;
      if (details.open) details.querySelector("summary").focus();
    }

    function propose(value) {
      call.proposal = value;
      var fact = currentFact();
      var box = byId("proposal");
      if (!box || fact === null) return;
      if (value === null) { box.hidden = true; return; }
      var values = engine.answers(fact);
      var index = values.indexOf(value);
      var key = index === values.length - 1 ? 0 : index + 1;
      box.textContent = "Значит, ответ: " + key + ". " + labelOf(fact, value) + ". Enter — принять, или нажмите другой ответ.";
      box.hidden = false;
      box.focus();
    }

    function card(finding, number, stopped) {
      var cause = texts.causes[finding.cause] || { title: finding.cause, fixBy: "", check: "", say: "", remedy: "", article: "" };
      var box = el("section", { "class": "cause" + (finding.certainty === "possible" ? " possible" : ""),
        "data-cause": finding.cause, "data-certainty": finding.certainty });
      box.appendChild(el("h4", {}, number + ". " + cause.title + " — " + (finding.certainty === "certain" ? "точно" : "возможно")));
      var lines = el("ul");
      lines.appendChild(el("li", {}, "Кто действует: " + cause.fixBy));
      if (finding.certainty === "possible" && cause.check) lines.appendChild(el("li", {}, "Проверить: " + cause.check));
      finding.toCheck.forEach(function (fact) { lines.appendChild(el("li", {}, "Не выяснено: " + questionOf(fact).text)); });
      var brief = stopped && finding.certainty === "possible";
      if (!brief && cause.say) lines.appendChild(el("li", {}, "Скажите звонящему: " + cause.say));
      if (cause.article) {
        var item = el("li", {}, "Статья: ");
        item.appendChild(el("a", { href: cause.article, target: "_blank", rel: "noopener" }, cause.article));
        lines.appendChild(item);
      }
      box.appendChild(lines);
      if (!brief && cause.remedy) {
        box.appendChild(el("p", { "class": "remedy-heading" }, "Что делать:"));
        var remedy = el("div", { "class": "remedy" });
        remedy.innerHTML = cause.remedy;
        box.appendChild(remedy);
      }
      return box;
    }

    function renderResult(given) {
      var evaluation = engine.evaluate(given, mode());
      var stopped = evaluation.stoppedAtFirstFix;
      var title = stopped ? "Итог: первая найденная причина" : "Итог";
      step.appendChild(el("h3", { id: "step-heading", tabindex: "-1" }, title));
      var stages = [], seenCertain = false;
      evaluation.findings.forEach(function (f) {
        if (f.certainty === "certain") { seenCertain = true; stages.push("certain"); } else { stages.push(seenCertain ? "after" : "before"); }
      });
      if (stopped) {
        var found = evaluation.findings.filter(function (f) { return f.certainty === "certain"; })
          .map(function (f) { return "«" + (texts.causes[f.cause] || { title: f.cause }).title + "»"; });
        step.appendChild(el("p", { "class": "lead" }, "Найдена причина: " + found.join(", ") + "."));
      }
      var shown = null;
      evaluation.findings.forEach(function (finding, index) {
        if (stopped && stages[index] !== shown) {
          shown = stages[index];
          if (shown === "before") step.appendChild(el("p", { "class": "stage" }, "Сначала проверьте:"));
          if (shown === "after") step.appendChild(el("p", { "class": "stage" }, "Если после этого войти не получится:"));
        }
        step.appendChild(card(finding, index + 1, stopped));
      });
      var actions = el("p", { "class": "actions" });
      if (stopped) {
        var rest = el("button", { type: "button", id: "check-rest" },
          "Проверить остальные причины (п, " + Engine.lengthWording(engine.length(given, Engine.ALL)) + ")");
        rest.addEventListener("click", checkTheRest);
        actions.appendChild(rest);
      }
      if (call.path.length > 0 || call.restFrom !== null) {
        var back = el("button", { type: "button", "class": "secondary" }, "Назад (Backspace)");
        back.addEventListener("click", goBack);
        actions.appendChild(back);
      }
      step.appendChild(actions);
      setSummary(Checks.ticketSummary(texts, givenSteps(), call.path, evaluation));
      logCall(given, evaluation);
      say(title + ". " + evaluation.findings.map(function (f) { return (texts.causes[f.cause] || { title: f.cause }).title; }).join("; "));
    }

    function focusStep() {
      var heading = byId("step-heading");
      if (heading) heading.focus();
    }
    function say(text) {
      announce.textContent = "";
      // A new text in the live region after a moment, so that it is announced even when
      // it repeats the last one.
      setTimeout(function () { announce.textContent = text; }, 30);
    }

    // --- Ticket summary

    var summaryText = null;
    function setSummary(text) {
      summaryText = text;
      summaryBox.textContent = text || "";
      summaryBox.hidden = text === null;
      summaryEmpty.hidden = text !== null;
      copyButton.disabled = text === null;
      printButton.disabled = text === null;
      summaryStatus.textContent = "";
    }
    copyButton.addEventListener("click", function () {
      if (summaryText === null) return;
      var text = summaryText;
      function done() { summaryStatus.textContent = "Сводка скопирована: вставьте её в заявку."; }
      function fallback() {
        var area = el("textarea", { "class": "visually-hidden", "aria-hidden": "true", tabindex: "-1" });
        area.value = text;
        document.body.appendChild(area);
        area.select();
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
        document.body.removeChild(area);
        copyButton.focus();
        if (ok) { done(); } else { summaryStatus.textContent = "Скопировать не удалось: выделите текст сводки и нажмите Ctrl+C."; }
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, fallback);
      } else {
        fallback();
      }
    });
    printButton.addEventListener("click", function () { global.print(); });

    // --- Call log: one `--log` line per finished call, in this browser only.

    var memoryLog = [];
    function logLines() {
      var text = stored(STORE_LOG);
      if (text === null) return memoryLog.slice();
      return text === "" ? [] : text.split("\n");
    }
    function saveLines(lines) {
      if (!store(STORE_LOG, lines.join("\n"))) memoryLog = lines.slice();
      showLogCount();
    }
    function logCall(given, evaluation) {
      var recorded = {};
      givenSteps().concat(call.path).forEach(function (a) { recorded[a.fact] = a.value; });
      var causes = evaluation.findings.filter(function (f) { return f.certainty === "certain"; }).map(function (f) { return f.cause; });
      var line = Checks.callRecordLine(factOrder, Checks.today(), region.code, recorded, causes, call.path.length);
      var lines = logLines();
      if (call.logIndex !== null && call.logIndex < lines.length) { lines[call.logIndex] = line; }
      else { call.logIndex = lines.length; lines.push(line); }
      saveLines(lines);
    }
    // Leaving a result for a question again: the call is not finished, so its line goes.
    function unlog() {
      if (call.logIndex === null) return;
      var lines = logLines();
      if (call.logIndex < lines.length) lines.splice(call.logIndex, 1);
      call.logIndex = null;
      saveLines(lines);
    }
    function showLogCount() {
      var n = logLines().length;
      byId("log-count").textContent = n === 0 ? "В журнале пока нет звонков." : "В журнале " + n + " " + plural(n, "звонок", "звонка", "звонков") + ".";
      byId("log-download").disabled = n === 0;
      byId("log-clear").disabled = n === 0;
    }
    byId("log-download").addEventListener("click", function () {
      var lines = logLines();
      if (lines.length === 0) return;
      var blob = new Blob([lines.join("\n") + "\n"], { type: "application/x-ndjson" });
      var link = el("a", { href: URL.createObjectURL(blob), download: "spravka-calls-" + Checks.today() + ".jsonl" });
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    });
    byId("log-clear").addEventListener("click", function () {
      var button = byId("log-clear");
      var n = logLines().length;
      var ask = el("div", { "class": "note", role: "alertdialog", "aria-labelledby": "log-clear-question" });
      ask.appendChild(el("p", { id: "log-clear-question" }, "Удалить из этого браузера " + n + " " + plural(n, "запись", "записи", "записей") + " журнала? Скачайте журнал, если он ещё нужен."));
      var yes = el("button", { type: "button", id: "log-clear-yes" }, "Да, очистить");
      var no = el("button", { type: "button", "class": "secondary", id: "log-clear-no" }, "Отмена");
      var actions = el("p", { "class": "actions" });
      actions.appendChild(yes);
      actions.appendChild(no);
      ask.appendChild(actions);
      function close() { ask.parentNode.removeChild(ask); button.hidden = false; button.focus(); }
      yes.addEventListener("click", function () { memoryLog = []; store(STORE_LOG, null); call.logIndex = null; showLogCount(); close(); });
      no.addEventListener("click", close);
      button.hidden = true;
      button.parentNode.parentNode.insertBefore(ask, button.parentNode.nextSibling);
      no.focus();
    });

    // --- Checks: SNILS and names, typed here only.

    byId("check-snils").addEventListener("submit", function (event) {
      event.preventDefault();
      var verdict = Checks.explainSNILS(byId("snils-input").value);
      checkResult.textContent = "";
      checkResult.appendChild(el("p", { "class": verdict.isValid === true ? "verdict ok" : "verdict" }, verdict.message));
      var fact = currentFact();
      if (fact !== null && Checks.SNILS_FACTS.indexOf(fact) >= 0) propose(Checks.impliedAfterSNILSCheck(fact, verdict.isValid));
    });
    byId("check-names").addEventListener("submit", function (event) {
      event.preventDefault();
      var comparison = Checks.compareNames(byId("fio-1").value, byId("fio-2").value);
      checkResult.textContent = "";
      var list = el("ul", { "class": "verdict" });
      Checks.explainNames(comparison).forEach(function (line) { list.appendChild(el("li", {}, line)); });
      checkResult.appendChild(list);
      var fact = currentFact();
      if (fact !== null && Checks.NAME_FACTS.indexOf(fact) >= 0) propose(Checks.impliedAfterNameComparison(comparison));
    });

    // --- A new call: everything of the last one forgotten.

    function newCall(keepFocus) {
      call = freshCall();
      ["snils-input", "fio-1", "fio-2"].forEach(function (id) { byId(id).value = ""; });
      checkResult.textContent = "";
      messages.textContent = "";
      setSummary(null);
      // The facts of the last ticket leave the address too.
      if (global.history && global.history.replaceState && global.location.search) {
        global.history.replaceState(null, "", global.location.pathname);
      }
      if (keepFocus === false) return;
      render();
      if (region) { focusStep(); } else { var filter = byId("region-filter"); if (filter) filter.focus(); }
    }
    byId("console-new").addEventListener("click", function () { newCall(); });

    Array.prototype.forEach.call(document.querySelectorAll("#console-mode input"), function (radio) {
      radio.checked = radio.value === until;
      radio.addEventListener("change", function () {
        if (!radio.checked) return;
        until = radio.value;
        store(STORE_UNTIL, until);
        call.restFrom = null;
        render();
      });
    });

    // --- Keyboard: the terminal's keys, wherever focus is but in a text field.

    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Escape") { event.preventDefault(); newCall(); return; }
      var target = event.target;
      var typing = target && (target.tagName === "INPUT" && target.type !== "radio" || target.tagName === "TEXTAREA");
      if (typing) return;
      var key = event.key;
      var lower = key.length === 1 ? key.toLowerCase() : key;
      var fact = currentFact();
      if (/^[0-9]$/.test(key) && fact !== null) {
        var values = engine.answers(fact);
        var number = Number(key);
        if (number > values.length - 1) return;
        event.preventDefault();
        give(values[number === 0 ? values.length - 1 : number - 1]);
        return;
      }
      if (KEYS.back.indexOf(key) >= 0) { event.preventDefault(); goBack(); return; }
      if (KEYS.hint.indexOf(key) >= 0) { event.preventDefault(); toggleHint(); return; }
      if (KEYS.rest.indexOf(lower) >= 0) { event.preventDefault(); checkTheRest(); return; }
      if (fact !== null && KEYS.snils.indexOf(lower) >= 0 && Checks.SNILS_FACTS.indexOf(fact) >= 0) {
        event.preventDefault(); byId("snils-input").focus(); return;
      }
      if (fact !== null && KEYS.names.indexOf(lower) >= 0 && Checks.NAME_FACTS.indexOf(fact) >= 0) {
        event.preventDefault(); byId("fio-1").focus(); return;
      }
      if (key === "Enter" && call.proposal !== null && fact !== null) {
        var interactive = target && /^(BUTTON|A|SUMMARY|SELECT)$/.test(target.tagName);
        if (!interactive) { event.preventDefault(); give(call.proposal); }
      }
    });

    // --- Start: the address first, then the remembered region.
    call = freshCall();
    var address = readAddress();
    call.given = address.given;
    showMessages(address.problems);
    Array.prototype.forEach.call(document.querySelectorAll("#console-mode input"), function (radio) { radio.checked = radio.value === until; });
    showLogCount();
    var chosen = address.region !== null ? findRegion(address.region) : findRegion(stored(STORE_REGION) || "");
    if (address.region !== null && chosen === null) {
      address.problems.push("Регион «" + address.region + "» не найден: выберите его из списка.");
      showMessages(address.problems);
    }
    if (chosen) { chooseRegion(chosen); } else { showRegionPicker(false); }
  }).catch(function (error) {
    var box = el("p", { "class": "note", role: "alert" }, "Консоль не загрузилась: " + (error && error.message ? error.message : error) + ". Обновите страницу.");
    root.parentNode.insertBefore(box, root);
  });
})(typeof window !== "undefined" ? window : globalThis);
