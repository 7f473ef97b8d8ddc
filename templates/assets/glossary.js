// Glossary popovers: a mention (a.term[data-term]) explains itself on hover, keyboard focus or tap.
// Without this script every mention is simply a link to its entry on glossary.html.
// The text comes from data attributes the page already carries (no inline script: the Content
// Security Policy allows same-origin files only) and is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var mentions = document.querySelectorAll("a.term[data-term]");
  if (!mentions.length) return;

  var popover = document.createElement("span");
  popover.className = "gloss-popover";
  popover.id = "gloss-popover";
  popover.setAttribute("role", "tooltip");
  popover.hidden = true;

  var current = null;     // the mention the popover describes
  var pinned = false;     // opened by a tap or click: stays until dismissed
  var hideTimer = null;
  var lastPointer = "mouse";

  function entryFor(mention) {
    var term = mention.getAttribute("data-term");
    if (mention.hasAttribute("data-definition")) return mention;
    var all = document.querySelectorAll("a.term[data-definition]");
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute("data-term") === term) return all[i];
    }
    return mention;
  }

  // The words come from the page (data-messages on an ancestor, JSON written from the theme's
  // messages file in the site's language), so this script holds none of its own.
  function message(mention, key, values) {
    var holder = mention.closest ? mention.closest("[data-messages]") : null;
    var all;
    try {
      all = holder ? JSON.parse(holder.getAttribute("data-messages")) : {};
    } catch (e) {
      all = {};
    }
    var text = all[key];
    if (typeof text !== "string") return "";
    return text.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function fill(mention) {
    var source = entryFor(mention);
    var term = mention.getAttribute("data-term");
    var expansion = source.getAttribute("data-expansion");
    var definition = source.getAttribute("data-definition");
    popover.textContent = "";
    var head = document.createElement("span");
    head.className = "gloss-popover-head";
    var name = document.createElement("strong");
    name.textContent = term;
    head.appendChild(name);
    if (expansion && expansion !== term) {
      head.appendChild(document.createTextNode(": " + expansion));
    }
    popover.appendChild(head);
    if (definition) {
      var body = document.createElement("span");
      body.className = "gloss-popover-definition";
      body.textContent = definition;
      popover.appendChild(body);
    }
    var more = document.createElement("a");
    more.className = "gloss-popover-more";
    more.href = mention.getAttribute("href");
    more.textContent = message(mention, "more", { term: term }) || term;
    popover.appendChild(more);
  }

  function place(mention) {
    // The popover follows its mention in the document, so Tab moves from the mention into it.
    mention.insertAdjacentElement("afterend", popover);
    popover.style.left = "0px";
    popover.style.top = "0px";
    var m = mention.getBoundingClientRect();
    var p = popover.getBoundingClientRect();
    var originX = p.left, originY = p.top;   // where (0, 0) put it
    var width = popover.offsetWidth;
    var left = Math.max(8, Math.min(m.left, document.documentElement.clientWidth - width - 8));
    var top = m.bottom + 6;
    if (top + popover.offsetHeight > window.innerHeight && m.top - popover.offsetHeight - 6 > 0) {
      top = m.top - popover.offsetHeight - 6;
    }
    popover.style.left = (left - originX) + "px";
    popover.style.top = (top - originY) + "px";
  }

  function show(mention, pin) {
    clearTimeout(hideTimer);
    if (current && current !== mention) current.removeAttribute("aria-describedby");
    if (current !== mention || popover.hidden) {
      current = mention;
      fill(mention);
      popover.hidden = false;
      place(mention);
    }
    mention.setAttribute("aria-describedby", popover.id);
    if (pin) pinned = true;
  }

  function hide() {
    clearTimeout(hideTimer);
    popover.hidden = true;
    pinned = false;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  function hideSoon() {
    if (pinned) return;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () {
      if (!popover.matches(":hover") && !popover.contains(document.activeElement)
          && !(current && (current.matches(":hover") || current === document.activeElement))) {
        hide();
      }
    }, 200);
  }

  Array.prototype.forEach.call(mentions, function (mention) {
    mention.addEventListener("mouseenter", function () { show(mention, false); });
    mention.addEventListener("mouseleave", hideSoon);
    mention.addEventListener("focus", function () { show(mention, false); });
    mention.addEventListener("blur", hideSoon);
    mention.addEventListener("pointerdown", function (e) { lastPointer = e.pointerType || "mouse"; });
    mention.addEventListener("touchstart", function () { lastPointer = "touch"; }, { passive: true });
    mention.addEventListener("click", function (e) {
      // Keyboard activation (detail 0) follows the link: focus has already shown the popover.
      // A tap or click first opens the popover; a second one, or its link, goes to the glossary.
      if (e.detail === 0 && lastPointer !== "touch") return;
      if (current === mention && pinned && !popover.hidden) return;
      e.preventDefault();
      show(mention, true);
    });
  });

  popover.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  popover.addEventListener("mouseleave", hideSoon);
  popover.addEventListener("focusout", hideSoon);

  document.addEventListener("keydown", function (e) {
    if ((e.key === "Escape" || e.key === "Esc") && !popover.hidden) {
      var back = current;
      var focusInside = popover.contains(document.activeElement);
      hide();
      // Focus left inside the popover would vanish with it: return it to the mention, which
      // would show the popover again on focus, so hide once more after.
      if (focusInside && back) {
        back.focus({ preventScroll: true });
        hide();
      }
    }
  });

  document.addEventListener("click", function (e) {
    if (popover.hidden) return;
    if (popover.contains(e.target) || (current && current.contains(e.target))) return;
    hide();
  });

  window.addEventListener("resize", function () { if (current && !popover.hidden) place(current); });
})();
