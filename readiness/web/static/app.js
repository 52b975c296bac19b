// The workspace without reloading the page. Without JavaScript the form's buttons do the same
// with a whole page; with it, a change posts the form to .../results (Accept: JSON) and the
// answer replaces the assessment, and the controls only when they are no longer the same
// (an item added or removed, a suggestion filled in): focus and scroll position stay.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("ws");
  if (!form || !window.fetch || !window.FormData) return;
  var results = document.getElementById("results");
  var controls = document.getElementById("controls");
  var status = document.getElementById("status");
  var busy = false;  // one request at a time: each answer carries the edits the next builds on
  var again = null;  // a change made while one was under way: sent when it is answered
  var timer = null;
  // buttons that change the workspace; the others (save, downloads, language) submit as usual
  var live = { step: 1, add: 1, remove: 1, reset: 1, reassess: 1 };

  function send(submitter) {
    if (busy) { again = submitter || again || true; return; }
    busy = true;
    // URL-encoded, as the form itself posts (see page.html)
    var body = new URLSearchParams(submitter ? new FormData(form, submitter) : new FormData(form));
    results.setAttribute("aria-busy", "true");
    fetch(form.dataset.results, {
      method: "POST", body: body, headers: { "Accept": "application/json" }
    })
      .then(function (resp) {
        if (!resp.ok) throw new Error(String(resp.status));
        return resp.json();
      })
      .then(apply)
      .catch(function () { form.submit(); })  // the server knows best: a whole page
      .then(function () {
        busy = false;
        results.removeAttribute("aria-busy");
        if (again) { var next = again === true ? null : again; again = null; send(next); }
      });
  }

  function apply(answer) {
    document.getElementById("log").value = answer.log;
    document.getElementById("layout").value = answer.layout;
    results.innerHTML = answer.results;
    if (answer.controls !== null) {
      var active = document.activeElement;
      var keep = active && active.id && controls.contains(active) ? active.id : null;
      var x = window.scrollX, y = window.scrollY;
      controls.innerHTML = answer.controls;
      window.scrollTo(x, y);
      var target = answer.focus ? document.getElementById(answer.focus) : (keep ? document.getElementById(keep) : null);
      if (target) focusOn(target, !answer.focus);
    }
    marks(answer.changed || []);
    var verdict = document.getElementById("verdict");
    if (status && verdict) status.textContent = verdict.textContent;
  }

  function marks(changed) {
    var names = {};
    changed.forEach(function (n) { names[n] = true; });
    controls.querySelectorAll(".field[data-for]").forEach(function (el) {
      el.classList.toggle("changed", !!names[el.dataset.for]);
    });
  }

  function focusOn(el, quiet) {
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") p.open = true;
    }
    if (el.tagName === "DETAILS") el.open = true;
    var input = el.matches("input, select, textarea, button, summary") ? el
      : el.querySelector("input:not([type=hidden]), select, textarea, summary");
    (input || el).focus({ preventScroll: quiet });
    if (!quiet) (input || el).scrollIntoView({ block: "center" });
  }

  form.addEventListener("submit", function (ev) {
    var b = ev.submitter;
    if (b && b.hasAttribute("formaction")) return;  // save and the downloads: as usual
    if (b && b.name && !live[b.name]) return;  // the language: a whole page
    ev.preventDefault();
    send(b && b.name !== "reassess" ? b : null);
  });
  form.addEventListener("change", function (ev) {
    var t = ev.target;
    if (!t.name || (t.name.indexOf("c:") !== 0 && t.name !== "gate")) return;
    clearTimeout(timer);
    send(null);
  });
  form.addEventListener("input", function (ev) {
    var t = ev.target;
    if (!t.name || t.name.indexOf("c:") !== 0) return;
    if (t.tagName === "TEXTAREA" || t.type === "text") {
      clearTimeout(timer);
      timer = setTimeout(function () { send(null); }, 500);
    }
  });
  // a link to a control: open the sections it is in and put the cursor there
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a[href^='#f-'], a[href^='#finding-']");
    if (!a) return;
    var el = document.getElementById(a.getAttribute("href").slice(1));
    if (!el) return;
    ev.preventDefault();
    focusOn(el, false);
    history.replaceState(null, "", a.getAttribute("href"));
  });
  document.body.classList.add("js");
});
