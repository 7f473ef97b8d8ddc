// Gloss offline search. lunr.js (used for its tokenizer and stemmer) and the index's manifest
// (search-index.js, defining GLOSS_SEARCH_INDEX) are loaded by <script> tags on search.html; a
// query then loads only the index fragments it needs (assets/search/wN.js: words and their best
// documents; assets/search/dN.js: the documents results show), each a script calling
// GlossSearch.loaded(name, data) and added as a <script> tag: no fetch, so it works from file://
// as well as from a server. Every href in the index is relative to the site root, where
// search.html lives. The search forms are plain GET forms to search.html?q=…, which runs the
// search on load. Results are built from text nodes and <mark> elements only (no innerHTML), so
// indexed text cannot inject markup.
(function (global) {
  "use strict";

  var MAX_RESULTS = 40;
  var FIRST_RESULTS = 10; // shown as soon as their documents are loaded
  var SNIPPET_WORDS = 30;
  var SNIPPET_BEFORE = 8; // words of an excerpt before its first match
  var EXACT_BOOST = 10; // a word with the typed word's stem, as lunr's q.term(word, {boost: 10})
  var PREFIX_BOOST = 1; // a word the typed word begins, as lunr's trailing wildcard
  var FRAGMENTS_PER_RANGE = 3; // a short prefix ("syr") spanning many fragments loads its first few

  // "Erdogan" finds "Erdoğan": strip accents on both sides of the index.
  function fold(token) {
    return token.update(function (s) {
      return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
    });
  }

  function now() {
    return global.performance ? global.performance.now() : Date.now();
  }

  // Where a fragment's words start: the index of the last fragment starting at or before word.
  function fragmentOf(starts, word) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= word) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // The fragments that may hold words beginning with prefix (at most FRAGMENTS_PER_RANGE).
  function fragmentsFor(starts, prefix, into) {
    var first = fragmentOf(starts, prefix);
    for (var i = first; i < starts.length && i < first + FRAGMENTS_PER_RANGE; i++) {
      if (i > first && starts[i].slice(0, prefix.length) > prefix) break;
      into["w" + i] = true;
    }
  }

  // The typed words, each with its folded spelling and its stem as the index's pipeline makes it.
  function queryWords(lunr, query) {
    // The index trims punctuation off words but lunr's tokenizer does not: trim here too.
    return lunr.tokenizer(query).map(function (t) { return lunr.trimmer(t); })
      .filter(function (t) { return t.toString().length > 0; })
      .map(function (t) {
        var folded = fold(t.clone()).toString();
        return { word: t.toString(), folded: folded, stem: lunr.stemmer(fold(t.clone())).toString() };
      });
  }

  // A search engine over an index's manifest; load(name, done) loads fragment name and calls
  // done(data), or done(null) when it cannot be loaded.
  function engine(lunr, manifest, load) {
    var cache = {};
    var stems = {};
    function stemOf(word) {
      var s = stems[word];
      if (s === undefined) s = stems[word] = lunr.stemmer(new lunr.Token(word)).toString();
      return s;
    }
    function loadAll(names, done) {
      var pending = names.length;
      if (pending === 0) { done(); return; }
      names.forEach(function (name) {
        if (name in cache) {
          if (--pending === 0) done();
          return;
        }
        load(name, function (data) {
          cache[name] = data;
          if (--pending === 0) done();
        });
      });
    }
    // Typed words, not lunr query syntax: "SDF:" or "al-Assad~" must not be a syntax error.
    function search(query, done) {
      var words = queryWords(lunr, query);
      var stats = { files: [] };
      if (words.length === 0) { done([], stats); return; }
      var wanted = {};
      words.forEach(function (w) {
        fragmentsFor(manifest.fragments, w.folded, wanted);
        // Every word stemming as the typed one begins with its stem less its last letter
        // ("hoping", "hope" → "hop"; "cries" → "cri"); a short stem is looked up as it is.
        fragmentsFor(manifest.fragments, w.stem.length >= 4 ? w.stem.slice(0, -1) : w.stem, wanted);
      });
      var names = Object.keys(wanted);
      var started = now();
      loadAll(names, function () {
        stats.words = now() - started; // the word fragments loaded
        var scores = {}, terms = {}, matched = {};
        names.forEach(function (name) {
          var entries = cache[name];
          if (!entries) return;
          stats.files.push(name);
          Object.keys(entries).forEach(function (entry) {
            var boost = 0, which = [];
            words.forEach(function (w, n) {
              if (entry.charAt(0) !== w.stem.charAt(0) && entry.charAt(0) !== w.folded.charAt(0)) return;
              var b = (stemOf(entry) === w.stem ? EXACT_BOOST : 0)
                + (w.word.length > 2 && entry.slice(0, w.folded.length) === w.folded ? PREFIX_BOOST : 0);
              if (b > 0) { boost += b; which.push(n); }
            });
            if (boost === 0) return;
            var postings = entries[entry];
            for (var i = 0; i < postings.length; i += 2) {
              var doc = postings[i];
              scores[doc] = (scores[doc] || 0) + boost * postings[i + 1];
              (terms[doc] = terms[doc] || {})[stemOf(entry)] = true;
              var seen = matched[doc] = matched[doc] || {};
              which.forEach(function (n) { seen[n] = true; });
            }
          });
        });
        // A document matching more of the typed words ranks higher, as Lucene's coordination
        // factor has it: a full title finds its article before an entry sharing two of its words.
        Object.keys(scores).forEach(function (doc) {
          scores[doc] *= Object.keys(matched[doc]).length / words.length;
        });
        var ranked = Object.keys(scores).map(Number).sort(function (a, b) {
          return scores[b] - scores[a] || a - b;
        }).slice(0, MAX_RESULTS);
        stats.ranked = now() - started; // and the documents ranked
        stats.total = ranked.length;
        // A glossary entry whose term is exactly what was typed comes first ("UN" before
        // "UN Security Council"), as a reader looking a term up expects; then the score.
        var typed = query.trim().toLowerCase();
        function exact(r) {
          return r.doc.kind === "term" && r.doc.label.replace(/ \(.*\)$/, "").toLowerCase() === typed ? 1 : 0;
        }
        var finished = false;
        // The documents of the first `count` ranked, as results, once their shards are loaded.
        function show(count, last) {
          var shards = {};
          ranked.slice(0, count).forEach(function (doc) { shards["d" + Math.floor(doc / manifest.shard)] = true; });
          var shardNames = Object.keys(shards);
          loadAll(shardNames, function () {
            var results = [];
            ranked.slice(0, count).forEach(function (doc) {
              var shard = cache["d" + Math.floor(doc / manifest.shard)];
              var d = shard && shard[doc % manifest.shard];
              if (d) results.push({ doc: d, score: scores[doc], terms: Object.keys(terms[doc]), id: doc });
            });
            results.sort(function (a, b) { return exact(b) - exact(a) || b.score - a.score || a.id - b.id; });
            if (finished) return; // all results came first: the first few have nothing to add
            finished = last;
            if (last) {
              shardNames.forEach(function (n) { if (cache[n]) stats.files.push(n); });
            } else {
              stats.first = now() - started;
            }
            done(results, stats, last);
          });
        }
        // Each result's document is in a shard of its own, most often: the first few are shown as
        // soon as theirs are loaded, the rest when all are.
        if (ranked.length > FIRST_RESULTS) show(FIRST_RESULTS, false);
        show(ranked.length, true);
      });
    }
    return { search: search };
  }

  // The words of a text that a search matched, as [start, end) character ranges: each word is
  // put through the index's own pipeline (trim, fold accents, stem) and kept when the result is
  // one of the index terms lunr says matched, so "Syrians", "Erdoğan" and a prefix all light up.
  function matchRanges(lunr, text, terms) {
    if (!text || !terms || terms.length === 0) return [];
    var wanted = {};
    terms.forEach(function (t) { wanted[t] = true; });
    var ranges = [];
    lunr.tokenizer(text).forEach(function (token) {
      var pos = token.metadata.position;
      var word = lunr.stemmer(fold(lunr.trimmer(token.clone()))).toString();
      if (!pos || wanted[word] !== true) return;
      // Mark the word, not the punctuation lunr trimmed off it: "Syria" in "(Syria),".
      var raw = text.slice(pos[0], pos[0] + pos[1]);
      var lead = /^[^\w\u00c0-\uffff]*/.exec(raw)[0].length;
      var trail = /[^\w\u00c0-\uffff]*$/.exec(raw.slice(lead))[0].length;
      if (lead + trail < raw.length) ranges.push([pos[0] + lead, pos[0] + pos[1] - trail]);
    });
    return ranges;
  }

  // A short excerpt of text around its first match, as parts to show: [{text, mark}], with "… "
  // where it was cut. A text with no match in it starts at its beginning.
  function excerpt(text, ranges) {
    text = text || "";
    var words = [];
    var re = /\S+/g, m;
    while ((m = re.exec(text)) !== null) words.push([m.index, m.index + m[0].length]);
    var from = 0, to = text.length;
    if (words.length > SNIPPET_WORDS) {
      var at = 0;
      if (ranges.length > 0) {
        while (at < words.length - 1 && words[at][1] <= ranges[0][0]) at++;
      }
      var first = Math.max(0, Math.min(at - SNIPPET_BEFORE, words.length - SNIPPET_WORDS));
      var last = Math.min(words.length, first + SNIPPET_WORDS) - 1;
      from = words[first][0];
      to = words[last][1];
    }
    var parts = [];
    if (from > 0) parts.push({ text: "… ", mark: false });
    var at2 = from;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], at2), e = Math.min(r[1], to);
      if (s >= e) return;
      if (s > at2) parts.push({ text: text.slice(at2, s), mark: false });
      parts.push({ text: text.slice(s, e), mark: true });
      at2 = e;
    });
    if (at2 < to) parts.push({ text: text.slice(at2, to), mark: false });
    if (to < text.length) parts.push({ text: " …", mark: false });
    return parts;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // Text nodes and <mark> elements only: indexed text never becomes markup.
  function fill(parent, parts) {
    parts.forEach(function (p) {
      if (p.mark) {
        parent.appendChild(el("mark", null, p.text));
      } else {
        parent.appendChild(document.createTextNode(p.text));
      }
    });
    return parent;
  }

  // The label is what lunr indexed for an article (its title), a quotation (its speaker) and a
  // glossary entry (its term): its matched words are marked too. A paragraph's label is its
  // article's title, which was not searched, so it is shown as it is.
  var LABEL_SEARCHED = { article: true, quote: true, term: true };

  // The words shown come from the page: data-messages on the result list holds the theme's
  // messages in the site's language as JSON ("results.one", "kind.article"…), so this script
  // holds none of its own.
  function messagesOf(list) {
    try {
      return JSON.parse(list.getAttribute("data-messages") || "{}");
    } catch (e) {
      return {};
    }
  }

  function format(text, values) {
    return String(text).replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  // "3 results for …" in the page's language: the plural form Intl.PluralRules picks for its
  // lang, else "other".
  function countText(messages, count, query) {
    var form = "other";
    try {
      form = new Intl.PluralRules(document.documentElement.lang || "en").select(count);
    } catch (e) {
      form = count === 1 ? "one" : "other";
    }
    var text = messages["results." + form];
    if (typeof text !== "string") text = messages["results.other"];
    if (typeof text !== "string") return String(count);
    return format(text, { count: count, query: query });
  }

  // total: how many results there are, when only the first are shown yet.
  function render(lunr, results, query, list, status, total) {
    var messages = messagesOf(list);
    var n = total || results.length;
    list.textContent = "";
    status.textContent = query ? countText(messages, n, query) : "";
    results.forEach(function (r) {
      var d = r.doc;
      var li = el("li", "search-result search-result-" + d.kind);
      li.appendChild(el("span", "search-kind", messages["kind." + d.kind] || d.kind));
      var a = el("a", "search-title");
      var label = d.label || "";
      fill(a, LABEL_SEARCHED[d.kind] ? excerpt(label, matchRanges(lunr, label, r.terms)) : [{ text: label, mark: false }]);
      a.setAttribute("href", d.href);
      li.appendChild(a);
      if (d.context) li.appendChild(el("span", "search-context", d.context));
      if (d.text) li.appendChild(fill(el("p", "search-snippet"), excerpt(d.text, matchRanges(lunr, d.text, r.terms))));
      list.appendChild(li);
    });
  }

  function decode(s) {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch (e) {
      return s; // a malformed escape ("%E0") is searched for as typed
    }
  }

  // search.html?q=words, as the search forms send it; #q=words still works for older links.
  function queryFromLocation() {
    var m = /[?&]q=([^&]*)/.exec(global.location.search) || /(?:^#|&)q=([^&]*)/.exec(global.location.hash);
    return m ? decode(m[1]).trim() : "";
  }

  // The address of this page for a query, so that a result list can be linked to.
  function addressFor(q) {
    var base = global.location.href.split(/[?#]/)[0];
    return q ? base + "?q=" + encodeURIComponent(q).replace(/%20/g, "+") : base;
  }

  function showAddress(q) {
    try {
      global.history.replaceState(null, "", addressFor(q));
    } catch (e) {
      // A browser that refuses to change the address leaves it; the results still show.
    }
  }

  // The folder of the index's fragments, beside this script: found from its own address, so
  // search.html may be anywhere (the offline archive, a sub-path).
  var FRAGMENTS = (function () {
    var me = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : "";
    return me ? me.replace(/[^\/]*$/, "search/") : "assets/search/";
  })();
  var loaded = {};

  // Loads a fragment as a <script> (a request API would fail from file://); the script calls
  // GlossSearch.loaded(name, data) before its load event fires.
  function loadScript(name, done) {
    var s = document.createElement("script");
    s.src = FRAGMENTS + name + ".js";
    s.onload = function () { done(loaded[name] || null); s.remove(); };
    s.onerror = function () { done(null); s.remove(); };
    document.head.appendChild(s);
  }

  function wireResults() {
    var list = document.getElementById("search-results");
    if (!list || !global.lunr || !global.GLOSS_SEARCH_INDEX) return;
    var lunr = global.lunr;
    var status = document.getElementById("search-status");
    var input = document.getElementById("search-q");
    var form = document.getElementById("search-form");
    var search = engine(lunr, global.GLOSS_SEARCH_INDEX, loadScript);
    var shown = null;
    function show(q) {
      if (q === shown) return;
      shown = q;
      if (!q) {
        render(lunr, [], q, list, status);
        return;
      }
      var started = global.performance ? global.performance.now() : Date.now();
      search.search(q, function (results, stats, last) {
        if (q !== shown) return; // a later query has been typed since
        render(lunr, results, q, list, status, stats.total);
        if (!last) return;
        stats.ms = (global.performance ? global.performance.now() : Date.now()) - started;
        stats.query = q;
        stats.results = results.length;
        global.GlossSearch.last = stats; // read by the bench
        list.setAttribute("data-query", q);
      });
    }
    function fromLocation() {
      var q = queryFromLocation();
      if (input) input.value = q;
      if (q && !/[?&]q=/.test(global.location.search)) showAddress(q); // #q= → ?q=
      show(q);
    }
    if (input) {
      input.addEventListener("input", function () {
        var q = input.value.trim();
        showAddress(q);
        show(q);
      });
    }
    if (form && input) {
      // The results are already on this page: Enter need not load it again.
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var q = input.value.trim();
        showAddress(q);
        show(q);
      });
    }
    global.addEventListener("hashchange", fromLocation);
    fromLocation();
  }

  global.GlossSearch = {
    engine: engine, matchRanges: matchRanges, excerpt: excerpt,
    fragments: loaded,
    loaded: function (name, data) { loaded[name] = data; }
  };
  if (typeof document !== "undefined") {
    wireResults();
  }
})(this);
