// Gloss offline search. lunr.js and the index (search-index.js, a plain script defining
// GLOSS_SEARCH_DOCS) are loaded by <script> tags on search.html: no fetch, so it works from
// file:// as well as from a server. Every href in the index is relative to the site root, where
// search.html lives. The search forms are plain GET forms to search.html?q=…, which runs the
// search on load. Results are built from text nodes and <mark> elements only (no innerHTML), so
// indexed text cannot inject markup.
(function (global) {
  "use strict";

  var MAX_RESULTS = 40;
  var SNIPPET_WORDS = 30;
  var SNIPPET_BEFORE = 8; // words of an excerpt before its first match

  // "Erdogan" finds "Erdoğan": strip accents on both sides of the index.
  function fold(token) {
    return token.update(function (s) {
      return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
    });
  }

  function buildIndex(lunr, docs) {
    lunr.Pipeline.registerFunction(fold, "glossFold");
    return lunr(function () {
      this.pipeline.before(lunr.stemmer, fold);
      this.searchPipeline.before(lunr.stemmer, fold);
      this.ref("i");
      // Only some documents have a title, term or speaker, so lunr's average length for those
      // fields is tiny and length normalisation would bury every match in them: turn it off.
      this.b(0);
      this.field("title", { boost: 5 });
      this.field("term", { boost: 15 });
      this.field("speaker", { boost: 5 });
      this.field("outlet", { boost: 2 });
      this.field("text");
      for (var i = 0; i < docs.length; i++) {
        var d = docs[i];
        this.add({ i: String(i), title: d.title, term: d.term, speaker: d.speaker, outlet: d.outlet, text: d.text });
      }
    });
  }

  // Typed words, not lunr query syntax: "SDF:" or "al-Assad~" must not be a syntax error.
  function search(lunr, index, docs, query) {
    // The index trims punctuation off words but lunr's search pipeline does not: trim here too.
    var tokens = lunr.tokenizer(query).map(function (t) { return lunr.trimmer(t); })
      .filter(function (t) { return t.toString().length > 0; });
    if (tokens.length === 0) return [];
    var hits = index.query(function (q) {
      tokens.forEach(function (t) {
        var word = t.toString();
        q.term(word, { boost: 10 });
        if (word.length > 2) {
          q.term(fold(t.clone()).toString(), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
        }
      });
    });
    // A glossary entry whose term is exactly what was typed comes first ("UN" before
    // "UN Security Council"), as a reader looking a term up expects; then lunr's score.
    var typed = query.trim().toLowerCase();
    function exact(r) {
      return r.doc.kind === "term" && r.doc.label.replace(/ \(.*\)$/, "").toLowerCase() === typed ? 1 : 0;
    }
    return hits.map(function (h) {
      return { doc: docs[Number(h.ref)], score: h.score, terms: Object.keys(h.matchData.metadata) };
    }).sort(function (a, b) {
      return exact(b) - exact(a) || b.score - a.score;
    }).slice(0, MAX_RESULTS);
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

  function render(lunr, results, query, list, status) {
    var messages = messagesOf(list);
    list.textContent = "";
    status.textContent = query ? countText(messages, results.length, query) : "";
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

  function wireResults() {
    var list = document.getElementById("search-results");
    if (!list || !global.lunr || !global.GLOSS_SEARCH_DOCS) return;
    var lunr = global.lunr;
    var status = document.getElementById("search-status");
    var input = document.getElementById("search-q");
    var form = document.getElementById("search-form");
    var docs = global.GLOSS_SEARCH_DOCS;
    var index = buildIndex(lunr, docs);
    var shown = null;
    function show(q) {
      if (q === shown) return;
      shown = q;
      render(lunr, q ? search(lunr, index, docs, q) : [], q, list, status);
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

  global.GlossSearch = { buildIndex: buildIndex, search: search, matchRanges: matchRanges, excerpt: excerpt };
  if (typeof document !== "undefined") {
    wireResults();
  }
})(this);
