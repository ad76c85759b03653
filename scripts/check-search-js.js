// Replays the Swift search's recorded answers through site/js/search.js (see
// scripts/check-search-js.sh). Prints every mismatch and "N passed, N failed".
'use strict';
const fs = require('fs');
const path = require('path');
const search = require('../site/js/search.js');

const fixtures = path.join(__dirname, '..', 'Tests', 'SiteBuilderTests', 'Fixtures', 'Search');
let passed = 0;
let failed = 0;
function check(what, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) { passed++; return; }
  failed++;
  if (failed <= 50) console.log(`mismatch: ${what}\n  js:    ${a}\n  swift: ${e}`);
}

for (const line of fs.readFileSync(path.join(fixtures, 'stems.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [word, snowball, stem] = line.split('\t');
  check(`snowballStem(${word})`, search.snowballStem(word), snowball);
  check(`stem(${word})`, search.stem(word), stem);
}

const cases = JSON.parse(fs.readFileSync(path.join(fixtures, 'search-cases.json'), 'utf8'));
for (const c of cases.tokens) {
  check(`tokenize(${JSON.stringify(c.text)})`, search.tokenize(c.text), c.words);
  check(`endsInWord(${JSON.stringify(c.text)})`, search.endsInWord(c.text), c.endsInWord);
}
for (const c of cases.layout) {
  check(`toCyrillic(${JSON.stringify(c.text)})`, search.toCyrillic(c.text), c.cyrillic);
  check(`toLatin(${JSON.stringify(c.text)})`, search.toLatin(c.text), c.latin);
}
// Queries on each recorded region's index: the text searched, whether the answer is weak, how
// many results, and the first ten as "url #n score" (n: the shown sentence; score in millionths).
const indexes = {};
for (const c of cases.queries) {
  if (!indexes[c.region]) {
    const json = JSON.parse(fs.readFileSync(path.join(fixtures, `search-index-${c.region}.json`), 'utf8'));
    indexes[c.region] = { index: new search.SearchIndex(json), sentences: new Map(json.docs.map((d) => [d[0], d[2]])) };
  }
  const { index, sentences } = indexes[c.region];
  const answer = index.respond(c.q);
  const results = answer.results.slice(0, 10).map((r) => `${r.url} #${sentences.get(r.url).indexOf(r.sentence)} ${r.score}`);
  check(`search(${c.region}, ${JSON.stringify(c.q)})`,
    { query: answer.query, weak: answer.weak, count: answer.results.length, results },
    { query: c.query, weak: c.weak, count: c.count, results: c.results });
}

console.log(`search.js against the Swift search: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
