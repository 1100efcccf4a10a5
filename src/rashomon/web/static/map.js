// Maps: Natural Earth country shapes (shipped, no tile server) and a circle per place.
// Data comes from the element's data-points (JSON) or data-src (our /api/places URL).
// Names are set as text, never as HTML: they come from articles and gazetteers.
(function () {
  "use strict";

  function say(box, text) {
    box.textContent = text;
    box.classList.add("vendor-missing");
  }

  function popup(point) {
    var div = document.createElement("div");
    var name = document.createElement("b");
    name.dir = "auto";
    name.textContent = point.name;
    var where = document.createElement("div");
    var count = point.documents !== undefined ? point.documents + " document(s)" : point.mentions + " mention(s)";
    where.textContent = point.lat.toFixed(3) + ", " + point.lon.toFixed(3) +
      (point.country ? " · " + point.country : "") + " · " + count;
    div.appendChild(name);
    div.appendChild(where);
    return div;
  }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }

  function draw(box) {
    if (typeof L === "undefined") {
      say(box, "The map needs third-party files that are not installed: run make setup (scripts/vendor_web.sh).");
      return;
    }
    var map = L.map(box, { minZoom: 1, maxZoom: 12, worldCopyJump: true });
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Natural Earth");
    map.setView([30, 30], 2);
    var points = box.dataset.points ? Promise.resolve(JSON.parse(box.dataset.points))
      : getJSON(box.dataset.src).then(function (page) { return page.items; });
    var shapes = getJSON(box.dataset.countries).then(function (geo) {
      L.geoJSON(geo, {
        interactive: false,
        style: { color: "#9aa5a8", weight: 0.6, fillColor: "#e9e6dc", fillOpacity: 1 }
      }).addTo(map);
      box.dataset.countriesDrawn = String(geo.features.length);
    });
    Promise.all([shapes, points]).then(function (done) {
      var list = done[1];
      var bounds = [];
      list.forEach(function (p) {
        var weight = p.documents !== undefined ? p.documents : p.mentions;
        L.circleMarker([p.lat, p.lon], {
          radius: 4 + 2 * Math.sqrt(weight || 1),
          color: "#0f5c63", weight: 1, fillColor: "#1b8a94", fillOpacity: 0.7
        }).bindPopup(popup(p)).addTo(map);
        bounds.push([p.lat, p.lon]);
      });
      if (bounds.length) {
        map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 });
      }
      box.dataset.markers = String(list.length);
      box.dataset.ready = "1";
    }).catch(function (err) {
      say(box, "The map could not load its data: " + err.message);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("div.map").forEach(draw);
  });
})();
