// The entity page's corrections (only served with `rashomon serve --admin`): find a target
// by name through /api/entities, merge this entity into it (or only the mentions written
// one way: a split), or undo a merge or split.
// Writes are same-origin fetches with a JSON body, the one kind of POST the server accepts;
// no token lives in the page (with --token, the HttpOnly cookie from ?token= is sent).
(function () {
  "use strict";

  var status = document.getElementById("admin-status");

  function say(text) {
    if (status) { status.textContent = text; }
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) { return response.json(); }
      return response.json().then(function (data) {
        throw new Error((data && data.error && data.error.message) || response.statusText);
      }, function () { throw new Error(response.status + " " + response.statusText); });
    });
  }

  function entityPath(key) {
    return "/entities/" + encodeURIComponent(key);
  }

  function fill(select, items, self) {
    select.replaceChildren();
    items.filter(function (e) { return e.key !== self; }).forEach(function (e) {
      var option = document.createElement("option");
      option.value = e.key;
      option.textContent = e.name + " (" + e.type + ", " + e.documents + " doc." + ") " + e.key;
      select.appendChild(option);
    });
    if (!select.options.length) {
      var none = document.createElement("option");
      none.value = "";
      none.textContent = "(no other entity goes by that name)";
      select.appendChild(none);
    }
    select.dataset.ready = "1";
  }

  function setUpMerge(form) {
    var query = document.getElementById("merge-query");
    var select = document.getElementById("merge-target");
    var self = form.dataset.from;
    var timer = null;
    var asked = 0;

    query.addEventListener("input", function () {
      clearTimeout(timer);
      delete select.dataset.ready;
      timer = setTimeout(function () {
        var text = query.value.trim();
        if (!text) { return; }
        var mine = ++asked;
        var url = form.dataset.api + "?limit=20&q=" + encodeURIComponent(text);
        fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (page) { if (mine === asked) { fill(select, page.items || [], self); } })
          .catch(function (err) { say("Search failed: " + err.message); });
      }, 200);
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var target = select.value;
      var surface = document.getElementById("merge-surface");
      if (!target) { say("Choose the entity to merge into first."); return; }
      say("Merging…");
      post("/api/admin/entities/merge", { from: self, to: target, surface: surface ? surface.value : "" })
        .then(function () { window.location.assign(entityPath(target)); })
        .catch(function (err) { say("Merge failed: " + err.message); });
    });
  }

  function setUpUndo(button) {
    button.addEventListener("click", function () {
      button.disabled = true;
      say("Undoing…");
      post("/api/admin/entities/unmerge", { from: button.dataset.from, surface: button.dataset.surface || "" })
        .then(function () { window.location.reload(); })
        .catch(function (err) { button.disabled = false; say("Undo failed: " + err.message); });
    });
  }

  function init() {
    var form = document.getElementById("merge-form");
    if (form) { setUpMerge(form); }
    document.querySelectorAll("button.undo-merge").forEach(setUpUndo);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
