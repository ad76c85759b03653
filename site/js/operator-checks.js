// The operator's checks and texts in the browser, ports of the Swift code that `spravka
// diagnose`, `spravka snils` and `spravka compare-names` run, so that the operators' console
// (operator.js) says exactly what the terminal says:
//
//   Sources/Diagnosis/SNILS/SNILS.swift, Presentation/SNILSExplanation.swift  → explainSNILS
//   Sources/Diagnosis/Names/*.swift, Presentation/NameComparisonExplanation.swift → compareNames
//   Sources/Diagnosis/Interview/ImpliedAnswer.swift                           → implied*
//   Sources/Diagnosis/Presentation/PersonalDataMask.swift                     → maskPersonalData
//   Sources/Diagnosis/Presentation/DiagnosisReport.swift (ticketSummary)      → ticketSummary
//   Sources/Diagnosis/CallLog/CallRecord.swift (jsonLine)                     → callRecordLine
//
// Swift works on Characters (grapheme clusters) and compares strings by canonical
// equivalence; this port splits text with Intl.Segmenter and compares NFC forms. A Character's
// properties are its first scalar's, as in Swift (isLetter: Alphabetic, isWhitespace:
// White_Space). scripts/check-operator.py proves the verdicts equal the Swift ones on
// thousands of generated cases, and the summary equal to `--transcript`, in Chromium.
//
// Exposes `SpravkaChecks` in the page and to Node.
(function (global) {
  "use strict";

  var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("ru", { granularity: "grapheme" }) : null;
  function characters(text) {
    if (segmenter) return Array.from(segmenter.segment(text), function (s) { return s.segment; });
    return Array.from(text);
  }
  function nfc(text) { return text.normalize("NFC"); }
  function same(a, b) { return a === b || nfc(a) === nfc(b); }
  function oneOf(character, list) {
    for (var i = 0; i < list.length; i++) { if (same(character, list[i])) return true; }
    return false;
  }
  var WHITESPACE = /^\p{White_Space}/u, ALPHABETIC = /^\p{Alphabetic}/u, UPPERCASE = /^\p{Uppercase}$/u;
  function isWhitespace(c) { return WHITESPACE.test(c); }
  function isLetter(c) { return ALPHABETIC.test(c); }
  function isASCIIDigit(c) { return c.length === 1 && c >= "0" && c <= "9"; }
  function isASCIILetter(c) { return /^[A-Za-z]$/.test(c); }
  function isUpper(c) {
    if (Array.from(c).length === 1) return UPPERCASE.test(c);
    return c.toUpperCase() === c && c.toLowerCase() !== c;
  }
  function isCyrillic(c) {
    return Array.from(c).some(function (s) { var v = s.codePointAt(0); return v >= 0x400 && v <= 0x4FF; });
  }

  // --- SNILS.swift, SNILSExplanation.swift

  var SNILS_SEPARATORS = ["-", "‐", "‑", "‒", "–", "—", "―", "−", "_"];
  var LAST_UNCHECKED = 1001998;
  function checkNumber(nine) {
    var sum = 0;
    for (var i = 0; i < 9; i++) sum += nine[i] * (9 - i);
    if (sum < 100) return sum;
    if (sum <= 101) return 0;
    var remainder = sum % 101;
    return remainder === 100 ? 0 : remainder;
  }
  function snilsNumber(digits) { var n = 0; for (var i = 0; i < 9; i++) n = n * 10 + digits[i]; return n; }
  function snilsIsChecked(digits) { return snilsNumber(digits) > LAST_UNCHECKED; }
  function snilsIsValid(digits) { return !snilsIsChecked(digits) || digits[9] * 10 + digits[10] === checkNumber(digits); }
  function twoDigits(n) { return n < 10 ? "0" + n : String(n); }
  // The plural form as engine.js chooses it (loaded first in the page; required in Node).
  var plural = global.SpravkaEngine ? global.SpravkaEngine.plural
    : typeof require === "function" ? require("./engine.js").Engine.plural : null;
  function digitsWord(count) { return plural(count, "цифра", "цифры", "цифр"); }

  /// {message, isValid}: isValid is true, false, or null when the text is not a SNILS.
  function explainSNILS(text) {
    var digits = [];
    var chars = characters(text);
    for (var offset = 0; offset < chars.length; offset++) {
      var c = chars[offset];
      if (isASCIIDigit(c)) { digits.push(c.charCodeAt(0) - 48); continue; }
      if (isWhitespace(c) || oneOf(c, SNILS_SEPARATORS)) continue;
      return { message: "Это не СНИЛС: символ «" + c + "» на " + (offset + 1) + "-м месте. Нужно 11 цифр, можно с пробелами и дефисами.", isValid: null };
    }
    if (digits.length === 0) return { message: "СНИЛС не введён: нужно 11 цифр.", isValid: null };
    if (digits.length !== 11) return { message: "Это не СНИЛС: " + digits.length + " " + digitsWord(digits.length) + ", а нужно 11.", isValid: null };
    if (!snilsIsChecked(digits)) return { message: "Номер до 001-001-998: контрольное число у таких номеров не проверяется.", isValid: true };
    var given = digits[9] * 10 + digits[10];
    if (snilsIsValid(digits)) {
      return { message: "Контрольное число " + twoDigits(given) + " верное: СНИЛС набран без ошибок в контрольной сумме.", isValid: true };
    }
    var message = "Контрольное число неверное: введено " + twoDigits(given) + ", а для этих девяти цифр должно быть " + twoDigits(checkNumber(digits)) + ".";
    var places = [];
    for (var i = 0; i < 10; i++) {
      if (digits[i] === digits[i + 1]) continue;
      var swapped = digits.slice();
      swapped[i] = digits[i + 1]; swapped[i + 1] = digits[i];
      if (snilsIsChecked(swapped) && snilsIsValid(swapped)) places.push((i + 1) + "-я и " + (i + 2) + "-я");
    }
    if (places.length === 0) {
      message += " Перестановкой двух соседних цифр ошибку не объяснить: сверьте номер цифру за цифрой.";
    } else {
      message += " Возможно, переставлены соседние цифры: " + places.join("; ") + ".";
    }
    return { message: message, isValid: false };
  }

  // --- NameComparer.swift, TypedName.swift, NameDifference.swift

  var LOOKALIKES = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к"
  };
  var DASHES = ["‐", "‑", "‒", "–", "—", "―", "−", "-"];
  var APOSTROPHES = ["'", "’", "ʼ", "`", "."];
  function lookalike(c) { return Object.prototype.hasOwnProperty.call(LOOKALIKES, c) ? LOOKALIKES[c] : null; }
  function fold(c) {
    var result = lookalike(c) || c;
    if (same(result, "ё") || same(result, "Ё")) result = "е";
    return result.toLowerCase();
  }

  function typedName(text, number) {
    var chars = characters(text);
    var words = [], irregularities = [], current = [], pendingHyphenJoin = false;
    var hasCyrillic = chars.some(isCyrillic);
    function word(letters) {
      return {
        letters: letters,
        text: letters.map(function (l) { return l.character; }).join(""),
        key: nfc(letters.map(function (l) { return fold(l.character); }).join(""))
      };
    }
    function finishWord() { if (current.length === 0) return; words.push(word(current)); current = []; }
    for (var offset = 0; offset < chars.length; offset++) {
      var c = chars[offset], position = offset + 1;
      if (isWhitespace(c)) { if (!pendingHyphenJoin) finishWord(); continue; }
      if (oneOf(c, DASHES)) {
        if (c !== "-") irregularities.push({ kind: "hyphen", name: number, position: position, character: c });
        var spaceBefore = offset > 0 && isWhitespace(chars[offset - 1]);
        var spaceAfter = offset + 1 < chars.length && isWhitespace(chars[offset + 1]);
        if (spaceBefore || spaceAfter) irregularities.push({ kind: "spaceAroundHyphen", name: number, position: position });
        if (current.length === 0 && words.length > 0) current = words.pop().letters;
        current.push({ character: "-", position: position });
        pendingHyphenJoin = true;
        continue;
      }
      var cyrillic = lookalike(c);
      if (cyrillic !== null && hasCyrillic) {
        irregularities.push({ kind: "latinLookalike", name: number, position: position, latin: c, cyrillic: cyrillic });
      } else if (isASCIILetter(c) && hasCyrillic) {
        irregularities.push({ kind: "latinLetter", name: number, position: position, letter: c });
      }
      pendingHyphenJoin = false;
      current.push({ character: c, position: position });
    }
    finishWord();
    return { words: words, irregularities: spacing(chars, number).concat(irregularities) };
  }

  function spacing(chars, number) {
    var result = [];
    var first = -1, last = -1;
    for (var i = 0; i < chars.length; i++) { if (!isWhitespace(chars[i])) { if (first < 0) first = i; last = i; } }
    if (first < 0) return result;
    if (first > 0) result.push({ kind: "spacing", name: number, position: 1, spacing: "leading" });
    for (var index = first; index <= last; index++) {
      if (isWhitespace(chars[index]) && isWhitespace(chars[index - 1])) {
        result.push({ kind: "spacing", name: number, position: index + 1, spacing: "doubled" });
      }
    }
    if (last < chars.length - 1) result.push({ kind: "spacing", name: number, position: last + 2, spacing: "trailing" });
    chars.forEach(function (c, offset) {
      if (isWhitespace(c) && c !== " ") result.push({ kind: "spacing", name: number, position: offset + 1, spacing: "unusual", character: c });
    });
    return result;
  }

  function unusable(name) {
    var letters = 0, chars = characters(name);
    for (var offset = 0; offset < chars.length; offset++) {
      var c = chars[offset];
      if (isLetter(c)) { letters += 1; continue; }
      if (isWhitespace(c) || oneOf(c, DASHES) || oneOf(c, APOSTROPHES)) continue;
      return { kind: "unexpectedCharacter", character: c, position: offset + 1 };
    }
    return letters === 0 ? { kind: "empty" } : null;
  }

  function letterDifferences(left, right) {
    var result = [];
    var count = Math.min(left.letters.length, right.letters.length);
    for (var i = 0; i < count; i++) {
      var l = left.letters[i], r = right.letters[i];
      var lc = l.character, rc = r.character;
      if (same(lc, rc)) continue;
      var lYo = oneOf(lc, ["ё", "Ё"]), rYo = oneOf(rc, ["ё", "Ё"]);
      if (lYo !== rYo) result.push({ kind: "yoVersusYe", position1: l.position, position2: r.position, yoIn: lYo ? 1 : 2 });
      var lFolded = fold(lc), rFolded = fold(rc);
      if (same(lFolded, rFolded) && isLetter(lFolded) && isUpper(lc) !== isUpper(rc)) {
        result.push({ kind: "letterCase", position1: l.position, position2: r.position });
      }
    }
    return result;
  }

  function keysEqual(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) return false; }
    return true;
  }

  function missingPatronymic(a, b) {
    if (a.length === 3 && b.length === 2 && keysEqual(a.slice(0, 2), b)) return 2;
    if (b.length === 3 && a.length === 2 && keysEqual(b.slice(0, 2), a)) return 1;
    return null;
  }

  /// {kind: "identical"} | {kind: "different", differences} | {kind: "unusable", name, reason}
  function compareNames(first, second) {
    var problem = unusable(first);
    if (problem) return { kind: "unusable", name: 1, reason: problem };
    problem = unusable(second);
    if (problem) return { kind: "unusable", name: 2, reason: problem };
    if (same(first, second)) return { kind: "identical" };
    var a = typedName(first, 1), b = typedName(second, 2);
    var differences = a.irregularities.concat(b.irregularities);
    var usedB = {};
    a.words.forEach(function (word) {
      for (var j = 0; j < b.words.length; j++) {
        if (!usedB[j] && b.words[j].key === word.key) {
          usedB[j] = true;
          differences = differences.concat(letterDifferences(word, b.words[j]));
          return;
        }
      }
    });
    var aKeys = a.words.map(function (w) { return w.key; }), bKeys = b.words.map(function (w) { return w.key; });
    var sameWords = keysEqual(aKeys.slice().sort(), bKeys.slice().sort());
    var missing;
    if (sameWords) {
      if (!keysEqual(aKeys, bKeys)) differences.push({ kind: "swappedOrder" });
    } else if ((missing = missingPatronymic(aKeys, bKeys)) !== null) {
      differences.push({ kind: "missingPatronymic", missingIn: missing });
    } else if (a.words.length === b.words.length) {
      for (var i = 0; i < a.words.length; i++) {
        if (aKeys[i] !== bKeys[i]) differences.push({ kind: "differentWord", word: i + 1, first: a.words[i].text, second: b.words[i].text });
      }
    } else {
      differences.push({ kind: "differentWordCount", first: a.words.length, second: b.words.length });
    }
    if (differences.length === 0) differences.push({ kind: "spacing", name: 2, position: 1, spacing: "unusual", character: " " });
    return { kind: "different", differences: differences };
  }

  // --- NameComparisonExplanation.swift

  function explainNames(comparison) {
    if (comparison.kind === "identical") return ["ФИО совпадают буква в букву."];
    if (comparison.kind === "unusable") {
      if (comparison.reason.kind === "empty") return ["ФИО " + comparison.name + " пустое: в нём нет ни одной буквы."];
      return ["В ФИО " + comparison.name + " символ «" + comparison.reason.character + "» на " + comparison.reason.position
        + "-м месте: в ФИО бывают только буквы, пробелы и дефисы."];
    }
    return comparison.differences.map(differenceLine);
  }

  function differenceLine(d) {
    switch (d.kind) {
      case "latinLookalike":
        return "ФИО " + d.name + ", " + d.position + "-й символ: латинская «" + d.latin + "» вместо русской «" + d.cyrillic + "» — на вид одинаковы, но для Дневник.ру это разные буквы.";
      case "latinLetter":
        return "ФИО " + d.name + ", " + d.position + "-й символ: латинская буква «" + d.letter + "» среди русских.";
      case "yoVersusYe":
        var other = d.yoIn === 1 ? 2 : 1;
        var yo = d.yoIn === 1 ? d.position1 : d.position2, ye = d.yoIn === 1 ? d.position2 : d.position1;
        return "В ФИО " + d.yoIn + " «ё» (" + yo + "-й символ), а в ФИО " + other + " — «е» (" + ye + "-й символ).";
      case "spacing":
        if (d.spacing === "leading") return "ФИО " + d.name + ": пробел в начале.";
        if (d.spacing === "trailing") return "ФИО " + d.name + ": пробел в конце (с " + d.position + "-го символа).";
        if (d.spacing === "doubled") return "ФИО " + d.name + ": два пробела подряд (" + d.position + "-й символ).";
        var code = d.character.codePointAt(0).toString(16).toUpperCase();
        while (code.length < 4) code = "0" + code;
        return "ФИО " + d.name + ", " + d.position + "-й символ: необычный пробел (U+" + code + ") вместо обычного.";
      case "hyphen":
        return "ФИО " + d.name + ", " + d.position + "-й символ: тире или другой знак «" + d.character + "» вместо обычного дефиса «-».";
      case "spaceAroundHyphen":
        return "ФИО " + d.name + ": пробел рядом с дефисом (" + d.position + "-й символ); в двойной фамилии или имени пробелов у дефиса нет.";
      case "letterCase":
        return "Заглавная и строчная буква различаются: " + d.position1 + "-й символ ФИО 1 и " + d.position2 + "-й символ ФИО 2.";
      case "missingPatronymic":
        return "В ФИО " + d.missingIn + " нет отчества, а в другом оно есть.";
      case "swappedOrder":
        return "Те же слова в другом порядке: фамилия, имя и отчество переставлены.";
      case "differentWord":
        var what = d.word === 1 ? "Фамилия" : d.word === 2 ? "Имя" : d.word === 3 ? "Отчество" : "Слово " + d.word;
        return what + " различается по буквам: «" + d.first + "» и «" + d.second + "».";
      case "differentWordCount":
        return "Разное число слов: " + d.first + " и " + d.second + ".";
    }
    return "";
  }

  // --- ImpliedAnswer.swift

  function impliedAfterNameComparison(comparison) {
    if (comparison.kind === "identical") return "yes";
    if (comparison.kind === "different") return "no";
    return null;
  }
  function impliedAfterSNILSCheck(fact, isValid) {
    if (fact === "snils_in_dnevnik" && isValid !== null) return "yes";
    if (fact === "snils_match" && isValid === false) return "no";
    return null;
  }
  var SNILS_FACTS = ["snils_in_dnevnik", "snils_match"], NAME_FACTS = ["fio_match"];

  // --- PersonalDataMask.swift

  var MINIMUM_DIGITS = 7;
  var RUN_CHARACTERS = [" ", "-", "‐", "‑", "–", "—", "(", ")"];
  function maskPersonalData(text) {
    var chars = characters(text), output = "", index = 0;
    function isRunStart(c) { return c === "+" || c === "(" || isASCIIDigit(c); }
    function isRunCharacter(c) { return isASCIIDigit(c) || oneOf(c, RUN_CHARACTERS); }
    while (index < chars.length) {
      if (!isRunStart(chars[index])) { output += chars[index]; index += 1; continue; }
      var end = index, digits = 0, lastDigit = index;
      while (end < chars.length && (isRunCharacter(chars[end]) || (end === index && chars[end] === "+"))) {
        if (isASCIIDigit(chars[end])) { digits += 1; lastDigit = end; }
        end += 1;
      }
      if (digits >= MINIMUM_DIGITS) {
        for (var p = index; p <= lastDigit; p++) output += isASCIIDigit(chars[p]) ? "•" : chars[p];
        index = lastDigit + 1;
      } else {
        output += chars[index];
        index += 1;
      }
    }
    return output;
  }

  // --- DiagnosisReport.ticketSummary and Evaluation.stages

  function stages(findings) {
    var seenCertain = false;
    return findings.map(function (f) {
      if (f.certainty === "certain") { seenCertain = true; return "certain"; }
      return seenCertain ? "after" : "before";
    });
  }

  /// `texts`: the region's /operator/NN.json; `given` and `steps`: [{fact, value}] (given in
  /// the contract's order); `evaluation`: the engine's.
  function ticketSummary(texts, given, steps, evaluation) {
    var out = "";
    if (texts.code) out += ("Регион: " + texts.code + " " + (texts.name || "")).replace(/ +$/, "") + "\n";
    out += "Вопросы и ответы:\n";
    given.concat(steps).forEach(function (step) {
      var question = texts.questions[step.fact];
      if (!question) return;
      var label = Object.prototype.hasOwnProperty.call(question.options, step.value) ? question.options[step.value] : step.value;
      out += "- " + question.text + " — " + label + "\n";
    });
    out += "Причины:\n";
    var stageOf = stages(evaluation.findings);
    evaluation.findings.forEach(function (finding, index) {
      var cause = texts.causes[finding.cause];
      if (!cause) return;
      var certainty = finding.certainty === "certain" ? "точно" : "возможно";
      if (evaluation.stoppedAtFirstFix) {
        if (stageOf[index] === "before") certainty += " (проверить сначала)";
        if (stageOf[index] === "after") certainty += " (если после исправления войти не получится)";
      }
      out += "- " + cause.title + " [" + finding.cause + "] — " + certainty + "; действует: " + cause.fixBy + "\n";
    });
    if (evaluation.stoppedAtFirstFix) {
      out += "Опрос остановлен на первой найденной причине: остальные причины не проверены до конца.\n";
    }
    return maskPersonalData(out);
  }

  // --- CallRecord.jsonLine: ids only, answers in the contract's order, no whitespace.

  function callRecordLine(factOrder, date, region, answers, causes, questions) {
    var members = [];
    factOrder.forEach(function (fact) {
      if (Object.prototype.hasOwnProperty.call(answers, fact)) members.push(JSON.stringify(fact) + ":" + JSON.stringify(answers[fact]));
    });
    return "{\"v\":1,\"date\":" + JSON.stringify(date) + ",\"region\":" + (region === null ? "null" : JSON.stringify(region))
      + ",\"answers\":{" + members.join(",") + "},\"causes\":[" + causes.map(function (c) { return JSON.stringify(c); }).join(",")
      + "],\"questions\":" + questions + "}";
  }

  /// Today where the computer is, YYYY-MM-DD (CallRecord.today).
  function today(now) {
    var d = now || new Date();
    function two(n) { return n < 10 ? "0" + n : String(n); }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  var Checks = {
    explainSNILS: explainSNILS,
    compareNames: compareNames,
    explainNames: explainNames,
    impliedAfterNameComparison: impliedAfterNameComparison,
    impliedAfterSNILSCheck: impliedAfterSNILSCheck,
    SNILS_FACTS: SNILS_FACTS,
    NAME_FACTS: NAME_FACTS,
    maskPersonalData: maskPersonalData,
    ticketSummary: ticketSummary,
    callRecordLine: callRecordLine,
    today: today
  };
  global.SpravkaChecks = Checks;
  if (typeof module !== "undefined" && module.exports) { module.exports = Checks; }
})(typeof window !== "undefined" ? window : globalThis);
