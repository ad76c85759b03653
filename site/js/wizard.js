// "Не получается войти?" — the self-service wizard for parents, a thin face over the
// browser's diagnostic engine (engine.js, loaded before this file): it asks the region's
// questions in the parents' wording (/NN/diagnose/texts.json), stops at the first fix and
// offers «Проверить остальные причины» to go on to the full result. Without JavaScript the
// page shows a decision table instead.
//
// Expects: <div id="wizard" data-contract="/diagnose/contract.json" data-texts="/55/diagnose/texts.json">
// and the static table in <div id="wizard-static">, hidden once the wizard runs.
(function (global) {
  "use strict";

  var Engine = global.SpravkaEngine;
  var host = document.getElementById("wizard");
  if (!host || !global.fetch || !Engine) return;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) { node.setAttribute(key, attrs[key]); }
    if (text) node.textContent = text;
    return node;
  }

  function load(url) {
    return fetch(url).then(function (r) { if (!r.ok) throw new Error(url); return r.json(); });
  }

  Promise.all([load(host.getAttribute("data-contract")), load(host.getAttribute("data-texts"))]).then(function (data) {
    var engine = new Engine(data[0]), texts = data[1];
    // The answers in the order given: [{fact, value}]; back pops the last one.
    var path = [];
    // The number of answers when «Проверить остальные причины» was pressed: from there the
    // interview goes on to the full result; null while it stops at the first fix.
    var restFrom = null;
    function mode() { return restFrom === null ? Engine.FIRST_FIX : Engine.ALL; }
    var staticTable = document.getElementById("wizard-static");
    engine.nextQuestion({}); // fails here, before the table is hidden, if the contract is broken
    if (staticTable) staticTable.hidden = true;

    function answers(list) {
      var given = {};
      list.forEach(function (a) { given[a.fact] = a.value; });
      return given;
    }

    function render() {
      host.textContent = "";
      var given = answers(path);
      var fact = engine.nextQuestion(given, mode());
      if (fact === null) { renderResult(engine.evaluate(given, mode()), given); } else { renderQuestion(fact, given); }
      var heading = host.querySelector("legend, h2");
      if (heading && path.length > 0) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
    }

    // Back from the first question after «Проверить остальные причины» shows the first fix
    // again; otherwise it takes back the last answer.
    function back() {
      if (restFrom !== null && path.length === restFrom) { restFrom = null; render(); return; }
      if (path.length > 0) { path.pop(); render(); }
    }

    // The usual length is filled in just after the page shows the question: on a slow phone
    // the first plans take a moment, and the question need not wait for them.
    function later(fill) { setTimeout(fill, 0); }

    function renderQuestion(fact, given) {
      var until = mode();
      var words = texts.questions[fact] || { text: fact, options: {} };
      var number = path.length + 1;
      var form = el("form", { "class": "wizard-step", novalidate: "" });
      var fieldset = el("fieldset");
      fieldset.appendChild(el("legend", {}, words.text));
      var meta = el("p", { "class": "meta" }, "Вопрос " + number + ".");
      fieldset.appendChild(meta);
      later(function () { meta.textContent = "Вопрос " + number + ". До ответа " + Engine.lengthWording(engine.length(given, until)) + "."; });
      var options = el("div", { "class": "options" });
      var values = engine.answers(fact);
      values.forEach(function (value, i) {
        var id = "answer-" + number + "-" + i;
        var label = el("label", { "for": id });
        var input = el("input", { type: "radio", name: "answer", id: id, value: value });
        if (i === 0) input.required = true;
        label.appendChild(input);
        label.appendChild(document.createTextNode(words.options[value] || (i === values.length - 1 ? "Не знаю" : value)));
        options.appendChild(label);
      });
      fieldset.appendChild(options);
      if (words.hint) {
        var details = el("details");
        details.appendChild(el("summary", {}, "Как это проверить?"));
        var hint = el("div");
        hint.innerHTML = words.hint;
        details.appendChild(hint);
        fieldset.appendChild(details);
      }
      form.appendChild(fieldset);
      var error = el("p", { "class": "note", role: "alert", hidden: "" }, "Выберите ответ. Если не уверены — «Не знаю».");
      form.appendChild(error);
      var actions = el("div", { "class": "actions" });
      if (path.length > 0 || restFrom !== null) {
        var previous = el("button", { type: "button", "class": "secondary" }, "Назад");
        previous.addEventListener("click", back);
        actions.appendChild(previous);
      }
      actions.appendChild(el("button", { type: "submit" }, "Далее"));
      form.appendChild(actions);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var chosen = form.querySelector("input[name=answer]:checked");
        if (!chosen) {
          error.textContent = "Выберите ответ. Если не уверены — «Не знаю».";
          error.hidden = false;
          return;
        }
        var next = path.concat([{ fact: fact, value: chosen.value }]);
        try {
          engine.complete(answers(next));
        } catch (e) {
          if (!(e instanceof Engine.ContradictionError)) throw e;
          // As the operator's interview: the answer contradicts an earlier one.
          error.textContent = "Этот ответ противоречит одному из прежних. Выберите другой или вернитесь назад.";
          error.hidden = false;
          return;
        }
        path = next;
        render();
      });
      host.appendChild(form);
    }

    function card(finding, number, brief) {
      var words = texts.causes[finding.cause] || { title: finding.cause };
      var box = el("section", { "class": "cause" + (finding.certainty === "possible" ? " possible" : "") });
      box.appendChild(el("h3", {}, (number ? number + ". " : "") + words.title));
      if (finding.certainty === "possible") {
        var checks = finding.toCheck.map(function (fact) { return (texts.questions[fact] || {}).text || fact; });
        box.appendChild(el("p", {}, "Возможно. " + (words.check || "") + (checks.length ? " Уточните: " + checks.join(" ") : "")));
      }
      if (words.fixBy) box.appendChild(el("p", {}, "Кто исправляет: " + words.fixBy + "."));
      // At a first fix, a cause still to check is only named, with how to check it.
      if (words.remedy && !brief) { var remedy = el("div"); remedy.innerHTML = words.remedy; box.appendChild(remedy); }
      if (words.article) {
        var link = el("a", { href: words.article }, "Подробная инструкция: " + (words.articleTitle || words.title));
        var p = el("p"); p.appendChild(link); box.appendChild(p);
      }
      return box;
    }

    function renderResult(evaluation, given) {
      var findings = evaluation.findings;
      var box = el("div", { "class": "result" });
      box.appendChild(el("h2", {}, findings.length > 1 ? "Что мешает войти — по порядку" : "Что мешает войти"));
      var numbered = findings.length > 1;
      if (evaluation.stoppedAtFirstFix) {
        // The certain cause, the possible ones earlier in the order to fix first, the later
        // ones for when signing in still fails.
        var before = [], certain = [], after = [];
        findings.forEach(function (finding, n) {
          var entry = { finding: finding, number: n + 1 };
          if (finding.certainty === "certain") certain.push(entry);
          else if (certain.length === 0) before.push(entry);
          else after.push(entry);
        });
        var found = certain.map(function (e) { return "«" + ((texts.causes[e.finding.cause] || {}).title || e.finding.cause) + "»"; });
        box.appendChild(el("p", { "class": "lead" }, "Найдена причина: " + found.join(", ") + "."
          + (before.length ? " Сначала проверьте то, что по порядку стоит раньше: это исправить быстрее." : "")));
        if (before.length) {
          box.appendChild(el("h3", {}, "Сначала проверьте"));
          before.forEach(function (e) { box.appendChild(card(e.finding, e.number, true)); });
        }
        certain.forEach(function (e) { box.appendChild(card(e.finding, e.number, false)); });
        if (after.length) {
          box.appendChild(el("h3", {}, "Если после этого войти не получится"));
          after.forEach(function (e) { box.appendChild(card(e.finding, e.number, true)); });
        }
      } else {
        findings.forEach(function (finding, n) { box.appendChild(card(finding, numbered ? n + 1 : 0, false)); });
      }
      var actions = el("div", { "class": "actions no-print" });
      if (evaluation.stoppedAtFirstFix) {
        var rest = el("button", { type: "button" }, "Проверить остальные причины");
        later(function () { rest.textContent = "Проверить остальные причины (" + Engine.lengthWording(engine.length(given, Engine.ALL)) + ")"; });
        rest.addEventListener("click", function () { restFrom = path.length; render(); });
        actions.appendChild(rest);
      }
      var previous = el("button", { type: "button", "class": "secondary" }, "Назад");
      previous.addEventListener("click", back);
      var againAttributes = { type: "button" };
      if (evaluation.stoppedAtFirstFix) againAttributes["class"] = "secondary";
      var again = el("button", againAttributes, "Начать заново");
      again.addEventListener("click", function () { path = []; restFrom = null; render(); });
      actions.appendChild(previous);
      actions.appendChild(again);
      box.appendChild(actions);
      host.appendChild(box);
    }

    render();
  }).catch(function () {
    // The static table stays (or becomes again) visible.
    var staticTable = document.getElementById("wizard-static");
    if (staticTable) staticTable.hidden = false;
  });
})(typeof window !== "undefined" ? window : globalThis);
