// Lists every reachable interview state with the browser's engine (site/js/engine.js), in both
// modes, in the format and order of the Swift side (Tests/SiteBuilderTests/Wizard/
// WizardEnumeration.swift), and compares it line by line with the Swift engine's list (see
// scripts/check-wizard-js.sh).
//
//   node scripts/check-wizard-js.js CONTRACT.json SWIFT-ENUMERATION.txt   compare; exit 1 on a difference
//   node scripts/check-wizard-js.js CONTRACT.json                          print the JS enumeration
'use strict';
const fs = require('fs');
const { Engine } = require('../site/js/engine.js');

const [contractPath, swiftPath] = process.argv.slice(2);
if (!contractPath) { console.error('usage: check-wizard-js.js CONTRACT.json [SWIFT-ENUMERATION.txt]'); process.exit(2); }
const contract = JSON.parse(fs.readFileSync(contractPath, 'utf8'));
const started = process.hrtime.bigint();
const engine = new Engine(contract);
const factIDs = contract.facts.map((f) => f.id);
const factIndex = new Map(factIDs.map((id, i) => [id, i]));
const causeIndex = new Map(contract.causes.map((c, i) => [c.id, i]));
const weighted = Object.keys(contract.weights || {}).length > 0;

function key(answers) {
  const parts = [];
  for (const id of factIDs) if (Object.prototype.hasOwnProperty.call(answers, id)) parts.push(id + '=' + answers[id]);
  return parts.join(',');
}
function describe(evaluation) {
  let out = evaluation.stoppedAtFirstFix ? 'F' : evaluation.isSettled ? 'S' : 'O';
  for (const f of evaluation.findings) {
    out += ' ' + causeIndex.get(f.cause);
    if (f.certainty === 'possible') out += '?' + f.toCheck.map((id) => factIndex.get(id)).join('.');
  }
  return out;
}

// The Swift side's lines, read in chunks (the file can be a hundred MB).
function lineReader(path) {
  const fd = fs.openSync(path, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let pending = '';
  let lines = [];
  let at = 0;
  let done = false;
  return {
    next() {
      while (at >= lines.length) {
        if (done) return null;
        const read = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0) { done = true; lines = pending ? [pending] : []; pending = ''; at = 0; continue; }
        const text = pending + chunk.toString('utf8', 0, read);
        const parts = text.split('\n');
        pending = parts.pop();
        lines = parts; at = 0;
      }
      return lines[at++];
    },
  };
}

const swift = swiftPath ? lineReader(swiftPath) : null;
let compared = 0;
let mismatch = null;
const out = [];
function emit(line, state) {
  if (!swift) {
    out.push(line);
    if (out.length >= 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
    return;
  }
  if (mismatch) return;
  const expected = swift.next();
  compared++;
  if (expected !== line) mismatch = { number: compared, js: line, swift: expected, state };
}

// One section: every state reachable from no answers in `until` mode; at a first-fix stop
// with causes still open, the same answers go on to the full result.
let states = 0;
function walk(until) {
  const paths = new Map();
  function visit(answers, mode) {
    const k = mode + '|' + key(answers);
    const known = paths.get(k);
    if (known !== undefined) return known;
    states++;
    const question = engine.nextQuestion(answers, mode);
    if (question === null) {
      const evaluation = engine.evaluate(answers, mode);
      emit('d\t' + describe(evaluation), k);
      let total = 1;
      if (evaluation.stoppedAtFirstFix) total += visit(answers, Engine.ALL);
      paths.set(k, total);
      return total;
    }
    const typical = engine.length(answers, mode).typical;
    const children = [];
    const refused = [];
    for (const value of engine.answers(question)) {
      const next = Object.assign({}, answers);
      next[question] = value;
      try {
        children.push(engine.complete(next));
      } catch (e) {
        if (!(e instanceof Engine.ContradictionError)) throw e;
        refused.push(value);
      }
    }
    let line = 'q' + factIndex.get(question) + ' ' + typical[0] + '-' + typical[1];
    if (mode === Engine.ALL) line += ' w' + engine.remainingQuestions(answers);
    if (refused.length) line += ' !' + refused.map((v) => engine.answers(question).indexOf(v)).join('.');
    emit(line, k);
    let total = 0;
    for (const child of children) total += visit(child, mode);
    paths.set(k, total);
    return total;
  }
  const before = states;
  emit('# until ' + until, '(section)');
  const total = visit({}, until);
  emit(`# states ${states - before} paths ${total}`, '(end of section)');
}

walk(Engine.ALL);
walk(Engine.FIRST_FIX);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const what = weighted ? 'with weights' : 'without weights';
if (!swift) {
  process.stdout.write(out.join('\n') + '\n');
  console.error(`JS engine enumeration ${what}: ${states} states in both modes, ${seconds.toFixed(1)} s`);
  process.exit(0);
}
if (!mismatch) {
  const extra = swift.next();
  if (extra !== null && extra !== '') mismatch = { number: compared + 1, js: '(end of the JS enumeration)', swift: extra };
}
console.log(`JS engine enumeration ${what}: ${states} states in both modes, ${seconds.toFixed(1)} s (Node ${process.version})`);
if (mismatch) {
  console.log(`engine.js differs from the Swift engine at line ${mismatch.number} (${mismatch.state || 'no answers'}):\n  js:    ${mismatch.js}\n  swift: ${mismatch.swift}`);
  console.log('(facts, answers and causes by their position in the contract; format in Tests/SiteBuilderTests/Wizard/WizardEnumeration.swift)');
  process.exit(1);
}
console.log(`engine.js agrees with the Swift engine ${what} on all ${states} states of both modes`);
