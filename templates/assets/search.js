// Gloss offline search. lunr.js and the index (search-index.js, a plain script defining
// GLOSS_SEARCH_DOCS) are loaded by <script> tags on search.html: no fetch, so it works from
// file:// as well as from a server. Every href in the index is relative to the site root, where
// search.html lives. Results are built with textContent only, so indexed text cannot inject markup.
(function (global) {
  "use strict";

  var MAX_RESULTS = 40;
  var SNIPPET_WORDS = 30;
  var KIND_LABELS = { article: "Article", paragraph: "Paragraph", quote: "Quotation", term: "Glossary" };

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
      return { doc: docs[Number(h.ref)], score: h.score };
    }).sort(function (a, b) {
      return exact(b) - exact(a) || b.score - a.score;
    }).slice(0, MAX_RESULTS);
  }

  function snippet(text, query) {
    var words = (text || "").split(/\s+/);
    if (words.length <= SNIPPET_WORDS) return text || "";
    var first = (query.toLowerCase().split(/\s+/)[0] || "");
    var at = 0;
    for (var i = 0; i < words.length && first; i++) {
      if (words[i].toLowerCase().indexOf(first) >= 0) { at = i; break; }
    }
    var start = Math.max(0, at - 8);
    var cut = words.slice(start, start + SNIPPET_WORDS).join(" ");
    return (start > 0 ? "… " : "") + cut + (start + SNIPPET_WORDS < words.length ? " …" : "");
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function render(results, query, list, status) {
    list.textContent = "";
    status.textContent = query ? results.length + (results.length === 1 ? " result" : " results") + " for “" + query + "”" : "";
    results.forEach(function (r) {
      var d = r.doc;
      var li = el("li", "search-result search-result-" + d.kind);
      li.appendChild(el("span", "search-kind", KIND_LABELS[d.kind] || d.kind));
      var a = el("a", "search-title", d.label);
      a.setAttribute("href", d.href);
      li.appendChild(a);
      if (d.context) li.appendChild(el("span", "search-context", d.context));
      if (d.text) li.appendChild(el("p", "search-snippet", snippet(d.text, query)));
      list.appendChild(li);
    });
  }

  function queryFromHash() {
    var m = /(?:^#|&)q=([^&]*)/.exec(global.location.hash);
    return m ? decodeURIComponent(m[1].replace(/\+/g, " ")) : "";
  }

  function wireForms() {
    var forms = document.querySelectorAll("form[data-gloss-search]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var q = form.querySelector("input[name=q]").value.trim();
        // The hash, not a query string: it survives file:// in every browser.
        global.location.href = form.action.split("#")[0] + "#q=" + encodeURIComponent(q);
      });
    });
  }

  function wireResults() {
    var list = document.getElementById("search-results");
    if (!list || !global.lunr || !global.GLOSS_SEARCH_DOCS) return;
    var status = document.getElementById("search-status");
    var input = document.getElementById("search-q");
    var docs = global.GLOSS_SEARCH_DOCS;
    var index = buildIndex(global.lunr, docs);
    function run() {
      var q = queryFromHash();
      if (input) input.value = q;
      render(q ? search(global.lunr, index, docs, q) : [], q, list, status);
    }
    global.addEventListener("hashchange", run);
    run();
  }

  global.GlossSearch = { buildIndex: buildIndex, search: search, snippet: snippet };
  if (typeof document !== "undefined") {
    wireForms();
    wireResults();
  }
})(this);
