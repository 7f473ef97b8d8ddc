// Live reload for `gloss serve`. The preview server adds this script to the pages it serves;
// it is never written into a built site. It long-polls the server for a new site version and
// reloads the tab when one arrives.
(function () {
  'use strict';
  var version = null;
  function poll() {
    var url = '/__gloss/changes' + (version === null ? '' : '?since=' + encodeURIComponent(version));
    fetch(url, { cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (current) {
        if (version !== null && current !== version) {
          window.location.reload();
          return;
        }
        version = current;
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
}());
