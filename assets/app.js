// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Hold countdowns: "9:41" until the hold runs out, a warning in the last minute, and at the end
  // the checkout turns into "your hold ran out" (its pay form gone) without waiting for a reload.
  function tickCountdowns() {
    var now = Date.now();
    document.querySelectorAll(".countdown[data-expires]").forEach(function (el) {
      var left = Math.round((Date.parse(el.getAttribute("data-expires")) - now) / 1000);
      if (isNaN(left)) return;
      var note = el.closest(".hold-note");
      if (left <= 0) {
        el.textContent = "0:00";
        el.classList.add("expired");
        if (note && !note.classList.contains("expired")) {
          note.classList.add("expired");
          note.setAttribute("role", "alert");
          note.textContent = note.getAttribute("data-ran-out");
        }
        holdRanOut();
        return;
      }
      var m = Math.floor(left / 60);
      var s = left % 60;
      el.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      el.classList.toggle("urgent", left <= 60);
      if (left <= 60 && note && !note.querySelector(".hold-warning")) {
        var warning = document.createElement("strong");
        warning.className = "hold-warning";
        warning.setAttribute("role", "status");
        warning.textContent = " " + note.getAttribute("data-warning");
        note.appendChild(warning);
      }
    });
  }

  function holdRanOut() {
    var checkout = document.querySelector(".checkout[data-showing-url]");
    if (!checkout) return;
    var box = document.createElement("section");
    box.className = "card hold-ran-out";
    box.id = "hold-ran-out";
    box.setAttribute("role", "alert");
    var title = document.createElement("h2");
    // The words come with the page, in its language.
    title.textContent = checkout.getAttribute("data-ran-out-title");
    var text = document.createElement("p");
    text.textContent = checkout.getAttribute("data-ran-out-text");
    var again = document.createElement("a");
    again.className = "button primary";
    again.id = "pick-seats-again";
    again.href = checkout.getAttribute("data-showing-url");
    again.textContent = checkout.getAttribute("data-pick-again");
    box.appendChild(title);
    box.appendChild(text);
    box.appendChild(again);
    checkout.replaceWith(box);
    // What the page says of the booking changes with it: expired, nothing left to cancel, and
    // the note above says no more than the box.
    var badge = document.querySelector(".booking-head [data-status]");
    if (badge) {
      badge.textContent = checkout.getAttribute("data-expired");
      badge.setAttribute("data-status", "expired");
      badge.className = "badge status-expired";
    }
    document.querySelectorAll("section.cancel, .hold-note").forEach(function (el) { el.remove(); });
    again.focus();
  }

  // The seat map is one tab stop; arrow keys move between seats (roving tabindex).
  function seats(grid) {
    return Array.prototype.slice.call(grid.querySelectorAll("button.seat"));
  }

  function setRoving(grid, current) {
    var all = seats(grid);
    if (!all.length) return;
    if (!current || all.indexOf(current) < 0) {
      current = grid.querySelector('button.seat[data-state="mine"]') ||
        grid.querySelector('button.seat[data-state="free"]') || all[0];
    }
    all.forEach(function (b) { b.tabIndex = b === current ? 0 : -1; });
  }

  // A seat's place is its grid area ("grid-area:6/9"), which the markup sets anyway.
  function rowOf(b) { return parseInt(b.style.gridRowStart, 10); }
  function colOf(b) { return parseInt(b.style.gridColumnStart, 10); }

  function nearest(all, from, dRow, dCol) {
    var row = rowOf(from), col = colOf(from), best = null, bestScore = Infinity;
    all.forEach(function (b) {
      var r = rowOf(b), c = colOf(b);
      var along = dRow ? (r - row) * dRow : (c - col) * dCol;
      var across = dRow ? Math.abs(c - col) : Math.abs(r - row);
      if (along <= 0) return;
      var score = along * 100 + across * (dRow ? 1 : 1000);
      if (score < bestScore) { bestScore = score; best = b; }
    });
    return best;
  }

  var keys = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

  document.addEventListener("keydown", function (e) {
    var seat = e.target.closest && e.target.closest("button.seat");
    if (!seat) return;
    var grid = seat.closest(".seat-grid");
    var all = seats(grid), next = null;
    if (keys[e.key]) {
      next = nearest(all, seat, keys[e.key][0], keys[e.key][1]);
    } else if (e.key === "Home") {
      next = all[0];
    } else if (e.key === "End") {
      next = all[all.length - 1];
    } else {
      return;
    }
    e.preventDefault();
    if (next) {
      setRoving(grid, next);
      next.focus();
    }
  });

  function initGrids() {
    document.querySelectorAll(".seat-grid").forEach(function (grid) {
      var focused = grid.contains(document.activeElement) ? document.activeElement : null;
      setRoving(grid, focused);
    });
  }

  document.addEventListener("focusin", function (e) {
    var seat = e.target.closest && e.target.closest("button.seat");
    if (seat) setRoving(seat.closest(".seat-grid"), seat);
  });

  // The seat grid's poll: the browser revalidates it with If-None-Match, and when the server answers
  // 304 it hands htmx the stored copy as a 200. Swapping that in would change nothing but would reset
  // focus and hover, so a poll whose ETag is the one the grid on the page was drawn from is dropped.
  document.addEventListener("htmx:beforeSwap", function (e) {
    var target = e.detail.target;
    var xhr = e.detail.xhr;
    if (!target || !xhr || xhr.status !== 200 || !target.hasAttribute("data-etag")) return;
    var config = e.detail.requestConfig;
    if (config && config.verb && config.verb.toLowerCase() !== "get") return;
    var tag = xhr.getResponseHeader("ETag");
    if (tag && tag === target.getAttribute("data-etag")) e.detail.shouldSwap = false;
  });

  // htmx wires up swapped-in content only when it settles (20 ms later). A seat clicked or
  // pressed in that gap, right after a poll, would submit its form the plain way: a full page
  // load that drops the keyboard focus. Wire new content up at once instead (htmx skips
  // elements it has already processed).
  document.addEventListener("htmx:afterSwap", function (e) {
    if (window.htmx && e.target instanceof Element) window.htmx.process(e.target);
  });

  document.addEventListener("htmx:afterSettle", initGrids);
  // A form sent back with mistakes puts the cursor in the first field to correct.
  function focusFirstError() {
    var field = document.querySelector("form [aria-invalid=\"true\"]");
    if (field && typeof field.focus === "function") field.focus();
  }

  // Printing needs JavaScript, so the ticket's print button shows only where it works.
  function initPrintButtons() {
    document.querySelectorAll("[data-print-page]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  // "Zoom in": seats big enough to tap on a phone, the map scrolling inside its box and kept where
  // it was across the poll's swaps; "Whole hall" fits it to the width again.
  function initZoom() {
    var button = document.querySelector("[data-zoom]");
    var map = button && button.closest(".seat-map");
    if (!map) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var zoomed = map.classList.toggle("zoomed");
      button.setAttribute("aria-pressed", zoomed ? "true" : "false");
      button.textContent = button.getAttribute(zoomed ? "data-zoom-out" : "data-zoom-in");
      var wrap = document.getElementById("seat-grid");
      if (zoomed && wrap) wrap.scrollLeft = (wrap.scrollWidth - wrap.clientWidth) / 2;
    });
  }
  var kept = null;
  document.addEventListener("htmx:beforeSwap", function (e) {
    var wrap = document.getElementById("seat-grid");
    if (wrap && e.detail.target === wrap) kept = [wrap.scrollLeft, wrap.scrollTop];
  });
  document.addEventListener("htmx:afterSwap", function () {
    var wrap = document.getElementById("seat-grid");
    if (wrap && kept) { wrap.scrollLeft = kept[0]; wrap.scrollTop = kept[1]; }
    kept = null;
  });

  document.addEventListener("DOMContentLoaded", function () {
    focusFirstError();
    initZoom();
    initPrintButtons();
    initGrids();
    tickCountdowns();
    setInterval(tickCountdowns, 1000);
  });
})();
