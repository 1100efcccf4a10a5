// The co-occurrence graph of an entity page, drawn with Cytoscape.js from data-graph.
// Labels are drawn on a canvas (text, never HTML); a click opens the entity's page.
(function () {
  "use strict";

  var CYTOSCAPE_STYLE_ID = "__________cytoscape_stylesheet";
  var COLOURS = { PER: "#3f6fb5", ORG: "#b5673f", LOC: "#3f9b5f", FAC: "#7a5fb0" };

  function draw(box) {
    if (typeof cytoscape === "undefined") {
      box.textContent = "The graph needs third-party files that are not installed: run make setup (scripts/vendor_web.sh).";
      box.classList.add("vendor-missing");
      return;
    }
    // Cytoscape adds an inline <style> (which the CSP blocks) unless this id already
    // exists; its one rule is in our style.css.
    if (!document.getElementById(CYTOSCAPE_STYLE_ID)) {
      var placeholder = document.createElement("meta");
      placeholder.id = CYTOSCAPE_STYLE_ID;
      document.head.appendChild(placeholder);
    }
    var data = JSON.parse(box.dataset.graph);
    var maxWeight = Math.max.apply(null, data.edges.map(function (e) { return e.weight; }).concat([1]));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, type: n.type, size: n.size, href: n.href, centre: n.centre ? 1 : 0 } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight } };
    }));
    var cy = cytoscape({
      container: box,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "width": "mapData(size, 1, 20, 14, 40)", "height": "mapData(size, 1, 20, 14, 40)",
          "background-color": function (n) { return COLOURS[n.data("type")] || "#777"; },
          "color": "#1d2125", "text-wrap": "ellipsis", "text-max-width": "140px"
        } },
        { selector: "node[centre = 1]", style: { "border-width": 3, "border-color": "#1d2125", "font-weight": "bold" } },
        { selector: "edge", style: {
          "width": "mapData(weight, 1, " + maxWeight + ", 1, 6)", "line-color": "#b9c2c4", "curve-style": "straight"
        } }
      ],
      layout: { name: "concentric", concentric: function (n) { return n.data("centre") ? 2 : 1; }, levelWidth: function () { return 1; }, minNodeSpacing: 30, animate: false }
    });
    cy.on("tap", "node", function (evt) {
      var href = evt.target.data("href");
      if (href && href.indexOf("/entities/") === 0 && !evt.target.data("centre")) {
        window.location.assign(href);
      }
    });
    box.dataset.ready = "1";
    box.dataset.nodes = String(cy.nodes().length);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#entity-graph").forEach(draw);
  });
})();
