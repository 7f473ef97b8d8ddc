// Gloss reader behaviour: highlights the quotation a link arrived at.
(function () {
  "use strict";
  function highlightTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (el && el.classList.contains("quote")) {
      el.classList.add("is-highlighted");
    }
  }
  window.addEventListener("hashchange", highlightTarget);
  highlightTarget();
})();
