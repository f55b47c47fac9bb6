"use strict";
// The map view, beside the graph: Natural Earth's country outlines (world-atlas, drawn with
// d3-geo as SVG; no tiles, nothing fetched), a point per place where located evidence happened
// (explorer/map_data.py says where, by the GeoJSON export's rule), sized by its count and
// coloured by its commonest relation family, and states shaded by their number of relations.
// The relations drawn in the graph (filters, time, a neighbourhood) are the ones counted here.
// Names only ever go through textContent.
(function (gx) {
  const {nodes, state, el, labelOf, edgeTitle, evidenceBlock, count} = gx;
  const NS = "http://www.w3.org/2000/svg", MAX_LISTED = 100;
  const GEO = gx.raw.geo || {points: [], states: [], events: []};
  const at = new Map(GEO.points.map(([i, lat, lon]) => [nodes[i].id, [lon, lat]]));
  const stateOf = new Map(GEO.states.map(([i, code]) => [code, nodes[i].id]));   // numeric code → actor
  const placed = new Map();                                                      // relation → [[evidence index, place]]
  GEO.events.forEach(([i, k, n]) => { const e = gx.edges[i]; if (!placed.has(e)) placed.set(e, []); placed.get(e).push([k, nodes[n].id]); });
  const DATE = gx.raw.evidence_fields.indexOf("date");
  const topology = JSON.parse(document.getElementById("world-outlines").textContent);
  const countries = topojson.feature(topology, topology.objects.countries).features;
  const box = document.getElementById("map-view"), notice = document.getElementById("map-notice");
  const svg = document.createElementNS(NS, "svg"), world = document.createElementNS(NS, "g");
  svg.appendChild(world); box.insertBefore(svg, notice);
  const node = (tag, attrs, parent) => {
    const e = document.createElementNS(NS, tag);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v)); if (parent) parent.appendChild(e); return e;
  };
  const titled = (e, text) => { const t = document.createElementNS(NS, "title"); t.textContent = text; e.appendChild(t); return e; };
  const radius = n => (3 + 2.2 * Math.sqrt(n)) / Math.sqrt(view.k);          // the same on screen at any zoom
  const commonest = p => [...p.families].sort((a, b) => b[1] - a[1]);          // [[family, count]], most first
  const located = n => count(n, "located evidence", "located evidence");
  const mix = (a, b, f) => "#" + [1, 3, 5].map(i => Math.round(parseInt(a.slice(i, i + 2), 16) * (1 - f) + parseInt(b.slice(i, i + 2), 16) * f).toString(16).padStart(2, "0")).join("");

  function tally() {
    const places = new Map(), relations = new Map();
    gx.edges.forEach(e => {
      if (!gx.edgePasses(e)) return;
      [e.source, e.target].forEach(id => relations.set(id, (relations.get(id) || 0) + 1));
      (placed.get(e) || []).forEach(([k, place]) => {
        if (!gx.dateIn(DATE >= 0 ? e.rows[k][DATE] : null)) return;
        if (!places.has(place)) places.set(place, {id: place, hits: [], families: new Map()});
        const p = places.get(place);
        p.hits.push([e, k]); p.families.set(e.family, (p.families.get(e.family) || 0) + 1);
      });
    });
    return {places, relations};
  }

  // Outlines: projected once per size of the view.
  let drawnSize = "", shapes = [], points = null, view = {k: 1, x: 0, y: 0};
  function outline() {
    const {width, height} = box.getBoundingClientRect(), size = width + "x" + height;
    if (size === drawnSize || !width || !height) return;
    drawnSize = size; world.replaceChildren();
    const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], {type: "Sphere"});
    const path = d3.geoPath(projection);
    node("path", {d: path({type: "Sphere"}), class: "sphere"}, world);
    shapes = countries.map(f => {
      const actor = stateOf.get(f.id) || null;
      const shape = node("path", {d: path(f), class: "country" + (actor ? " known" : "")}, world);
      if (actor) shape.addEventListener("click", () => gx.select(actor));
      return {shape, actor, name: f.properties.name, title: titled(shape, f.properties.name).lastChild};
    });
    points = node("g", {}, world);
    gx.project = projection;
    place();
  }
  function draw() {
    if (!state.map) return;
    const t0 = performance.now();
    outline();
    const {places, relations} = tally();
    const most = Math.max(1, ...shapes.map(s => (s.actor && relations.get(s.actor)) || 0));
    shapes.forEach(s => {
      const n = (s.actor && relations.get(s.actor)) || 0;
      s.shape.setAttribute("fill", n ? mix("#dbe4ee", "#35608f", Math.log1p(n) / Math.log1p(most)) : "#e8ebef");
      s.title.textContent = (s.actor ? labelOf(s.actor) : s.name) + (s.actor ? ": " + count(n, "relation") : "");
    });
    points.replaceChildren();
    const list = [...places.values()].sort((a, b) => b.hits.length - a.hits.length);   // small ones on top
    list.forEach(p => {
      const [family] = commonest(p)[0];
      const xy = gx.project(at.get(p.id));
      if (!xy) return;
      const dot = node("circle", {cx: xy[0], cy: xy[1], r: radius(p.hits.length), class: "point",
                                  fill: gx.FAMILY_COLORS[family] || gx.raw.colours.other_family}, points);
      dot.dataset.place = p.id; dot.dataset.count = String(p.hits.length);
      titled(dot, labelOf(p.id) + ": " + located(p.hits.length));
      dot.addEventListener("click", ev => { ev.stopPropagation(); showPlace(p, dot); });
    });
    notice.textContent = located(list.reduce((s, p) => s + p.hits.length, 0)) + " at " + count(list.length, "place")
      + " · shading: relations of each state · scroll to zoom, drag to move";
    gx.timings.mapMs = performance.now() - t0;
  }
  function showPlace(p, dot) {
    points.querySelectorAll(".chosen").forEach(d => d.classList.remove("chosen")); dot.classList.add("chosen");
    const panel = document.getElementById("panel");
    panel.replaceChildren(el("h2", labelOf(p.id)));
    panel.appendChild(el("div", located(p.hits.length) + " · " + commonest(p).map(([f, n]) => f + " " + n).join(", "), "meta"));
    p.hits.slice(0, MAX_LISTED).forEach(([e, k]) => { panel.appendChild(el("div", edgeTitle(e), "hop")); panel.appendChild(evidenceBlock(gx.evidence(e)[k])); });
    if (p.hits.length > MAX_LISTED) panel.appendChild(el("div", "… " + (p.hits.length - MAX_LISTED) + " more", "meta"));
  }

  // Zoom (the wheel, about the pointer) and moving (dragging); points keep their size on screen.
  function place() {
    world.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    if (points) points.querySelectorAll("circle").forEach(c => c.setAttribute("r", radius(Number(c.dataset.count))));
  }
  svg.addEventListener("wheel", ev => {
    ev.preventDefault();
    const r = svg.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    const k = Math.max(1, Math.min(40, view.k * (ev.deltaY < 0 ? 1.25 : 0.8)));
    view = {k, x: px - (px - view.x) * k / view.k, y: py - (py - view.y) * k / view.k}; place();
  }, {passive: false});
  let drag = null;
  svg.addEventListener("mousedown", ev => { drag = {x: ev.clientX - view.x, y: ev.clientY - view.y}; });
  window.addEventListener("mousemove", ev => { if (drag) { view.x = ev.clientX - drag.x; view.y = ev.clientY - drag.y; place(); } });
  window.addEventListener("mouseup", () => { drag = null; });

  const button = document.getElementById("show-map");
  function showMap(on) {
    state.map = !!on; box.hidden = !state.map; button.setAttribute("aria-pressed", String(state.map));
    button.textContent = state.map ? "Hide map" : "Map";
    gx.renderer.resize(); gx.renderer.refresh();
  }
  button.addEventListener("click", () => { showMap(!state.map); gx.update(false); });
  window.addEventListener("resize", () => { if (state.map) { drawnSize = ""; draw(); } });
  Object.assign(gx, {showMap, drawMap: draw});
})(window.graphx);
