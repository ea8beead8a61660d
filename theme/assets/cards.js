// Stretch cards, progressive enhancement only: every page works and prints without this script.
// On /cards/: the chooser form shows the sheets it will print, and opens the chosen layout with ?cards=id,id&print=1.
// On a layout page: keeps only the chosen cards, regroups them N to a sheet, and offers a Print button.
(function () {
  "use strict";

  // The words of theme/strings.yml (chooser_*) that cards.sbn writes on the form as data-chooser-* attributes
  // (issue 13), each {name} in them filled in from facts.
  function say(form, key, facts) {
    return Object.keys(facts).reduce(function (text, name) {
      return text.split("{" + name + "}").join(String(facts[name]));
    }, form.getAttribute("data-chooser-" + key) || "");
  }

  // The preview: the sheets the chosen layout and cards make, each a small picture of the paper with the
  // cards' names in their places, and a sentence saying the same for screen readers.
  function showPreview(form) {
    var layout = form.querySelector("input[name=layout]:checked");
    var chosen = Array.prototype.filter.call(form.querySelectorAll("input[name=card]"), function (box) { return box.checked; });
    var preview = form.querySelector(".chooser-preview");
    var perSheet = parseInt(layout.getAttribute("data-per-sheet"), 10) || 1;
    var paper = layout.getAttribute("data-paper");
    var sheets = [];
    for (var i = 0; i < chosen.length; i += perSheet) {
      sheets.push(chosen.slice(i, i + perSheet));
    }
    preview.replaceChildren.apply(preview, sheets.map(function (cards) {
      var sheet = document.createElement("span");
      sheet.className = "sheet-thumb paper-" + paper;
      for (var j = 0; j < perSheet; j++) {
        var slot = document.createElement("span");
        slot.className = "slot up-" + perSheet;
        slot.textContent = cards[j] ? cards[j].getAttribute("data-name") : "";
        sheet.appendChild(slot);
      }
      return sheet;
    }));
    var name = layout.parentNode.textContent.trim().split(",")[0];
    form.querySelector(".chooser-summary").textContent = chosen.length === 0 ? "" : say(form, "summary", {
      cards: say(form, chosen.length === 1 ? "cards-one" : "cards-many", { n: chosen.length }),
      sheets: say(form, sheets.length === 1 ? "sheets-one" : "sheets-many", { n: sheets.length }),
      paper: name
    });
    form.querySelector(".chooser-error").hidden = chosen.length > 0;
  }

  function setUpChooser(form) {
    var error = form.querySelector(".chooser-error");
    form.hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll(".cards-without-script"), function (el) { el.hidden = true; });
    form.addEventListener("change", function () { showPreview(form); });
    showPreview(form);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var layout = form.querySelector("input[name=layout]:checked");
      var cards = Array.prototype.map.call(form.querySelectorAll("input[name=card]:checked"), function (box) { return box.value; });
      error.hidden = cards.length > 0;
      if (!layout || cards.length === 0) {
        return;
      }
      var all = form.querySelectorAll("input[name=card]").length;
      var query = cards.length === all ? "?print=1" : "?cards=" + encodeURIComponent(cards.join(",")) + "&print=1";
      window.location.assign(layout.value + query);
    });
  }

  function keepChosen(container, chosen) {
    var perSheet = parseInt(container.getAttribute("data-per-sheet"), 10) || 1;
    var sheets = Array.prototype.slice.call(container.querySelectorAll(".sheet"));
    var kept = [];
    sheets.forEach(function (sheet) {
      Array.prototype.forEach.call(sheet.querySelectorAll(".card"), function (card) {
        if (chosen.indexOf(card.getAttribute("data-card")) >= 0) {
          kept.push(card);
        } else {
          card.classList.add("is-left-out");
        }
      });
    });
    if (kept.length === 0) {
      return;
    }
    sheets.forEach(function (sheet, i) {
      kept.slice(i * perSheet, (i + 1) * perSheet).forEach(function (card) { sheet.appendChild(card); });
    });
    sheets.forEach(function (sheet) {
      Array.prototype.forEach.call(sheet.querySelectorAll(".card.is-left-out"), function (card) { card.remove(); });
      if (!sheet.querySelector(".card")) {
        sheet.remove();
      }
    });
  }

  function setUpSheets(container) {
    var params = new URLSearchParams(window.location.search);
    var chosen = params.get("cards");
    if (chosen) {
      keepChosen(container, chosen.split(","));
    }
    var button = document.querySelector(".print-button");
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    }
    if (params.get("print") === "1") {
      window.addEventListener("load", function () { window.print(); });
    }
  }

  var form = document.getElementById("card-chooser");
  if (form) {
    setUpChooser(form);
  }
  var container = document.querySelector(".card-sheets");
  if (container) {
    setUpSheets(container);
  }
})();
