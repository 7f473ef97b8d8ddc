// Gloss reader behaviour: highlights the quotation a link arrived at, and keeps shared-passage
// notes out of the middle of paragraphs where there is no margin to put them in.
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

  // A note ("Also in …") follows its passage in the text. On a wide screen gloss.css floats it into
  // the margin beside the passage; without a margin it would split its paragraph, so it moves to
  // just after the paragraph (or to the end of the list item or cell holding it), and back again
  // when the margin returns. A comment keeps each note's place in the text.
  var WIDE = "(min-width: 70rem)"; // the width from which quotes.css floats notes into the margin
  var BLOCK = "p, h1, h2, h3, h4, h5, h6";
  var HOLDER = "li, dd, dt, td, th, blockquote, figcaption";
  var notes = Array.prototype.slice.call(document.querySelectorAll(".shared-note"));
  if (notes.length === 0 || !window.matchMedia) return;
  var wide = window.matchMedia(WIDE);
  var homes = notes.map(function (note) {
    var home = document.createComment(" shared-note ");
    note.parentNode.insertBefore(home, note);
    return home;
  });

  function placeNotes() {
    var last = new Map(); // block → the note placed after it last, so notes keep their order
    notes.forEach(function (note, i) {
      var home = homes[i];
      if (wide.matches) {
        home.parentNode.insertBefore(note, home.nextSibling);
        note.classList.remove("shared-note-after");
        return;
      }
      var block = home.parentNode.closest ? home.parentNode.closest(BLOCK + ", " + HOLDER) : null;
      if (!block) return;
      note.classList.add("shared-note-after");
      if (block.matches(HOLDER)) {
        block.appendChild(note);
      } else {
        var after = last.get(block) || block;
        after.parentNode.insertBefore(note, after.nextSibling);
        last.set(block, note);
      }
    });
  }
  placeNotes();
  if (wide.addEventListener) {
    wide.addEventListener("change", placeNotes);
  } else if (wide.addListener) {
    wide.addListener(placeNotes);
  }
})();
