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
 * - a result is <li><a href=URL>title</a><p>sentence</p></li>, matched words in <mark>.
 * The index is fetched once, on the first focus or input.
 *
 * Stemmer, tokenizer, layout fallback and ranking are those of the Swift side
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

  // A query: stop words dropped; the last word, still being typed, as a prefix.
  var STOP = new Set(('а без бы в во да для до же за и из или к как ко ли на над не ни но о об от по под ' +
    'при про с со то у что это').split(' '));
  function parseQuery(text) {
    var words = tokenize(text), open = endsInWord(text), terms = [], seen = new Set();
    words.forEach(function (word, i) {
      var s = stem(word), prefix = i === words.length - 1 && open && Array.from(s).length >= 2;
      if (!prefix && STOP.has(word)) return;
      if (!seen.has((prefix ? '*' : '=') + s)) { seen.add((prefix ? '*' : '=') + s); terms.push({ stem: s, prefix: prefix }); }
    });
    return terms;
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

  function SearchIndex(json) {
    var self = this, id = 0;
    this.docs = json.docs; this.starts = []; this.postings = new Map();
    this.docs.forEach(function (d) { self.starts.push(id); id += 1 + d[2].length; });
    Object.keys(json.stems).forEach(function (s) {
      var at = 0;
      self.postings.set(s, json.stems[s].map(function (delta) { return (at += delta); }));
    });
    this.stems = Array.from(this.postings.keys());
  }
  SearchIndex.prototype.matchStems = function (term) {
    var s = term.stem, found = term.prefix
      ? this.stems.filter(function (x) { return x.startsWith(s); })
      : this.postings.has(s) ? [s] : [];
    if (!found.length && Array.from(s).length >= 5) {
      found = this.stems.filter(function (x) { return withinOne(Array.from(s), Array.from(x), term.prefix); });
    }
    return found;
  };
  SearchIndex.prototype.docOf = function (id) {
    var lo = 0, hi = this.starts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (this.starts[mid] <= id) lo = mid; else hi = mid - 1; }
    return lo;
  };
  // Documents with every term, by terms in title + best sentence, then title, then URL.
  SearchIndex.prototype.results = function (terms) {
    var self = this, inEntry = new Map(), inDoc = new Map(), stems = new Set(), ranked = [];
    if (!terms.length) return { results: [], stems: stems };
    terms.forEach(function (term, t) {
      var ids = new Set();
      self.matchStems(term).forEach(function (s) { stems.add(s); self.postings.get(s).forEach(function (i) { ids.add(i); }); });
      ids.forEach(function (i) {
        var d = self.docOf(i);
        inEntry.set(i, (inEntry.get(i) || 0) + 1);
        if (!inDoc.has(d)) inDoc.set(d, new Set());
        inDoc.get(d).add(t);
      });
    });
    inDoc.forEach(function (found, d) {
      if (found.size !== terms.length) return;
      var doc = self.docs[d], start = self.starts[d], title = inEntry.get(start) || 0, best = 0, hits = 0;
      doc[2].forEach(function (_, s) { var h = inEntry.get(start + 1 + s) || 0; if (h > hits) { best = s; hits = h; } });
      ranked.push({ url: doc[0], title: doc[1], sentence: doc[2].length ? doc[2][best] : '', titleHits: title, score: title + hits });
    });
    ranked.sort(function (a, b) {
      return b.score - a.score || b.titleHits - a.titleHits || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
    });
    return { results: ranked, stems: stems };
  };
  // As typed; if nothing is found, as if typed in the Russian layout, then the Latin one.
  SearchIndex.prototype.respond = function (query) {
    var found = this.results(parseQuery(query)), alternatives = [toCyrillic(query), toLatin(query)];
    for (var k = 0; k < 2 && !found.results.length; k++) {
      if (alternatives[k] === query) continue;
      var other = this.results(parseQuery(alternatives[k]));
      if (other.results.length) return { query: alternatives[k], results: other.results, stems: other.stems };
    }
    return { query: query, results: found.results, stems: found.stems };
  };

  var api = { tokenize: tokenize, endsInWord: endsInWord, snowballStem: snowballStem, stem: stem,
    toCyrillic: toCyrillic, toLatin: toLatin, parseQuery: parseQuery, SearchIndex: SearchIndex };
  if (typeof module === 'object' && module.exports) { module.exports = api; return; }

  // ---- The page ----
  var loads = {}, LIVE_LIMIT = 8;
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
  function render(out, answer, typed, limit, action) {
    var isList = /^(UL|OL)$/.test(out.tagName), list = isList ? out : el('ol', 'search-list'), status;
    var shown = answer.results.slice(0, limit);
    out.textContent = '';
    out.hidden = !typed.trim();
    if (out.hidden) return;
    status = answer.results.length ? 'Найдено: ' + articles(answer.results.length) : 'Ничего не найдено. Попробуйте другое слово.';
    if (answer.query !== typed && answer.results.length) status += ' — по запросу «' + answer.query + '»';
    out.append(el(isList ? 'li' : 'p', 'search-status', status));
    shown.forEach(function (r) {
      var li = el('li'), a = el('a');
      a.href = r.url;
      li.append(highlight(a, r.title, answer.stems));
      if (r.sentence) li.append(highlight(el('p'), r.sentence, answer.stems));
      list.append(li);
    });
    if (!isList && shown.length) out.append(list);
    if (answer.results.length > shown.length) {
      var more = el(isList ? 'li' : 'p', 'search-more'), link = el('a', '', 'Все результаты');
      link.href = action + '?q=' + encodeURIComponent(typed);
      more.append(link);
      out.append(more);
    }
  }
  function samePage(action) {
    try { return new URL(action, location.href).pathname === location.pathname; } catch (e) { return false; }
  }
  function init() {
    var page = document.getElementById('search-results'), q = new URLSearchParams(location.search).get('q');
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
          if (input.value === typed) render(out, index.respond(typed), typed, onPage ? Infinity : LIVE_LIMIT, action);
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
