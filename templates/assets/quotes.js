// Quotation markers: list the other printings of a shared quotation.
// The list is already in the page (hidden, right after the marker); this script only shows it,
// keeps focus sensible, and highlights a quotation reached through a link to its id.
(function () {
  'use strict';

  var current = null; // { marker, pop } while a list is open

  function popoverOf(marker) {
    var id = marker.getAttribute('aria-controls');
    return id ? document.getElementById(id) : null;
  }

  function close(returnFocus) {
    if (!current) { return; }
    var marker = current.marker;
    current.pop.hidden = true;
    marker.setAttribute('aria-expanded', 'false');
    current = null;
    if (returnFocus) { marker.focus(); }
  }

  function open(marker, pop) {
    close(false);
    pop.hidden = false;
    marker.setAttribute('aria-expanded', 'true');
    current = { marker: marker, pop: pop };
    var first = pop.querySelector('a');
    if (first) { first.focus(); }
  }

  document.addEventListener('click', function (e) {
    var marker = e.target.closest ? e.target.closest('a.quote-marker, a.quote-similar-marker') : null;
    if (marker) {
      var pop = popoverOf(marker);
      if (!pop) { return; } // no list: follow the link to the quotations page
      e.preventDefault();
      if (current && current.marker === marker) { close(true); } else { open(marker, pop); }
      return;
    }
    if (current && !current.pop.contains(e.target)) { close(false); }
  });

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && current) {
      e.preventDefault();
      close(true);
    } else if (e.key === ' ' && e.target.matches && e.target.matches('a.quote-marker, a.quote-similar-marker')) {
      e.preventDefault(); // Space activates the marker like a button
      e.target.click();
    }
  });

  document.addEventListener('focusout', function (e) {
    if (!current) { return; }
    var next = e.relatedTarget;
    if (next && !current.pop.contains(next) && next !== current.marker) { close(false); }
  });

  function highlight() {
    var old = document.querySelectorAll('.is-highlighted');
    for (var i = 0; i < old.length; i++) { old[i].classList.remove('is-highlighted'); }
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) { return; }
    var target = document.getElementById(id);
    if (!target) { return; }
    target.classList.add('is-highlighted');
    // A quotation split by its attribution has several parts; light them all.
    var parts = document.querySelectorAll('[data-quote]');
    for (var j = 0; j < parts.length; j++) {
      if (parts[j].getAttribute('data-quote') === id) { parts[j].classList.add('is-highlighted'); }
    }
  }

  window.addEventListener('hashchange', highlight);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', highlight);
  } else {
    highlight();
  }
})();
