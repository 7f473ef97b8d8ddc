// Gloss reader behaviour: highlights the quotation a link arrived at; sends old #para-N links to #p-N.
(function () {
  "use strict";
  function highlightTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    // Paragraphs were once addressed #para-N; the numbers are the same, the ids are now p-N.
    var old = /^para-(\d+)$/.exec(id);
    if (old && !document.getElementById(id) && document.getElementById("p-" + old[1])) {
      location.replace("#p-" + old[1]);
      return;
    }
    var el = document.getElementById(id);
    if (el && el.classList.contains("quote")) {
      el.classList.add("is-highlighted");
    }
  }
  window.addEventListener("hashchange", highlightTarget);
  highlightTarget();
})();
