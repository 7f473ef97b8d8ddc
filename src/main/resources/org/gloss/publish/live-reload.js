// Live reload for `gloss serve`. The preview server adds this script to the pages it serves;
// it is never written into a built site. It long-polls the server with this page's path, and
// reloads the tab when the server answers that a new version changed what the page shows.
(function () {
  'use strict';
  var page = window.location.pathname;
  var version = null;
  function poll() {
    var url = '/__gloss/changes?page=' + encodeURIComponent(page)
      + (version === null ? '' : '&since=' + encodeURIComponent(version));
    fetch(url, { cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (answer) {
        if (answer === 'reload') {
          window.location.reload();
          return;
        }
        version = answer;
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
}());
