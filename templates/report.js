(function () {
  "use strict";

  /* Printing: open every collapsed section first, so no evidence is left out of the printed audit file. */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = [];
    document.querySelectorAll("details:not([open])").forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  /* Chart report: expand or collapse all evidence at once. */
  document.querySelectorAll("button[data-expand]").forEach(function (button) {
    button.addEventListener("click", function () {
      var open = button.getAttribute("data-expand") === "open";
      document.querySelectorAll("details.evidence, details.lcd").forEach(function (d) { d.open = open; });
    });
  });

  /* Dashboard: filter and sort the charts table. Rows carry their values in data-* attributes. */
  var table = document.getElementById("charts-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var count = document.getElementById("charts-count");

  function matches(row, key, want) {
    if (!want) { return true; }
    if (key === "requirement") {
      return (" " + row.getAttribute("data-gaps") + " ").indexOf(" " + want + " ") >= 0;
    }
    return row.getAttribute("data-" + key) === want;
  }

  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = selects.every(function (s) { return matches(row, s.getAttribute("data-filter"), s.value); });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (count) {
      count.textContent = "Showing " + shown + " of " + rows.length + (rows.length === 1 ? " chart" : " charts");
    }
  }

  selects.forEach(function (s) { s.addEventListener("change", applyFilters); });
  var reset = document.getElementById("filters-reset");
  if (reset) {
    reset.addEventListener("click", function () {
      selects.forEach(function (s) { s.value = ""; });
      applyFilters();
    });
  }

  function compare(a, b, key, numeric) {
    var x = a.getAttribute("data-sort-" + key) || "";
    var y = b.getAttribute("data-sort-" + key) || "";
    if (numeric) { return Number(x) - Number(y); }
    return x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
  }

  table.querySelectorAll("th button[data-sort]").forEach(function (button) {
    button.addEventListener("click", function () {
      var th = button.closest("th");
      var key = button.getAttribute("data-sort");
      var numeric = button.getAttribute("data-type") === "number";
      var direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      table.querySelectorAll("thead th[aria-sort]").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", direction);
      var sign = direction === "ascending" ? 1 : -1;
      rows.sort(function (a, b) {
        return sign * compare(a, b, key, numeric) || Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  applyFilters();
}());
