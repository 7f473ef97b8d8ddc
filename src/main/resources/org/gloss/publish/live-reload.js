// Live reload for `gloss serve`. The preview server adds this script to the pages it serves;
// it is never written into a built site. It long-polls the server with this page's path and the
// version the page was served at, and reloads the tab when the server answers that a later
// version changed what the page shows.
(function () {
  'use strict';
  var page = window.location.pathname;
  var script = document.currentScript;
  var version = script && script.getAttribute('data-version');
  function poll(extra) {
    var url = '/__gloss/changes?page=' + encodeURIComponent(page)
      + (version === null ? '' : '&since=' + encodeURIComponent(version)) + extra;
    fetch(url, { cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (answer) {
        if (answer === 'reload') {
          window.location.reload();
          return;
        }
        version = answer;
        poll('');
      })
      .catch(function () { setTimeout(function () { poll(''); }, 1000); });
  }
  // The first poll says the page has loaded and painted: a rebuild holds back the rest of its
  // work until reloading tabs have, so they do not share the CPU with it. No change is missed
  // meanwhile: the poll asks for every change since the version the page was served at.
  var started = false;
  function start() {
    if (!started) {
      started = true;
      poll('&loaded=1');
    }
  }
  function afterPaint() {
    window.requestAnimationFrame(function () { setTimeout(start, 0); });
    setTimeout(start, 100); // a background tab paints no frames
  }
  if (document.readyState === 'complete') {
    afterPaint();
  } else {
    window.addEventListener('load', afterPaint);
  }
}());
