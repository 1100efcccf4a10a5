// A story's timeline with vis-timeline: its documents on their publication dates and the
// dates their text mentions. Item contents are DOM text nodes, never HTML strings.
(function () {
  "use strict";

  var DAY = 24 * 3600 * 1000;

  // "2017-11-20" as local midnight (Date parses bare ISO dates as UTC).
  function day(iso) {
    var p = iso.split("-");
    return new Date(+p[0], +p[1] - 1, +p[2]);
  }

  function draw(box) {
    if (typeof vis === "undefined" || !vis.Timeline) {
      box.textContent = "The timeline needs third-party files that are not installed: run make setup (scripts/vendor_web.sh).";
      box.classList.add("vendor-missing");
      return;
    }
    var raw = JSON.parse(box.dataset.items);
    if (!raw.length) {
      box.textContent = "No dated documents or time mentions.";
      box.classList.add("empty");
      return;
    }
    var first = Infinity, last = -Infinity;
    var items = raw.map(function (item, i) {
      var label = document.createElement("span");
      if (item.lang) { label.lang = item.lang; }
      var text = document.createElement("span");
      text.dir = "auto";
      text.textContent = item.text;
      label.appendChild(text);
      if (item.value) {
        var value = document.createElement("bdi");
        value.dir = "ltr";
        value.className = "value";
        value.textContent = item.value;
        label.appendChild(document.createTextNode(" "));
        label.appendChild(value);
      }
      var start = day(item.start), end = item.end ? day(item.end) : null;
      first = Math.min(first, start.getTime());
      last = Math.max(last, (end || start).getTime());
      var out = { id: i, group: item.group, start: start, content: label, href: item.href };
      if (end) { out.end = end; out.type = "range"; } else { out.type = "box"; }
      return out;
    });
    var pad = Math.max(3 * DAY, (last - first) * 0.15);
    var groups = [
      { id: "documents", content: "Published" },
      { id: "mentions", content: "Mentioned" }
    ];
    var timeline = new vis.Timeline(box, new vis.DataSet(items), new vis.DataSet(groups), {
      stack: true, zoomable: true, margin: { item: 6 }, orientation: "top",
      showCurrentTime: false, start: new Date(first - pad), end: new Date(last + pad),
      onInitialDrawComplete: function () { box.dataset.ready = "1"; }
    });
    timeline.on("select", function (props) {
      var item = items[props.items[0]];
      if (item && item.href && item.href.indexOf("/documents/") === 0) {
        window.location.assign(item.href);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#story-timeline").forEach(draw);
  });
})();
