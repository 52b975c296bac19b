// Progressive enhancement: without JavaScript the form's buttons do the same (full page).
// A change re-assesses at once: the form is posted to .../results and the fragment replaced.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("whatif");
  var results = document.getElementById("results");
  if (!form || !results || !window.fetch || !window.FormData) return;
  var latest = 0;
  var timer = null;

  function refresh() {
    var mine = ++latest;
    results.setAttribute("aria-busy", "true");
    fetch(form.dataset.results, { method: "POST", body: new FormData(form) })
      .then(function (resp) { return resp.text(); })
      .then(function (html) {
        if (mine === latest) results.innerHTML = html;  // answers may arrive out of order
      })
      .catch(function () { /* keep the last result; the button still works */ })
      .then(function () { if (mine === latest) results.removeAttribute("aria-busy"); });
    markChanged();
  }

  function markChanged() {
    form.querySelectorAll("[data-original]").forEach(function (el) {
      var now = el.type === "checkbox" ? String(el.checked) : el.value.trim();
      el.closest("label").classList.toggle("changed", now !== el.dataset.original);
    });
  }

  form.querySelectorAll("input[name^='c:'], select[name^='c:'], textarea[name^='c:']").forEach(function (el) {
    el.dataset.original = el.type === "checkbox" ? String(el.checked) : el.value.trim();
  });

  form.addEventListener("change", function (ev) {
    if (ev.target.name === "gate") { form.submit(); return; }  // other controls per gate
    clearTimeout(timer);
    refresh();
  });
  form.addEventListener("input", function (ev) {
    if (ev.target.matches("input[type=text], input[type=number], textarea")) {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    }
  });
  document.body.classList.add("js");
});
