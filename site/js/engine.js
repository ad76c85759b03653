// The diagnostic engine in the browser: a line-by-line port of the engine of
// `spravka diagnose` (Sources/Diagnosis/Engine/: DiagnosticEngine, CompiledContract,
// CauseStatus, QuestionPlanner, FirstFixPlanner, InterviewLength) over the contract that
// `spravka build` writes (/diagnose/contract.json, see WizardContract.swift). Every path
// through the interview asks the same questions and gives the same findings as the Swift
// engine, in both modes (`--until all` and `--until first-fix`) and with the answer weights
// the contract carries; scripts/check-wizard-js.sh proves it by walking every interview state
// of both. Two thin faces use it: the parents' wizard (wizard.js) and the operators' console
// (operator.js). It draws nothing.
//
// Exposes `SpravkaEngine` (the constructor, with `lengthWording`) in the page, and
// `{ Engine }` to Node.
(function (global) {
  "use strict";

  // ---------------------------------------------------------------------------------------
  // The engine: a line-by-line port of DiagnosticEngine, CompiledContract, CauseStatus,
  // QuestionPlanner and FirstFixPlanner. A state is an array by fact of answer numbers (the
  // fact's values in the contract's order, then `unknown`), -1 while the fact is not known.
  // Bit sets of facts and causes are 32-bit integers, as in Swift. Floating-point sums and
  // products are made in the same order as in Swift, so that both give the same numbers.

  var RULED_OUT = 0, CERTAIN = 1, POSSIBLE = 2, OPEN = 3;
  var TOLERANCE = 1e-9;
  var ALL = "all", FIRST_FIX = "first-fix";

  function bit(i) { return (1 << i) >>> 0; }
  function lowestBit(x) { return x === 0 ? 32 : 31 - Math.clz32(x & -x); }
  function bits(x) { var out = []; while (x !== 0) { out.push(lowestBit(x)); x = (x & (x - 1)) >>> 0; } return out; }

  function ContradictionError(fact, value, impliedBy, implied) {
    this.name = "ContradictionError";
    this.fact = fact; this.value = value; this.impliedBy = impliedBy; this.implied = implied;
    this.message = "'" + fact + "=" + value + "' contradicts '" + impliedBy + "', which gives '" + fact + "=" + implied + "'";
  }
  function AnswerError(message) { this.name = "AnswerError"; this.message = message; }

  function Engine(contract) {
    var unknown = contract.unknown;
    var facts = contract.facts.map(function (f) {
      var answers = f.values.concat([unknown]);
      return { id: f.id, answers: answers, unknownAnswer: answers.length - 1 };
    });
    var factIndex = {};
    facts.forEach(function (f, i) { factIndex[f.id] = i; });
    var symptom = factIndex[contract.symptom];
    function compile(condition) {
      var fact = factIndex[condition.fact];
      var holds = facts[fact].answers.map(function (answer) {
        var listed = condition.values.indexOf(answer) >= 0;
        return condition.op === "!=" ? !listed : listed;
      });
      return { fact: fact, holds: holds };
    }
    var causes = [], fallback = null;
    contract.causes.forEach(function (c, index) {
      var conditions = c.conditions.map(compile);
      var support = 0;
      conditions.forEach(function (condition) { support = (support | bit(condition.fact)) >>> 0; });
      var symptomIncluded = null;
      if (c.symptoms !== null) {
        symptomIncluded = facts[symptom].answers.map(function (s) {
          return s === contract.other || s === unknown || c.symptoms.indexOf(s) >= 0;
        });
        support = (support | bit(symptom)) >>> 0;
      }
      var compiled = { contractIndex: index, id: c.id, symptomIncluded: symptomIncluded, conditions: conditions, support: support };
      if (c.fallback) { fallback = compiled; } else { causes.push(compiled); }
    });
    var implications = contract.implications.map(function (i) {
      var fact = factIndex[i.fact];
      return { condition: compile(i.when), fact: fact, answer: facts[fact].answers.indexOf(i.value) };
    });
    // AnswerWeights: by fact and answer, the share of calls giving it, or 1 for every answer
    // of a fact without weights (every combination of answers then counts once).
    var weights = contract.weights || {};
    var answerWeight = facts.map(function (f) {
      var counts = weights.hasOwnProperty(f.id) ? weights[f.id] : null;
      if (counts === null) return f.answers.map(function () { return 1; });
      var total = 0;
      for (var c = 0; c < counts.length; c++) total += counts[c];
      return counts.map(function (count) { return count / total; });
    });

    // Facts tied by implications, merged until nothing changes.
    var group = facts.map(function (f, i) { return bit(i); });
    var changed = true;
    while (changed) {
      changed = false;
      implications.forEach(function (implication) {
        var merged = (group[implication.condition.fact] | group[implication.fact]) >>> 0;
        bits(merged).forEach(function (fact) {
          if (group[fact] !== merged) { group[fact] = merged; changed = true; }
        });
      });
    }
    // For each fact, the consistent assignments of its group.
    var byGroup = {};
    var groupAssignments = facts.map(function (f, fact) {
      if (byGroup.hasOwnProperty(group[fact])) return byGroup[group[fact]];
      var all = [facts.map(function () { return 0; })];
      bits(group[fact]).forEach(function (member) {
        var next = [];
        all.forEach(function (partial) {
          facts[member].answers.forEach(function (a, answer) {
            var copy = partial.slice(); copy[member] = answer; next.push(copy);
          });
        });
        all = next;
      });
      var members = bits(group[fact]);
      var consistent = [];
      candidates: for (var a = 0; a < all.length; a++) {
        var assignment = all[a];
        var implied = 0;
        for (var i = 0; i < implications.length; i++) {
          var implication = implications[i];
          if ((group[fact] & bit(implication.fact)) === 0) continue;
          var value = assignment[implication.condition.fact];
          if (value === facts[implication.condition.fact].unknownAnswer || !implication.condition.holds[value]) continue;
          if (assignment[implication.fact] !== implication.answer) continue candidates;
          implied = (implied | bit(implication.fact)) >>> 0;
        }
        var weight = 1.0;
        for (var m = 0; m < members.length; m++) {
          if ((implied & bit(members[m])) === 0) weight *= answerWeight[members[m]][assignment[members[m]]];
        }
        consistent.push({ answers: assignment, weight: weight });
      }
      byGroup[group[fact]] = consistent;
      return consistent;
    });
    var fixOrder = contract.fixOrder;
    var fixRank = causes.map(function (cause) {
      var place = fixOrder.indexOf(cause.id);
      return (place < 0 ? fixOrder.length : place) * 1000 + cause.contractIndex;
    });
    var allCauses = 0;
    causes.forEach(function (c, i) { allCauses = (allCauses | bit(i)) >>> 0; });

    this.facts = facts;
    this.causes = causes;
    this.fallback = fallback;

    // --- CompiledContract / CauseStatus

    function status(cause, state) {
      var pending = false, uncertain = false;
      if (cause.symptomIncluded !== null) {
        var s = state[symptom];
        if (s >= 0) { if (!cause.symptomIncluded[s]) return RULED_OUT; } else { pending = true; }
      }
      for (var i = 0; i < cause.conditions.length; i++) {
        var condition = cause.conditions[i];
        var answer = state[condition.fact];
        if (answer < 0) { pending = true; continue; }
        if (answer === facts[condition.fact].unknownAnswer) { uncertain = true; }
        else if (!condition.holds[answer]) { return RULED_OUT; }
      }
      if (pending) return OPEN;
      return uncertain ? POSSIBLE : CERTAIN;
    }
    function pendingFacts(cause, state) {
      var pending = 0;
      bits(cause.support).forEach(function (fact) { if (state[fact] < 0) pending = (pending | bit(fact)) >>> 0; });
      return pending;
    }
    function fallbackStatus(state) {
      var anyOpen = false, anyPossible = false;
      for (var i = 0; i < causes.length; i++) {
        var s = status(causes[i], state);
        if (s === CERTAIN) return RULED_OUT;
        if (s === OPEN) anyOpen = true;
        if (s === POSSIBLE) anyPossible = true;
      }
      if (anyOpen) return OPEN;
      return anyPossible ? POSSIBLE : CERTAIN;
    }
    function isSettled(state) {
      for (var i = 0; i < causes.length; i++) { if (status(causes[i], state) === OPEN) return false; }
      return true;
    }
    function anyCertain(state, causeSet) {
      var list = bits(causeSet);
      for (var i = 0; i < list.length; i++) { if (status(causes[list[i]], state) === CERTAIN) return true; }
      return false;
    }
    // Applies implications until nothing changes: {state} or {conflict, state}.
    function close(input) {
      var state = input.slice();
      var again = true;
      while (again) {
        again = false;
        for (var i = 0; i < implications.length; i++) {
          var implication = implications[i];
          var conditionFact = implication.condition.fact;
          var value = state[conditionFact];
          if (value < 0 || value === facts[conditionFact].unknownAnswer || !implication.condition.holds[value]) continue;
          var current = state[implication.fact];
          if (current === implication.answer) continue;
          if (current >= 0 && current !== facts[implication.fact].unknownAnswer) return { conflict: implication, state: state };
          state[implication.fact] = implication.answer;
          again = true;
        }
      }
      return { state: state };
    }
    function applying(answer, fact, state) {
      var next = state.slice();
      next[fact] = answer;
      var closed = close(next);
      return closed.conflict ? null : closed.state;
    }
    function answerWeights(fact, state) {
      var weights = facts[fact].answers.map(function () { return 0; });
      var members = bits(group[fact]);
      var assignments = groupAssignments[fact];
      outer: for (var a = 0; a < assignments.length; a++) {
        var assignment = assignments[a].answers;
        for (var m = 0; m < members.length; m++) {
          var known = state[members[m]];
          if (known >= 0 && known !== assignment[members[m]]) continue outer;
        }
        weights[assignment[fact]] += assignments[a].weight;
      }
      return weights;
    }

    // --- QuestionPlanner

    var memo = {};
    function reach(factSet) {
      var result = factSet;
      bits(factSet).forEach(function (fact) { result = (result | group[fact]) >>> 0; });
      return result;
    }
    function relevantFacts(causeSet) {
      var result = 0;
      bits(causeSet).forEach(function (index) { result = (result | causes[index].support) >>> 0; });
      return reach(result);
    }
    function openComponents(state, causeSet) {
      var components = [];
      bits(causeSet).forEach(function (index) {
        var cause = causes[index];
        if (status(cause, state) !== OPEN) return;
        var pending = pendingFacts(cause, state);
        var merged = { causes: bit(index), pending: pending, reach: reach(pending) };
        components = components.filter(function (other) {
          if ((other.reach & merged.reach) === 0) return true;
          merged.causes = (merged.causes | other.causes) >>> 0;
          merged.pending = (merged.pending | other.pending) >>> 0;
          merged.reach = (merged.reach | other.reach) >>> 0;
          return false;
        });
        components.push(merged);
      });
      var again = true;
      while (again) {
        again = false;
        outer: for (var i = 0; i < components.length; i++) {
          for (var j = i + 1; j < components.length; j++) {
            if ((components[i].reach & components[j].reach) === 0) continue;
            components[i].causes = (components[i].causes | components[j].causes) >>> 0;
            components[i].pending = (components[i].pending | components[j].pending) >>> 0;
            components[i].reach = (components[i].reach | components[j].reach) >>> 0;
            components.splice(j, 1);
            again = true;
            break outer;
          }
        }
      }
      // Pending sets are disjoint, so their lowest facts differ and the order is total.
      return components.sort(function (a, b) { return lowestBit(a.pending) - lowestBit(b.pending); });
    }
    function plan(state, causeSet) {
      var components = openComponents(state, causeSet);
      if (components.length === 0) return { expected: 0, worst: 0, question: null };
      if (components.length > 1) {
        var total = { expected: 0, worst: 0, question: null };
        for (var c = 0; c < components.length; c++) {
          var part = plan(state, components[c].causes);
          total.expected += part.expected;
          total.worst += part.worst;
          if (total.question === null) total.question = part.question;
        }
        return total;
      }
      var component = components[0];
      var key = memoKey(state, component);
      var known = memo[key];
      if (known) return known;
      var result = best(state, component);
      memo[key] = result;
      return result;
    }
    // A component's memo key: its causes and the answers to the facts they depend on.
    function memoKey(state, component) {
      var mask = relevantFacts(component.causes);
      var key = component.causes + ":";
      for (var f = 0; f < facts.length; f++) { key += (mask & bit(f)) !== 0 ? String.fromCharCode(66 + state[f]) : "."; }
      return key;
    }
    // The answers to `fact` that can be given in `state`: each with its share of the calls
    // (by the answer weights; equal shares without any) and the state it leads to.
    function branches(fact, state) {
      var weights = answerWeights(fact, state);
      var total = 0;
      for (var w = 0; w < weights.length; w++) total += weights[w];
      var result = [];
      for (var answer = 0; answer < weights.length; answer++) {
        var weight = weights[answer];
        if (!(weight > 0 || total === 0)) continue;
        var next = applying(answer, fact, state);
        if (next === null) continue;
        result.push({ share: total === 0 ? 1.0 / weights.length : weight / total, next: next });
      }
      return result;
    }
    function best(state, component) {
      var chosen = null;
      var pending = bits(component.pending);
      for (var p = 0; p < pending.length; p++) {
        var fact = pending[p];
        var expected = 1.0, worst = 0;
        var options = branches(fact, state);
        for (var b = 0; b < options.length; b++) {
          var child = plan(options[b].next, component.causes);
          expected += options[b].share * child.expected;
          worst = Math.max(worst, child.worst);
        }
        var candidate = { expected: expected, worst: worst + 1, question: fact };
        if (chosen === null) { chosen = candidate; continue; }
        var better = candidate.expected < chosen.expected - TOLERANCE
          || (Math.abs(candidate.expected - chosen.expected) <= TOLERANCE && candidate.worst < chosen.worst);
        if (better) chosen = candidate;
      }
      return chosen || { expected: 0, worst: 0, question: null };
    }

    // --- FirstFixPlanner: F (cost) and P (success) by component, components by P / F.

    var ffMemo = {};
    function ffPrecedes(a, b) {
      var left = a.success * b.cost;
      var right = b.success * a.cost;
      return left - right > TOLERANCE;
    }
    function ffOrder(state, components) {
      var ordered = [];
      for (var c = 0; c < components.length; c++) {
        var entry = { component: components[c], value: ffValue(state, components[c]) };
        var position = ordered.length;
        while (position > 0 && ffPrecedes(entry.value, ordered[position - 1].value)) position--;
        ordered.splice(position, 0, entry);
      }
      return ordered;
    }
    function ffCombined(ordered) {
      var cost = 0.0, noneYet = 1.0;
      for (var e = 0; e < ordered.length; e++) {
        cost += noneYet * ordered[e].value.cost;
        noneYet *= 1 - ordered[e].value.success;
      }
      return { cost: cost, success: 1 - noneYet };
    }
    function ffCombinedAt(state, causeSet) {
      if (anyCertain(state, causeSet)) return { cost: 0, success: 1 };
      var components = openComponents(state, causeSet);
      if (components.length === 0) return { cost: 0, success: 0 };
      return ffCombined(ffOrder(state, components));
    }
    function ffValue(state, component) {
      var key = memoKey(state, component);
      var known = ffMemo[key];
      if (known) return known;
      var chosen = null;
      var pending = bits(component.pending);
      for (var p = 0; p < pending.length; p++) {
        var fact = pending[p];
        var cost = 1.0, success = 0.0;
        var options = branches(fact, state);
        for (var b = 0; b < options.length; b++) {
          var child = ffCombinedAt(options[b].next, component.causes);
          cost += options[b].share * child.cost;
          success += options[b].share * child.success;
        }
        if (chosen !== null && !(cost < chosen.cost - TOLERANCE)) continue;
        chosen = { cost: cost, success: success, question: fact };
      }
      var result = chosen || { cost: 0, success: 0, question: lowestBit(component.pending) };
      ffMemo[key] = result;
      return result;
    }
    function ffPlan(state) {
      if (anyCertain(state, allCauses)) return { expected: 0, question: null };
      var components = openComponents(state, allCauses);
      if (components.length === 0) return { expected: 0, question: null };
      var ordered = ffOrder(state, components);
      return { expected: ffCombined(ordered).cost, question: ordered[0].value.question };
    }

    // --- DiagnosticEngine on packed states

    function isFinished(state, until) {
      if (isSettled(state)) return true;
      return until === FIRST_FIX && anyCertain(state, allCauses);
    }
    function nextQuestionOf(state, until) {
      if (isFinished(state, until)) return null;
      if (state[symptom] < 0) return symptom;
      return until === FIRST_FIX ? ffPlan(state).question : plan(state, allCauses).question;
    }
    function expectedOf(state, until) {
      if (isFinished(state, until)) return 0;
      if (state[symptom] >= 0) return until === FIRST_FIX ? ffPlan(state).expected : plan(state, allCauses).expected;
      var expected = 1.0;
      var options = branches(symptom, state);
      for (var b = 0; b < options.length; b++) expected += options[b].share * expectedOf(options[b].next, until);
      return expected;
    }
    // InterviewLength: the expected count and the whole numbers on either side of it.
    function lengthOf(state, until) {
      var expected = expectedOf(state, until);
      var low = Math.floor(expected + 1e-9);
      var high = Math.max(low, Math.ceil(expected - 1e-9));
      return { expected: expected, typical: [low, high] };
    }
    function remainingOf(state) {
      if (isSettled(state)) return 0;
      if (state[symptom] >= 0) return plan(state, allCauses).worst;
      var worst = 0;
      var weights = answerWeights(symptom, state);
      for (var answer = 0; answer < weights.length; answer++) {
        if (!(weights[answer] > 0)) continue;
        var next = applying(answer, symptom, state);
        if (next === null) continue;
        worst = Math.max(worst, remainingOf(next));
      }
      return worst + 1;
    }
    function evaluateOf(state, until) {
      var stopped = until === FIRST_FIX && !isSettled(state) && anyCertain(state, allCauses);
      var ranked = [], settled = true;
      causes.forEach(function (cause, index) {
        var s = status(cause, state);
        if (s === OPEN && stopped) {
          var unsettled = [];
          cause.conditions.forEach(function (condition) {
            var answer = state[condition.fact];
            if ((answer < 0 || answer === facts[condition.fact].unknownAnswer) && unsettled.indexOf(condition.fact) < 0) unsettled.push(condition.fact);
          });
          unsettled.sort(function (a, b) { return a - b; });
          ranked.push({ rank: fixRank[index], finding: { cause: cause.id, certainty: "possible",
            toCheck: unsettled.map(function (f) { return facts[f].id; }) } });
          settled = false;
          return;
        }
        if (s === OPEN) { settled = false; return; }
        if (s === CERTAIN) { ranked.push({ rank: fixRank[index], finding: { cause: cause.id, certainty: "certain", toCheck: [] } }); return; }
        if (s === POSSIBLE) {
          var unknownFacts = [];
          cause.conditions.forEach(function (condition) {
            if (state[condition.fact] === facts[condition.fact].unknownAnswer && unknownFacts.indexOf(condition.fact) < 0) unknownFacts.push(condition.fact);
          });
          unknownFacts.sort(function (a, b) { return a - b; });
          ranked.push({ rank: fixRank[index], finding: { cause: cause.id, certainty: "possible",
            toCheck: unknownFacts.map(function (f) { return facts[f].id; }) } });
        }
      });
      ranked.sort(function (a, b) { return a.rank - b.rank; });
      var findings = ranked.map(function (r) { return r.finding; });
      if (fallback !== null) {
        var s = fallbackStatus(state);
        if (s === CERTAIN) findings.push({ cause: fallback.id, certainty: "certain", toCheck: [] });
        if (s === POSSIBLE) findings.push({ cause: fallback.id, certainty: "possible", toCheck: [] });
      }
      return { isSettled: settled, stoppedAtFirstFix: stopped, findings: findings };
    }

    // `fact → value` answers to a closed state; throws AnswerError or ContradictionError.
    function stateFor(answers) {
      var state = facts.map(function () { return -1; });
      Object.keys(answers).forEach(function (id) {
        if (!factIndex.hasOwnProperty(id)) throw new AnswerError("unknown fact '" + id + "'");
        var fact = factIndex[id];
        var answer = facts[fact].answers.indexOf(answers[id]);
        if (answer < 0) throw new AnswerError("unknown value '" + answers[id] + "' for fact '" + id + "'");
        state[fact] = answer;
      });
      var closed = close(state);
      if (closed.conflict) {
        var implication = closed.conflict, at = closed.state;
        var fact = facts[implication.fact], source = facts[implication.condition.fact];
        var current = at[implication.fact] >= 0 ? at[implication.fact] : implication.answer;
        var cause = at[implication.condition.fact] >= 0 ? at[implication.condition.fact] : source.unknownAnswer;
        throw new ContradictionError(fact.id, fact.answers[current], source.id + "=" + source.answers[cause], fact.answers[implication.answer]);
      }
      return closed.state;
    }
    function valuesOf(state) {
      var values = {};
      facts.forEach(function (f, i) { if (state[i] >= 0) values[f.id] = f.answers[state[i]]; });
      return values;
    }

    // --- Public API, as DiagnosticEngine's; `until` is "all" (the default) or "first-fix".
    this.complete = function (answers) { return valuesOf(stateFor(answers)); };
    this.nextQuestion = function (answers, until) { var q = nextQuestionOf(stateFor(answers), until || ALL); return q === null ? null : facts[q].id; };
    this.remainingQuestions = function (answers) { return remainingOf(stateFor(answers)); };
    this.length = function (answers, until) { return lengthOf(stateFor(answers), until || ALL); };
    this.evaluate = function (answers, until) { return evaluateOf(stateFor(answers), until || ALL); };
    // Every answer a question offers: the fact's values, then `unknown`.
    this.answers = function (factID) { return facts[factIndex[factID]].answers.slice(); };
  }
  Engine.ContradictionError = ContradictionError;
  Engine.AnswerError = AnswerError;
  Engine.ALL = ALL;
  Engine.FIRST_FIX = FIRST_FIX;

  // The Russian plural form for `n`, as RussianPlural.swift chooses it: «1 вопрос»,
  // «3 вопроса», «5 вопросов» (the console and the checks use it too).
  function plural(n, one, few, many) {
    var lastTwo = n % 100, last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 14) return many;
    if (last === 1) return one;
    if (last >= 2 && last <= 4) return few;
    return many;
  }
  Engine.plural = plural;
  // «обычно 3–4 вопроса», as InterviewLength+Wording.swift says it.
  function questionsWord(n) { return plural(n, "вопрос", "вопроса", "вопросов"); }
  function lengthWording(length) {
    var low = length.typical[0], high = length.typical[1];
    return "обычно " + (low === high ? String(high) : low + "–" + high) + " " + questionsWord(high);
  }
  Engine.lengthWording = lengthWording;

  global.SpravkaEngine = Engine;
  if (typeof module !== "undefined" && module.exports) { module.exports = { Engine: Engine }; }
})(typeof window !== "undefined" ? window : globalThis);
