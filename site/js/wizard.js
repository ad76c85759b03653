// "Не получается войти?" — the self-service wizard. It walks the interview graph that
// `spravka build` computes with the same engine as `spravka diagnose` (/diagnose/tree.json),
// so every path gives the engine's answer; the words come from the region's texts
// (/NN/diagnose/texts.json). Without JavaScript the page shows a decision table instead.
//
// Expects: <div id="wizard" data-tree="/diagnose/tree.json" data-texts="/55/diagnose/texts.json">
// and the static table in <div id="wizard-static">, hidden once the wizard runs.
(function (global) {
  "use strict";

  // The pure part, shared with the Node check (scripts/check-wizard-js.js).
  var Core = {
    isResult: function (node) { return !Array.isArray(node); },
    question: function (tree, index) {
      var node = tree.nodes[index];
      return { fact: tree.facts[node[0]], depth: node[1], values: tree.values[node[0]], children: node.slice(2) };
    },
    answer: function (tree, index, valueIndex) { return tree.nodes[index][2 + valueIndex]; },
    findings: function (tree, index) {
      return tree.nodes[index].r.map(function (f) {
        return { cause: tree.causes[f[0]], certainty: f[1] ? "certain" : "possible",
                 toCheck: f[2].map(function (i) { return tree.facts[i]; }) };
      });
    }
  };
  if (typeof module !== "undefined" && module.exports) { module.exports = Core; }
  if (typeof document === "undefined") return;

  var host = document.getElementById("wizard");
  if (!host || !global.fetch) return;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) { node.setAttribute(key, attrs[key]); }
    if (text) node.textContent = text;
    return node;
  }

  function load(url) {
    return fetch(url).then(function (r) { if (!r.ok) throw new Error(url); return r.json(); });
  }

  Promise.all([load(host.getAttribute("data-tree")), load(host.getAttribute("data-texts"))]).then(function (data) {
    var tree = data[0], texts = data[1];
    var path = [tree.root];
    var staticTable = document.getElementById("wizard-static");
    if (staticTable) staticTable.hidden = true;

    function render() {
      host.textContent = "";
      var index = path[path.length - 1];
      if (Core.isResult(tree.nodes[index])) { renderResult(index); } else { renderQuestion(index); }
      var heading = host.querySelector("legend, h2");
      if (heading && path.length > 1) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
    }

    function back() { if (path.length > 1) { path.pop(); render(); } }

    function renderQuestion(index) {
      var q = Core.question(tree, index);
      var words = texts.questions[q.fact] || { text: q.fact, options: {} };
      var form = el("form", { "class": "wizard-step", novalidate: "" });
      var fieldset = el("fieldset");
      fieldset.appendChild(el("legend", {}, words.text));
      fieldset.appendChild(el("p", { "class": "meta" },
        "Вопрос " + path.length + ". Осталось не больше " + q.depth + " " + plural(q.depth) + "."));
      var options = el("div", { "class": "options" });
      q.values.forEach(function (value, i) {
        var id = "answer-" + index + "-" + i;
        var label = el("label", { "for": id });
        var input = el("input", { type: "radio", name: "answer", id: id, value: String(i) });
        if (i === 0) input.required = true;
        label.appendChild(input);
        label.appendChild(document.createTextNode(words.options[value] || value));
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
      if (path.length > 1) {
        var previous = el("button", { type: "button", "class": "secondary" }, "Назад");
        previous.addEventListener("click", back);
        actions.appendChild(previous);
      }
      actions.appendChild(el("button", { type: "submit" }, "Далее"));
      form.appendChild(actions);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var chosen = form.querySelector("input[name=answer]:checked");
        if (!chosen) { error.hidden = false; return; }
        path.push(Core.answer(tree, index, Number(chosen.value)));
        render();
      });
      host.appendChild(form);
    }

    function renderResult(index) {
      var box = el("div", { "class": "result" });
      var findings = Core.findings(tree, index);
      box.appendChild(el("h2", {}, findings.length > 1 ? "Что мешает войти — по порядку" : "Что мешает войти"));
      findings.forEach(function (finding, n) {
        var words = texts.causes[finding.cause] || { title: finding.cause };
        var card = el("section", { "class": "cause" + (finding.certainty === "possible" ? " possible" : "") });
        card.appendChild(el("h3", {}, (findings.length > 1 ? (n + 1) + ". " : "") + words.title));
        if (finding.certainty === "possible") {
          var checks = finding.toCheck.map(function (fact) { return (texts.questions[fact] || {}).text || fact; });
          card.appendChild(el("p", {}, "Возможно. " + (words.check || "") + (checks.length ? " Уточните: " + checks.join(" ") : "")));
        }
        if (words.fixBy) card.appendChild(el("p", {}, "Кто исправляет: " + words.fixBy + "."));
        if (words.remedy) { var remedy = el("div"); remedy.innerHTML = words.remedy; card.appendChild(remedy); }
        if (words.article) {
          var link = el("a", { href: words.article }, "Подробная инструкция: " + (words.articleTitle || words.title));
          var p = el("p"); p.appendChild(link); card.appendChild(p);
        }
        box.appendChild(card);
      });
      var actions = el("div", { "class": "actions no-print" });
      var previous = el("button", { type: "button", "class": "secondary" }, "Назад");
      previous.addEventListener("click", back);
      var again = el("button", { type: "button" }, "Начать заново");
      again.addEventListener("click", function () { path = [tree.root]; render(); });
      actions.appendChild(previous);
      actions.appendChild(again);
      box.appendChild(actions);
      host.appendChild(box);
    }

    function plural(n) {
      var mod10 = n % 10, mod100 = n % 100;
      if (mod10 === 1 && mod100 !== 11) return "вопроса";
      return "вопросов";
    }

    render();
  }).catch(function () { /* the static table stays visible */ });
})(typeof window !== "undefined" ? window : globalThis);
