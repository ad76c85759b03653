/* Spravka search: live results from the region's index, built by SiteBuilder/Search.
 *
 * Progressive enhancement. Without this script the form is a plain GET to the region's
 * search page, which lists every article. The HTML it expects:
 *
 *   <form role="search" action="/55/search/" method="get" data-index="/55/search-index.json">
 *     <input type="search" name="q" aria-label="Поиск по справке">
 *     <button type="submit">Найти</button>
 *   </form>
 *
 * - every form[data-index] with an input[name=q] gets live results as you type, in a
 *   <div class="search-live" aria-live="polite" hidden> the script puts after the form;
 * - on the search page, the element #search-results (present in the HTML, with
 *   aria-live="polite") shows the results for ?q=… and for the forms whose action is this
 *   page; a <ul>/<ol> gets <li> items, any other element a <p class="search-status"> and an
 *   <ol class="search-list">;
 * - a result is <li><a href=URL?q=QUERY>title</a><p>sentence</p></li>, matched words in <mark>
 *   (the query in the address tells the web server's log which search led there);
 * - never a dead end: when nothing answers the query well (no result; the best covers at
 *   most half of it, or only words most articles have), the status says so, at most CLOSEST
 *   results are shown as the closest articles, and on the search page the help section
 *   #search-help (the wizard
 *   «Не получается войти?» when data-wizard is set, the hotline when data-hotline is set,
 *   else whom to ask) is shown; it is hidden while the results answer well. Elsewhere the
 *   live results end with a link to the search page, which has that help.
 * The index is fetched once, on the first focus or input.
 *
 * Stemmer, tokenizer, age groups, synonyms, BM25F ranking and layout fallback are those of the Swift side
 * (Sources/SiteBuilder/Search/); scripts/check-search-js.sh replays the Swift answers here.
 */
(function () {
  'use strict';

  // Words: letters and digits; nonspacing marks and soft hyphens inside a word are dropped.
  var WORD = /[\p{L}\p{N}]/u, IGNORED = /^(\p{Mn}|\u00AD)$/u;
  function scan(text, onWord) {
    var start = -1, word = '', i = 0;
    for (var ch of text) {
      if (WORD.test(ch)) {
        if (start < 0) start = i;
        word += ch.toLowerCase().replace(/ё/g, 'е');
      } else if (!IGNORED.test(ch) && start >= 0) {
        onWord(word, start, i); start = -1; word = '';
      }
      i += ch.length;
    }
    if (start >= 0) onWord(word, start, i);
  }
  function tokenize(text) {
    var words = [];
    scan(text.normalize('NFC'), function (w) { words.push(w); });
    return words;
  }
  function endsInWord(text) {
    var chars = Array.from(text.normalize('NFC'));
    return chars.length > 0 && WORD.test(chars[chars.length - 1]);
  }

  // The Snowball Russian stemmer; each class is [endings after а/я, other endings].
  var GERUND = ['в вши вшись', 'ив ивши ившись ыв ывши ывшись'],
    ADJECTIVE = ['', 'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею'],
    PARTICIPLE = ['ем нн вш ющ щ', 'ивш ывш ующ'],
    REFLEXIVE = ['', 'ся сь'],
    VERB = ['ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно',
      'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю'],
    NOUN = ['', 'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я'],
    DERIVATIONAL = ['', 'ост ость'], TIDY = ['', 'ейш ейше н ь'];
  [GERUND, ADJECTIVE, PARTICIPLE, REFLEXIVE, VERB, NOUN, DERIVATIONAL, TIDY].forEach(function (c) {
    c[0] = c[0] ? c[0].split(' ') : []; c[1] = c[1].split(' ');
  });
  function isVowel(c) { return 'аеиоуыэюя'.indexOf(c) >= 0; }

  function snowballStem(word) {
    var w = word.replace(/ё/g, 'е'), n = w.length, rv = n, r2 = n;
    function past(from, vowel) {
      for (var k = from; k < n; k++) if (isVowel(w[k]) === vowel) return k + 1;
      return -1;
    }
    var p = past(0, true), r1 = p < 0 ? -1 : past(p, false), v = r1 < 0 ? -1 : past(r1, true), q = v < 0 ? -1 : past(v, false);
    if (p >= 0) rv = p;
    if (q >= 0) r2 = q;
    // The longest ending of the class inside RV; the among of Snowball commits to it.
    function longest(cls) {
      var best = 0;
      cls[0].concat(cls[1]).forEach(function (s) {
        if (s.length > best && w.length - s.length >= rv && w.endsWith(s)) best = s.length;
      });
      return best;
    }
    function remove(cls) {
      var len = longest(cls), start = w.length - len;
      if (!len) return false;
      if (cls[0].indexOf(w.slice(start)) >= 0 && (start - 1 < rv || (w[start - 1] !== 'а' && w[start - 1] !== 'я'))) return false;
      w = w.slice(0, start);
      return true;
    }
    function undouble() { if (w.length - 2 >= rv && w.endsWith('нн')) w = w.slice(0, -1); }

    if (!remove(GERUND)) {
      remove(REFLEXIVE);
      if (remove(ADJECTIVE)) remove(PARTICIPLE);
      else if (!remove(VERB)) remove(NOUN);
    }
    if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);
    var len = longest(DERIVATIONAL);
    if (len && w.length - len >= r2) w = w.slice(0, -len);
    len = longest(TIDY);
    if (len && w.endsWith('ь')) w = w.slice(0, -1);
    else if (len) { if (len > 1) w = w.slice(0, -len); undouble(); }
    return w;
  }
  // Nouns in «пись» (запись, подпись) are not reflexive: they only lose the ь.
  function stem(word) {
    if (Array.from(word).length > 4 && word.endsWith('пись')) return word.slice(0, -1).replace(/ё/g, 'е');
    return snowballStem(word);
  }

  // Wrong keyboard layout: QWERTY keys and the ЙЦУКЕН letters on them.
  var LATIN = Array.from('`qwertyuiop[]asdfghjkl;\'zxcvbnm,.~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>'),
    CYRILLIC = Array.from('ёйцукенгшщзхъфывапролджэячсмитьбюЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ');
  function convert(text, from, to) {
    return Array.from(text, function (ch) { var i = from.indexOf(ch); return i < 0 ? ch : to[i]; }).join('');
  }
  function toCyrillic(text) { return convert(text, LATIN, CYRILLIC); }
  function toLatin(text) { return convert(text, CYRILLIC, LATIN); }

  // The age groups words name, as Sources/SiteBuilder/Search/AgeBand.swift: a number of one or
  // two digits is an age when «лет» follows it or a bound precedes it; 1–13, and 14 after
  // «до», is under 14; 14–17 a teenager. Their stems begin with #, which no word holds.
  var YOUNGER = new Set(['до', 'младше', 'меньше', 'моложе']), FROM = new Set(['с', 'от', 'старше']),
    YEARS = new Set(['лет', 'год', 'года']);
  function ageBands(words) {
    var bands = [];
    words.forEach(function (word, i) {
      if (!/^[0-9]{1,2}$/.test(word)) return;
      var n = +word, before = i > 0 ? words[i - 1] : '', after = i + 1 < words.length ? words[i + 1] : '', band = null;
      if (n === 14 && YOUNGER.has(before)) band = '#до14';
      else if (n >= 1 && n <= 13 && YEARS.has(after)) band = '#до14';
      else if (n >= 14 && n <= 17 && (YEARS.has(after) || FROM.has(before))) band = '#14-17';
      if (band && bands.indexOf(band) < 0) bands.push(band);
    });
    return bands;
  }

  // A query: stop words (the index's list) dropped, but kept aside for synonym phrases such
  // as «не пускает»; the last word, still being typed, as a prefix; then the age groups the
  // words name.
  function parseQuery(text, stop) {
    var words = tokenize(text), open = endsInWord(text), terms = [], seen = new Set(), stopWords = new Set();
    words.forEach(function (word, i) {
      var s = stem(word), prefix = i === words.length - 1 && open && Array.from(s).length >= 2;
      if (!prefix && stop.has(word)) { stopWords.add(word); return; }
      if (!seen.has((prefix ? '*' : '=') + s)) { seen.add((prefix ? '*' : '=') + s); terms.push({ stem: s, prefix: prefix }); }
    });
    ageBands(words).forEach(function (band) {
      if (!seen.has('=' + band)) { seen.add('=' + band); terms.push({ stem: band, prefix: false }); }
    });
    return { terms: terms, stopWords: stopWords };
  }

  // At most one edit (change, insertion, deletion, swap of neighbours); with prefixOfB, to
  // the nearest prefix of b.
  function withinOne(a, b, prefixOfB) {
    var m = a.length, n = b.length, i, j;
    if (!prefixOfB && Math.abs(m - n) > 1) return false;
    var prev2 = [], prev = [], cur = [];
    for (j = 0; j <= n; j++) prev[j] = j;
    for (i = 1; i <= m; i++) {
      cur = [i];
      for (j = 1; j <= n; j++) {
        var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur[j] = d;
      }
      prev2 = prev; prev = cur;
    }
    return prefixOfB ? Math.min.apply(null, prev) <= 1 : prev[n] <= 1;
  }

  // BM25F, as Sources/SiteBuilder/Search/BM25F.swift: the same IEEE operations in the same
  // order, so that scores agree to the last bit. Its constants (k1, b, field weights, presence
  // weights, synonym weight, cut-off, weak score) are not typed here: the index carries them (`ranking`,
  // Sources/SiteBuilder/Search/SearchIndex+JSON.swift). Fields: title 0, and the index marks
  // sentences s, h, t.
  var FIELDS = { s: 1, h: 2, t: 3 };
  // ln x for x >= 1 from + - * / only (the platform's Math.log may differ from Swift's).
  function ln(x) {
    var m = x, e = 0, k;
    while (m >= 2) { m /= 2; e += 1; }
    var y = (m - 1) / (m + 1), y2 = y * y, term = y, sum = 0;
    for (k = 1; k < 40; k += 2) { sum += term / k; term *= y2; }
    return e * 0.6931471805599453 + 2 * sum;
  }
  function saturated(tf, k1) { return tf * (k1 + 1) / (tf + k1); }
  function byCodePoint(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  var VERSION = 4;
  function SearchIndex(json) {
    var self = this, lengths = [], averages = [], f;
    // An index cached from before a change of format would rank wrongly: refuse it.
    if (json.version !== VERSION) throw new Error('search index version ' + json.version);
    var ranking = json.ranking, weights = ranking.fieldWeights, b = ranking.b;
    this.k1 = ranking.k1; this.synonymWeight = ranking.synonymWeight; this.presence = ranking.presenceWeights;
    this.cutoffDivisor = ranking.cutoffDivisor; this.weakScore = ranking.weakScore;
    this.docs = json.docs; this.starts = []; this.entryDoc = []; this.entryField = []; this.postings = new Map();
    this.docs.forEach(function (d, i) {
      var length = [tokenize(d[1]).length, 0, 0, 0];
      self.starts.push(self.entryDoc.length);
      self.entryDoc.push(i); self.entryField.push(0);
      d[2].forEach(function (s, j) {
        var field = FIELDS[d[3][j]];
        length[field] += tokenize(s).length;
        self.entryDoc.push(i); self.entryField.push(field);
      });
      lengths.push(length);
    });
    for (f = 0; f < 4; f++) {
      var total = 0;
      lengths.forEach(function (l) { total += l[f]; });
      averages.push(lengths.length ? total / lengths.length : 0);
    }
    // What one matching sentence of each field counts in each document.
    this.scales = lengths.map(function (l) {
      return l.map(function (len, f) { return averages[f] > 0 ? weights[f] / (1 - b + b * len / averages[f]) : weights[f]; });
    });
    Object.keys(json.stems).forEach(function (s) {
      var at = 0;
      self.postings.set(s, json.stems[s].map(function (delta) { return (at += delta); }));
    });
    this.stems = Array.from(this.postings.keys()).sort(byCodePoint);
    this.stop = new Set(json.stopWords);
    this.synonyms = json.synonyms;
    this.synonymSet = new Set();
    this.synonyms.forEach(function (g) {
      g.forEach(function (m) { m.forEach(function (s) { if (!self.stop.has(s)) self.synonymSet.add(s); }); });
    });
    this.synonymStems = Array.from(this.synonymSet).sort(byCodePoint);
  }
  // The stems a query word stands for: indexed (exact, or every completion while typing) and
  // in the synonym table; failing both, those one edit away (stems of 5 letters or more).
  SearchIndex.prototype.forms = function (term) {
    var s = term.stem, indexed = term.prefix
      ? this.stems.filter(function (x) { return x.startsWith(s); })
      : this.postings.has(s) ? [s] : [];
    var synonym = this.synonymSet.has(s) ? [s] : [];
    if (!indexed.length && !synonym.length && Array.from(s).length >= 5) {
      var a = Array.from(s), near = function (x) { return withinOne(a, Array.from(x), term.prefix); };
      indexed = this.stems.filter(near);
      synonym = this.synonymStems.filter(near);
    }
    return { indexed: indexed, synonym: synonym };
  };
  function addAlternative(concept, stems, weight) {
    var key = stems.join(' ');
    for (var i = 0; i < concept.length; i++) {
      if (concept[i].key === key) { concept[i].weight = Math.max(concept[i].weight, weight); return; }
    }
    concept.push({ key: key, stems: stems, weight: weight });
  }
  // One concept per term: its own forms count 1; the other members (without their stop words)
  // of every synonym group member found in the query (each of its stems a synonym form of
  // some term, each of its stop words one of the query's) count less.
  SearchIndex.prototype.concepts = function (query) {
    var self = this, concepts = [], forms = [];
    query.terms.forEach(function (term) {
      var found = self.forms(term), concept = [];
      found.indexed.forEach(function (s) { addAlternative(concept, [s], 1); });
      concepts.push(concept);
      forms.push(new Set(found.synonym));
    });
    this.synonyms.forEach(function (group) {
      group.forEach(function (member, j) {
        var using = [];
        forms.forEach(function (f, t) { if (member.some(function (s) { return f.has(s); })) using.push(t); });
        if (!member.every(function (s) {
          return query.stopWords.has(s) || using.some(function (t) { return forms[t].has(s); });
        })) return;
        group.forEach(function (other, k) {
          var stems = other.filter(function (s) { return !self.stop.has(s); });
          if (k !== j) using.forEach(function (t) { addAlternative(concepts[t], stems, self.synonymWeight); });
        });
      });
    });
    return concepts;
  };
  SearchIndex.prototype.entriesWithAll = function (stems) {
    var ids = this.postings.get(stems[0]) || [];
    for (var i = 1; i < stems.length && ids.length; i++) {
      var other = new Set(this.postings.get(stems[i]) || []);
      ids = ids.filter(function (id) { return other.has(id); });
    }
    return ids;
  };
  // BM25F over every document that matches some concept; best first, then by URL.
  SearchIndex.prototype.rank = function (query) {
    var self = this, n = this.docs.length, scored = [], stems = new Set(), ranked = [], d;
    var scores = new Array(n).fill(0), matched = new Array(n).fill(false);
    this.concepts(query).forEach(function (concept) {
      var weights = new Map(), own = new Map(), any = new Map(), head = new Map();
      concept.forEach(function (alternative) {
        var ids = self.entriesWithAll(alternative.stems);
        if (ids.length) alternative.stems.forEach(function (s) { stems.add(s); });
        ids.forEach(function (id) { weights.set(id, Math.max(weights.get(id) || 0, alternative.weight)); });
      });
      Array.from(weights.keys()).sort(function (a, b) { return a - b; }).forEach(function (id) {
        var doc = self.entryDoc[id], field = self.entryField[id], scale = self.scales[doc][field], weight = weights.get(id);
        any.set(doc, (any.get(doc) || 0) + scale);
        if (weight === 1) own.set(doc, (own.get(doc) || 0) + scale);
        // The field match: the word's presence in the title or summary, counted once.
        head.set(doc, Math.max(head.get(doc) || 0, self.presence[field] * weight));
      });
      var idf = ln(1 + (n - any.size + 0.5) / (any.size + 0.5));
      any.forEach(function (tf, doc) {
        scores[doc] += idf * (Math.max(saturated(own.get(doc) || 0, self.k1), self.synonymWeight * saturated(tf, self.k1))
          + (head.get(doc) || 0));
        matched[doc] = true;
      });
      scored.push({ idf: idf, weights: weights });
    });
    for (d = 0; d < n; d++) if (matched[d]) ranked.push({ doc: d, score: Math.round(scores[d] * 1000000) });
    ranked.sort(function (a, b) { return b.score - a.score || byCodePoint(self.docs[a.doc][0], self.docs[b.doc][0]); });
    // Weak: the best document scores under the weak score or covers at most half of the query's IDF.
    var weak = true;
    if (ranked.length) {
      var best = ranked[0].doc, start = this.starts[best], end = start + 1 + this.docs[best][2].length, total = 0, covered = 0;
      scored.forEach(function (c) {
        var w = 0;
        total += c.idf;
        for (var id = start; id < end; id++) w = Math.max(w, c.weights.get(id) || 0);
        covered += c.idf * w;
      });
      weak = ranked[0].score < this.weakScore || covered * 2 <= total;
    }
    return { ranked: ranked, concepts: scored, weak: weak, stems: stems };
  };
  // A result shows the sentence whose matches weigh most (IDF × weight), the first on a tie.
  SearchIndex.prototype.result = function (doc, score, ranking) {
    var d = this.docs[doc], start = this.starts[doc], best = 0, bestValue = 0;
    d[2].forEach(function (_, s) {
      var value = 0;
      ranking.concepts.forEach(function (c) { value += c.idf * (c.weights.get(start + 1 + s) || 0); });
      if (value > bestValue) { best = s; bestValue = value; }
    });
    return { url: d[0], title: d[1], sentence: d[2].length ? d[2][best] : '', score: score };
  };
  SearchIndex.prototype.response = function (text) {
    var self = this, query = parseQuery(text, this.stop);
    if (!query.terms.length) return { query: text, results: [], weak: true, stems: new Set() };
    var ranking = this.rank(query), best = ranking.ranked.length ? ranking.ranked[0].score : 0;
    var results = ranking.ranked.filter(function (r) { return r.score * self.cutoffDivisor >= best; })
      .map(function (r) { return self.result(r.doc, r.score, ranking); });
    return { query: text, results: results, weak: ranking.weak, stems: ranking.stems };
  };
  // As typed; if that answers weakly, as if typed in the Russian layout, then the Latin one:
  // a conversion wins when the query as typed found nothing or the conversion is not weak.
  SearchIndex.prototype.respond = function (query) {
    var typed = this.response(query), alternatives = [toCyrillic(query), toLatin(query)];
    if (!typed.weak) return typed;
    for (var k = 0; k < 2; k++) {
      if (alternatives[k] === query) continue;
      var other = this.response(alternatives[k]);
      if (other.results.length && (!typed.results.length || !other.weak)) return other;
    }
    return typed;
  };

  var api = { tokenize: tokenize, endsInWord: endsInWord, snowballStem: snowballStem, stem: stem, ageBands: ageBands,
    toCyrillic: toCyrillic, toLatin: toLatin, parseQuery: parseQuery, SearchIndex: SearchIndex };
  if (typeof module === 'object' && module.exports) { module.exports = api; return; }

  // ---- The page ----
  var loads = {}, LIVE_LIMIT = 8, CLOSEST = 5;
  function load(url) {
    if (!loads[url]) {
      loads[url] = fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (json) { return new SearchIndex(json); });
      loads[url].catch(function () { delete loads[url]; });
    }
    return loads[url];
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function highlight(parent, text, stems) {
    var at = 0;
    text = text.normalize('NFC');
    scan(text, function (word, start, end) {
      if (!stems.has(stem(word))) return;
      parent.append(text.slice(at, start), el('mark', '', text.slice(start, end)));
      at = end;
    });
    parent.append(text.slice(at));
    return parent;
  }
  function articles(n) {
    var m10 = n % 10, m100 = n % 100;
    return n + (m10 === 1 && m100 !== 11 ? ' статья' : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? ' статьи' : ' статей');
  }
  // What the help section below the results offers, for the status line.
  function offer(help) {
    if (!help) return '';
    var wizard = help.hasAttribute('data-wizard'), hotline = help.hasAttribute('data-hotline');
    return ' Ниже — ' + (wizard && hotline ? 'мастер «Не получается войти?» и телефон горячей линии'
      : wizard ? 'мастер «Не получается войти?» и куда обратиться'
      : hotline ? 'телефон горячей линии' : 'куда обратиться') + '.';
  }
  function render(out, answer, typed, limit, action, help) {
    var isList = /^(UL|OL)$/.test(out.tagName), list = isList ? out : el('ol', 'search-list'), status;
    var weak = answer.weak || !answer.results.length;
    var shown = answer.results.slice(0, weak ? Math.min(limit, CLOSEST) : limit);
    out.textContent = '';
    out.hidden = !typed.trim();
    if (help) help.hidden = !out.hidden && !weak;
    if (out.hidden) return;
    status = !answer.results.length ? 'Ничего не найдено.' + offer(help)
      : weak ? 'Точного ответа не нашлось; вот что ближе всего.' + offer(help)
      : 'Найдено: ' + articles(answer.results.length);
    if (answer.query !== typed && answer.results.length) status = 'Искали «' + answer.query + '». ' + status;
    out.append(el(isList ? 'li' : 'p', 'search-status', status));
    shown.forEach(function (r) {
      var li = el('li'), a = el('a');
      // The query rides along in the address, so that the web server's log says which search
      // led to the article (spravka stats --access-log); the page ignores it.
      a.href = r.url + '?q=' + encodeURIComponent(typed.trim());
      li.append(highlight(a, r.title, answer.stems));
      if (r.sentence) li.append(highlight(el('p'), r.sentence, answer.stems));
      list.append(li);
    });
    if (!isList && shown.length) out.append(list);
    var more = el(isList ? 'li' : 'p', 'search-more'), link;
    if (weak && !help) link = el('a', '', 'Не нашли? Помощь и все статьи');
    else if (!weak && answer.results.length > shown.length) link = el('a', '', 'Все результаты');
    if (link) {
      link.href = action + '?q=' + encodeURIComponent(typed);
      more.append(link);
      out.append(more);
    }
  }
  function samePage(action) {
    try { return new URL(action, location.href).pathname === location.pathname; } catch (e) { return false; }
  }
  function init() {
    var page = document.getElementById('search-results'), help = document.getElementById('search-help');
    var q = new URLSearchParams(location.search).get('q');
    document.querySelectorAll('form[data-index]').forEach(function (form) {
      var input = form.querySelector('input[name="q"]'), url = form.getAttribute('data-index');
      var action = form.getAttribute('action') || '', onPage = page && samePage(action), out = page, timer;
      if (!input || !url) return;
      if (!onPage) {
        out = el('div', 'search-live');
        out.setAttribute('aria-live', 'polite');
        out.hidden = true;
        form.after(out);
      }
      function run() {
        var typed = input.value;
        load(url).then(function (index) {
          if (input.value === typed) {
            render(out, index.respond(typed), typed, onPage ? Infinity : LIVE_LIMIT, action, onPage ? help : null);
          }
        }, function () {
          out.hidden = false;
          out.textContent = '';
          out.append(el(/^(UL|OL)$/.test(out.tagName) ? 'li' : 'p', 'search-status', 'Поиск не загрузился — нажмите «Найти».'));
        });
      }
      input.addEventListener('focus', function () { load(url).catch(function () {}); }, { once: true });
      input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
      if (onPage && q !== null) { input.value = q; run(); }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
