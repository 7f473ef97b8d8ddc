// Gloss theme: light or dark. The pages follow the system (prefers-color-scheme, in gloss.css)
// until the reader presses the header's toggle; that choice is kept in localStorage and set as
// data-theme on <html>. This file is loaded in <head>, before anything is drawn, so a page never
// shows the other theme first. Without the script (or without storage) the system decides and the
// toggle stays hidden.
(function () {
  "use strict";
  var KEY = "gloss-theme";
  var root = document.documentElement;
  var system = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function stored() {
    try {
      var v = window.localStorage.getItem(KEY);
      return v === "dark" || v === "light" ? v : null;
    } catch (e) {
      return null; // storage refused (a privacy setting, some file:// pages): follow the system
    }
  }

  function store(theme) {
    try {
      if (theme) {
        window.localStorage.setItem(KEY, theme);
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) {
      // Not remembered; the choice still holds on this page.
    }
  }

  function apply(theme) {
    if (theme) {
      root.setAttribute("data-theme", theme);
    } else {
      root.removeAttribute("data-theme");
    }
  }

  function systemTheme() {
    return system && system.matches ? "dark" : "light";
  }

  function shown() {
    return root.getAttribute("data-theme") || systemTheme();
  }

  apply(stored());
  root.classList.add("theme-switchable"); // gloss.css shows the toggle from the first paint

  function wire() {
    var buttons = document.querySelectorAll("[data-gloss-theme-toggle]");
    function sync() {
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].setAttribute("aria-pressed", shown() === "dark" ? "true" : "false");
      }
    }
    function toggle() {
      var next = shown() === "dark" ? "light" : "dark";
      // Choosing what the system shows anyway means following the system again.
      var choice = next === systemTheme() ? null : next;
      store(choice);
      apply(choice);
      sync();
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", toggle);
    }
    if (system) {
      if (system.addEventListener) {
        system.addEventListener("change", sync);
      } else if (system.addListener) {
        system.addListener(sync);
      }
    }
    // Another tab of the reader changed the theme: follow it.
    window.addEventListener("storage", function (e) {
      if (e.key === KEY || e.key === null) {
        apply(stored());
        sync();
      }
    });
    sync();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
