/* readiness overview: sort by any column, filter by text, verdict and gate.
   No inline handlers and nothing loaded: the page's Content-Security-Policy allows this script
   by its hash. Without it the table is complete, in the order the files were given. */
(function () {
  "use strict";
  var table = document.getElementById("overview");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var lang = document.documentElement.lang || "nb";
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  var heads = Array.prototype.slice.call(table.querySelectorAll("th[data-col]"));
  var text = document.getElementById("filter-text");
  var verdict = document.getElementById("filter-verdict");
  var gate = document.getElementById("filter-gate");
  var count = document.getElementById("shown-count");
  var sorted = { col: -1, dir: 1 };

  rows.forEach(function (row, i) { row.setAttribute("data-index", String(i)); });

  function key(row, col) {
    var cell = row.cells[col];
    var v = cell ? cell.getAttribute("data-v") : null;
    return v === null ? (cell ? cell.textContent.trim() : "") : v;
  }

  function compare(a, b, numeric) {
    if (a === "" || b === "") { return a === b ? 0 : (a === "" ? 1 : -1); }
    if (numeric) { return Number(a) - Number(b); }
    return collator.compare(a, b);
  }

  function sortBy(th) {
    var col = Number(th.getAttribute("data-col"));
    var numeric = th.getAttribute("data-type") === "number";
    sorted.dir = sorted.col === col ? -sorted.dir : 1;
    sorted.col = col;
    var dir = sorted.dir;
    var order = rows.slice().sort(function (x, y) {
      var a = key(x, col), b = key(y, col);
      var c = compare(a, b, numeric);
      if (a !== "" && b !== "") { c = c * dir; }
      return c || Number(x.getAttribute("data-index")) - Number(y.getAttribute("data-index"));
    });
    order.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (h) {
      if (h === th) {
        h.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      } else {
        h.removeAttribute("aria-sort");
      }
    });
  }

  heads.forEach(function (th) {
    var button = th.querySelector("button");
    if (button) { button.addEventListener("click", function () { sortBy(th); }); }
  });

  // The rule columns a gate filter keeps: those of the chosen gate.
  var ruleHeads = Array.prototype.slice.call(table.querySelectorAll("th[data-gates]"));
  var groupHeads = Array.prototype.slice.call(table.querySelectorAll("th[data-group-id]"));
  var sectionHeads = Array.prototype.slice.call(table.querySelectorAll("th[data-section-id]"));

  function showColumns(chosen) {
    var perGroup = {}, perSection = {};
    ruleHeads.forEach(function (th) {
      var keep = !chosen || th.getAttribute("data-gates").split(" ").indexOf(chosen) >= 0;
      var col = Number(th.getAttribute("data-col"));
      th.hidden = !keep;
      rows.forEach(function (row) { if (row.cells[col]) { row.cells[col].hidden = !keep; } });
      if (keep) {
        var g = th.getAttribute("data-group"), s = th.getAttribute("data-section");
        perGroup[g] = (perGroup[g] || 0) + 1;
        perSection[s] = (perSection[s] || 0) + 1;
      }
    });
    groupHeads.forEach(function (th) {
      var n = perGroup[th.getAttribute("data-group-id")] || 0;
      th.hidden = n === 0;
      if (n) { th.colSpan = n; }
    });
    sectionHeads.forEach(function (th) {
      var n = perSection[th.getAttribute("data-section-id")] || 0;
      th.hidden = n === 0;
      if (n) { th.colSpan = n; }
    });
  }

  function filter() {
    var words = text ? text.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    var v = verdict ? verdict.value : "";
    var g = gate ? gate.value : "";
    var shown = 0;
    rows.forEach(function (row) {
      var hay = row.getAttribute("data-search") || "";
      var keep = words.every(function (w) { return hay.indexOf(w) >= 0; }) &&
        (!v || row.getAttribute("data-verdict") === v) &&
        (!g || row.getAttribute("data-gate") === g);
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    showColumns(g);
    if (count) {
      count.textContent = count.getAttribute("data-template")
        .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    }
  }

  [text, verdict, gate].forEach(function (control) {
    if (control) {
      control.addEventListener("input", filter);
      control.addEventListener("change", filter);
    }
  });
  var controls = document.getElementById("controls");
  if (controls) { controls.hidden = false; }
  filter();
}());
