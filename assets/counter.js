// The counter's keyboard: every action has a key shown on screen, and works with Tab and Enter
// without this script. Single-letter keys act only when the cursor is not in a text field, so
// typing a seat, an amount or a scanned code never triggers them.
(function () {
  "use strict";
  var root = document.querySelector("[data-counter]");
  if (!root) return;
  var screen = root.getAttribute("data-counter");

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") return true;
    if (tag !== "INPUT") return false;
    return !/^(checkbox|radio|button|submit)$/.test(el.type);
  }

  function looksLikeCode(text) {
    return /^[2-9A-HJKMNP-Z]{8}$/i.test(text.trim());
  }

  // The showing list: the search filters as the cashier types, arrows move, Enter opens.
  if (screen === "list") {
    var search = document.getElementById("counter-search");
    var rows = Array.prototype.slice.call(document.querySelectorAll("#showing-list tr[data-href]"));
    var visible = function () { return rows.filter(function (r) { return !r.hidden; }); };
    var select = function (row) {
      rows.forEach(function (r) { r.removeAttribute("aria-selected"); });
      if (row) { row.setAttribute("aria-selected", "true"); row.scrollIntoView({ block: "nearest" }); }
    };
    var selected = function () { return rows.filter(function (r) { return r.getAttribute("aria-selected") === "true" && !r.hidden; })[0]; };
    if (search) {
      search.addEventListener("input", function () {
        var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
        rows.forEach(function (r) {
          var text = r.getAttribute("data-search");
          r.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
        });
        select(visible()[0]);
      });
      search.addEventListener("keydown", function (e) {
        var list = visible();
        var at = list.indexOf(selected());
        if (e.key === "ArrowDown" || e.key === "ArrowUp") {
          e.preventDefault();
          var next = e.key === "ArrowDown" ? Math.min(at + 1, list.length - 1) : Math.max(at - 1, 0);
          select(list[next]);
        } else if (e.key === "Enter") {
          // A scanner's code and Enter look up the reservation; it never opens a showing.
          if (looksLikeCode(search.value)) return;
          var row = selected();
          if (row) { e.preventDefault(); window.location.href = row.getAttribute("data-href"); }
        }
      });
      if (document.activeElement !== search) search.focus();
    }
  }

  // The sale: number keys set the ticket type of every seat (inside one seat's list, the list
  // takes the key itself); C and K choose cash or card.
  if (screen === "sale") {
    var types = document.getElementById("ticket-types");
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(document.activeElement)) return;
      var key = e.key;
      if (/^[1-9]$/.test(key) && types) {
        var changed = false;
        types.querySelectorAll("select[data-ticket-select]").forEach(function (s) {
          var option = s.querySelector('option[data-key="' + key + '"]');
          if (option && !option.selected) { option.selected = true; changed = true; }
        });
        if (changed) { e.preventDefault(); types.submit(); }
      } else if (key === "s" || key === "S") {
        var seats = document.getElementById("seats");
        if (seats) { e.preventDefault(); seats.focus(); seats.select(); }
      } else if (key === "c" || key === "C" || key === "k" || key === "K") {
        var card = key.toLowerCase() === "k";
        var radio = document.getElementById(card ? "method-card" : "method-cash");
        if (radio) {
          e.preventDefault();
          radio.checked = true;
          var details = document.querySelector(".card-fields");
          if (details) details.open = card;
          var next = document.getElementById(card ? "pay-button" : "tendered");
          if (next) next.focus();
        }
      }
    });
    // A ticket type chosen in one seat's list counts at once.
    if (types) {
      types.querySelectorAll("select[data-ticket-select]").forEach(function (s) {
        s.addEventListener("change", function () { types.submit(); });
      });
    }
  }

  // The tickets: Enter goes on to the next customer (the print key is P).
  if (screen === "tickets") {
    var next = document.getElementById("next-customer");
    if (next && document.activeElement !== next) next.focus();
  }

  // The door: after each answer the code field is empty and ready for the next scan.
  if (screen === "door") {
    var code = document.getElementById("code");
    document.body.addEventListener("htmx:afterSwap", function () {
      if (code) { code.value = ""; code.focus(); }
    });
  }

  // Everywhere: the sections' keys, and P to print.
  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape") {
      if (screen !== "list") window.location.href = "/counter";
      return;
    }
    if (typing(document.activeElement)) return;
    var key = e.key.toLowerCase();
    if (key === "p") {
      if (document.querySelector("[data-print]")) { e.preventDefault(); window.print(); }
      return;
    }
    var link = document.querySelector('.counter-nav a[data-key="' + key + '"]');
    if (link) { e.preventDefault(); window.location.href = link.getAttribute("href"); }
  });
  document.querySelectorAll("[data-print]").forEach(function (b) {
    b.addEventListener("click", function () { window.print(); });
  });
})();
