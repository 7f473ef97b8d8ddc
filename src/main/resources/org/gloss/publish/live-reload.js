// Live reload for `gloss serve`. The preview server adds this script to the pages it serves;
// it is never written into a built site. It long-polls the server with this page's path and the
// version the page was served at, and reloads the tab when the server answers that a later
// version changed what the page shows. When a rebuild fails, the server answers with its
// problems, shown over the page until a build succeeds: the page itself is the last good version.
(function () {
  'use strict';
  var page = window.location.pathname;
  var script = document.currentScript;
  var version = script && script.getAttribute('data-version');
  var shown = 0; // the id of the error the overlay shows, 0 for none
  var overlay = null;
  function showError(id, message) {
    shown = id;
    if (overlay === null) {
      overlay = document.createElement('div');
      overlay.id = 'gloss-build-error';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;'
        + 'margin:0;padding:1em 1.25em;background:#fff5f5;color:#5c0011;border-top:4px solid #c00;'
        + 'font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 -2px 12px rgba(0,0,0,.25)';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('strong');
    title.textContent = 'Build failed: this page is the last version that built. Fix the file and save.';
    var text = document.createElement('pre');
    text.style.cssText = 'white-space:pre-wrap;margin:.5em 0 0';
    text.textContent = message; // text, never markup: a file name or a quoted line cannot inject
    overlay.appendChild(title);
    overlay.appendChild(text);
  }
  function clearError() {
    shown = 0;
    if (overlay !== null) {
      overlay.remove();
      overlay = null;
    }
  }
  function poll(extra) {
    var url = '/__gloss/changes?page=' + encodeURIComponent(page)
      + (version === null ? '' : '&since=' + encodeURIComponent(version)) + '&shown=' + shown + extra;
    fetch(url, { cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (answer) {
        if (answer === 'reload') {
          window.location.reload();
          return;
        }
        if (answer === 'clear') {
          clearError();
        } else if (answer.lastIndexOf('error ', 0) === 0) {
          var newline = answer.indexOf('\n');
          showError(answer.substring(6, newline), answer.substring(newline + 1));
        } else {
          version = answer;
        }
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
