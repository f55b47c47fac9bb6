"use strict";
// The drawing: a graphology graph drawn by sigma.js (WebGL) at the positions computed in
// Python. What is visible is decided in one pass over the relations (`recompute`) and applied
// by sigma's reducers; labels are chosen by degree and never overlap.
(function (gx) {
  const {nodes, edges, byId, state, highlight, count} = gx;
  const COLOURS = gx.raw.colours;      // graphx/explorer/colours.py, the one home of the colours
  const CONTESTED = new Set((gx.raw.contested || []).map(c => c[0]));   // disputed relations: a flag on the edge
  const PALETTE = COLOURS.palette, TYPE_COLORS = COLOURS.types, FAMILY_COLORS = COLOURS.families;
  const HIGHLIGHT = "#d4a72c", DIM_NODE = "#e1e4e8", DIM_EDGE = "#eceef1";
  const LABEL_SIZE = 13, HUB_LABELS = 25;
  const EDGE_LABEL_RATIO = 0.5;   // relation labels only zoomed in this far, or on a neighbourhood: no pile-up at hubs
  const PICK_PX = 8;              // how near (in pixels) the pointer must be to a relation to point at it
  const hlNodes = new Set(highlight.nodes), hlEdges = new Set(highlight.edges);
  const maxDegree = nodes.reduce((m, n) => Math.max(m, n.degree || 0), 1);
  const large = edges.length > 20000;
  const alpha = large ? 0.3 : edges.length > 1000 ? 0.55 : 0.85;
  // Colours mixed with white rather than transparent: sigma's WebGL blending expects
  // premultiplied colours, so a faint rgba() would come out white.
  const tint = (hex, a) => "#" + [1, 3, 5].map(i => Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * a).toString(16).padStart(2, "0")).join("");

  // Everything drawable, as data; the graphology graph sigma draws holds only what is visible
  // now (rebuilt by `recompute`), so a collapsed 50,000-actor overview draws a few hundred items.
  function actorAttributes(n) {
    return {x: n.x, y: -n.y, size: 2.5 + 14 * Math.sqrt((n.degree || 0) / maxDegree), label: n.label, actor: true,
            weight: n.degree || 0, community: n.community,
            communityColor: n.community >= 0 ? PALETTE[n.community % PALETTE.length] : COLOURS.no_community,
            typeColor: TYPE_COLORS[n.type] || COLOURS.other_type};
  }
  function edgeAttributes(e) {
    const colour = FAMILY_COLORS[e.family] || COLOURS.other_family, faint = e.modality === "hypothetical" || e.modality === "negated";
    return {data: e, type: e.symmetric ? "line" : "arrow", size: (large ? 0.6 : 1.2) + Math.min(3, Math.log2(e.count || 1)),
            color: tint(colour, faint ? alpha / 2 : alpha), label: CONTESTED.has(e.id) ? e.relation + " \u2691" : e.relation};
  }
  const neighbours = new Map(nodes.map(n => [n.id, []]));
  edges.forEach(e => { if (e.source !== e.target) { neighbours.get(e.source).push(e.target); neighbours.get(e.target).push(e.source); } });
  // One node per community, drawn instead of its members while communities are collapsed.
  const members = new Map();
  nodes.forEach(n => { if (n.community >= 0) { if (!members.has(n.community)) members.set(n.community, []); members.get(n.community).push(n); } });
  const superOf = k => "community:" + k;
  const communityNodes = new Map();
  const largest = Math.max(1, ...[...members.values()].map(list => list.length));
  members.forEach((list, k) => {
    if (list.length < 2) return;
    const hub = list.reduce((a, b) => (b.degree > a.degree ? b : a));
    const x = list.reduce((s, n) => s + n.x, 0) / list.length, y = list.reduce((s, n) => s + n.y, 0) / list.length;
    communityNodes.set(k, {x: x, y: -y, size: 4 + 26 * Math.sqrt(list.length / largest), community: k, weight: list.length * 1e6,
                           label: hub.label + " +" + (list.length - 1).toLocaleString("en"), isCommunity: true,
                           communityColor: PALETTE[k % PALETTE.length], typeColor: COLOURS.no_community});
  });

  // What is visible: one pass over the relations, then a fresh graph of exactly that.
  const visible = {nodes: new Set(), edges: new Set(), hubs: new Set()};
  function edgePasses(e) {
    const s = byId.get(e.source), t = byId.get(e.target);
    return !state.relHidden.has(e.relation) && (e.count || 1) >= state.minEvidence && (e.outlets || 0) >= state.minOutlets && gx.inTime(e)
      && !state.typeHidden.has(s.type) && !state.typeHidden.has(t.type)
      && s.degree >= state.minDegree && t.degree >= state.minDegree
      && (!state.focus || (state.focus.has(e.source) && state.focus.has(e.target)));
  }
  const pairKey = (a, b) => (a < b ? a + "\u0000" + b : b + "\u0000" + a);   // one key per pair of actors
  function recompute() {
    const collapsing = state.collapsed && !state.focus && !hlNodes.size;
    const unit = id => {
      if (!collapsing) return id;
      const k = byId.get(id).community;
      return k >= 0 && !state.expanded.has(k) && communityNodes.has(k) ? superOf(k) : id;
    };
    const vn = new Set(), shown = [], agg = new Map();
    edges.forEach(e => {
      if (!edgePasses(e)) return;
      const us = unit(e.source), ut = unit(e.target);
      vn.add(us); vn.add(ut);
      if (us === e.source && ut === e.target) shown.push(e);
      else if (us !== ut) { const pair = pairKey(us, ut); agg.set(pair, (agg.get(pair) || 0) + 1); }
    });
    const keep = id => { const n = byId.get(id); if (n && !state.typeHidden.has(n.type)) vn.add(unit(id)); };
    hlNodes.forEach(keep);
    if (state.root) keep(state.root);
    if (state.selected && byId.has(state.selected)) keep(state.selected);
    if (state.showIsolated) nodes.forEach(n => { if (!n.degree && (!state.focus || state.focus.has(n.id))) keep(n.id); });

    const g = new graphology.MultiDirectedGraph();
    const weight = id => (id.startsWith("community:") ? communityNodes.get(Number(id.slice(10))).weight : byId.get(id).degree);
    [...vn].sort((a, b) => weight(b) - weight(a)).forEach(id => {
      g.addNode(id, id.startsWith("community:") ? communityNodes.get(Number(id.slice(10))) : actorAttributes(byId.get(id)));
    });
    // Several relations between two actors: curved apart, so each stays visible and clickable.
    const pairs = new Map();
    shown.forEach(e => { const k = pairKey(e.source, e.target); if (!pairs.has(k)) pairs.set(k, []); pairs.get(k).push(e); });
    pairs.forEach(list => list.forEach((e, i) => {
      const attributes = edgeAttributes(e);
      if (list.length > 1) {
        attributes.type = "curved";
        const step = Math.min(0.45, 1.2 / (list.length - 1));
        attributes.curvature = (i - (list.length - 1) / 2 || 0.5) * step * (e.source < e.target ? 1 : -1);
      }
      g.addEdgeWithKey(e.key, e.source, e.target, attributes);
    }));
    agg.forEach((n, pair) => {
      const [a, b] = pair.split("\u0000");
      g.addEdgeWithKey("agg:" + pair, a, b, {agg: true, type: "line", size: 0.5 + Math.log2(1 + n),
                                              color: "#b8bec5", label: count(n, "relation")});
    });
    visible.nodes = vn; visible.edges = new Set(g.edges()); visible.relations = shown.length;
    // The biggest hubs are always label candidates (sigma's label grid offers one per cell,
    // so a hub beside a bigger one would lose its label); overlaps are still never drawn.
    visible.hubs = new Set(g.nodes().slice(0, HUB_LABELS));
    gx.graph = g;
    if (gx.renderer) { gx.renderer.setGraph(g); requestAnimationFrame(gx.edgeLabels); }
    return g;
  }

  // Labels: sigma offers candidates (its label grid, the selected actor, a path's actors); they
  // are drawn after each frame, most important first, and none over another.
  let candidates = [], drawn = [];
  function collectLabel(ctx, data) { if (data.label) candidates.push(data); }
  function drawLabels(ctx, settings, area) {
    const rank = d => (d.highlighted ? 1e12 : 0) + d.size;
    candidates.sort((a, b) => rank(b) - rank(a));
    const size = settings.labelSize;
    candidates.forEach(d => {
      ctx.font = (d.isCommunity || d.highlighted ? "600 " : "400 ") + size + "px " + settings.labelFont;
      const width = ctx.measureText(d.label).width;
      // Right of the node, else left, above or below: the first place free of other labels.
      const places = [[d.x + d.size + 3, d.y + size / 3], [d.x - d.size - 3 - width, d.y + size / 3],
                      [d.x - width / 2, d.y - d.size - 4], [d.x - width / 2, d.y + d.size + size + 2]];
      const free = places.map(([x, y]) => ({x: x - 2, y: y - size, width: width + 4, height: size + 5, tx: x, ty: y}))
        .filter(box => box.x >= 0 && box.y >= 0 && box.x + box.width <= area.width && box.y + box.height <= area.height)
        .find(box => !drawn.some(b => box.x < b.x + b.width && b.x < box.x + box.width && box.y < b.y + b.height && b.y < box.y + box.height));
      if (!free) return;
      const {tx: x, ty: y} = free;
      drawn.push({id: d.key, label: d.label, fontSize: size, x: free.x, y: free.y, width: free.width, height: free.height});
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.92)"; ctx.strokeText(d.label, x, y);
      ctx.fillStyle = "#1f2328"; ctx.fillText(d.label, x, y);
    });
  }

  // A highlighted actor is drawn again on sigma's hover layer: a ring only, its label is ours
  // (sigma's own label there, boxed and measured in another weight, left a letter of ours
  // showing past its box: "Mike Pompeo o").
  function drawHover(ctx, data) {
    ctx.beginPath(); ctx.arc(data.x, data.y, data.size + 3, 0, 2 * Math.PI);
    ctx.lineWidth = 2; ctx.strokeStyle = "#1f2328"; ctx.stroke();
  }

  // The relation under the pointer, with a margin (sigma's own picking needs the exact pixel of
  // a 1-2 px line): the nearest drawn relation within PICK_PX, its curve followed as sigma draws it.
  function edgeAt(x, y) {
    let best = null, nearest = PICK_PX;
    if (large || !gx.graph) return null;
    gx.graph.forEachEdge((key, a, s, t, sa, ta) => {
      const p = renderer.graphToViewport(sa), q = renderer.graphToViewport(ta);
      const d = a.curvature ? curveDistance(x, y, p, q, a.curvature) : segmentDistance(x, y, p, q);
      if (d < nearest) { nearest = d; best = key; }
    });
    return best;
  }
  function segmentDistance(x, y, p, q) {
    const dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((x - p.x) * dx + (y - p.y) * dy) / len2)) : 0;
    return Math.hypot(x - (p.x + t * dx), y - (p.y + t * dy));
  }
  function curveDistance(x, y, p, q, curvature) {
    const c = {x: (p.x + q.x) / 2 + (q.y - p.y) * curvature, y: (p.y + q.y) / 2 - (q.x - p.x) * curvature};
    let best = Infinity, prev = p;
    for (let i = 1; i <= 16; i++) {
      const t = i / 16, u = 1 - t;
      const point = {x: u * u * p.x + 2 * u * t * c.x + t * t * q.x, y: u * u * p.y + 2 * u * t * c.y + t * t * q.y};
      best = Math.min(best, segmentDistance(x, y, prev, point)); prev = point;
    }
    return best;
  }

  const dimming = () => hlNodes.size > 0;
  function nodeReducer(id, a) {
    const res = Object.assign({}, a);
    res.color = state.colourBy === "type" ? a.typeColor : a.communityColor;
    if (dimming() && !hlNodes.has(id)) { res.color = DIM_NODE; res.label = null; res.zIndex = 0; }
    else if (dimming()) { res.zIndex = 1; res.highlighted = true; res.forceLabel = true; }
    if (visible.hubs.has(id) && res.label) res.forceLabel = true;
    if (id === state.selected || id === state.root) { res.highlighted = true; res.forceLabel = true; }
    return res;
  }
  function edgeReducer(key, a) {
    if (!dimming()) return a;
    const res = Object.assign({}, a);
    if (a.data && hlEdges.has(a.data.id)) { res.color = HIGHLIGHT; res.size = 4; res.zIndex = 1; } else { res.color = DIM_EDGE; }
    return res;
  }

  const container = document.getElementById("graph");
  const program = Sigma.rendering;
  const renderer = new Sigma(new graphology.MultiDirectedGraph(), container, {   // ui.js draws the first view
    defaultEdgeType: "arrow",
    edgeProgramClasses: {arrow: program.EdgeArrowProgram, line: program.EdgeLineProgram, curved: program.EdgeCurveProgram},
    labelDensity: 1, labelGridCellSize: 90, labelRenderedSizeThreshold: 4, labelSize: LABEL_SIZE,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    defaultDrawNodeLabel: collectLabel, defaultDrawNodeHover: drawHover, zIndex: true, minCameraRatio: 0.01, maxCameraRatio: 4,
    renderEdgeLabels: false, enableEdgeEvents: !large, hideEdgesOnMove: large,
    nodeReducer: nodeReducer, edgeReducer: edgeReducer, stagePadding: 40,
  });
  gx.timings.sigma = performance.now();
  function edgeLabels() {
    const wanted = edges.length <= 300 && (renderer.getCamera().ratio <= EDGE_LABEL_RATIO || !!state.focus || dimming());
    if (renderer.getSetting("renderEdgeLabels") !== wanted) renderer.setSetting("renderEdgeLabels", wanted);
  }
  renderer.getCamera().on("updated", () => requestAnimationFrame(edgeLabels));   // not inside the camera's own update
  renderer.on("beforeRender", () => { candidates = []; drawn = []; });
  renderer.on("afterRender", () => drawLabels(renderer.getCanvases().labels.getContext("2d"), renderer.getSettings(),
                                               renderer.getDimensions()));
  // The frame: actors with relations (actors without are placed outside it, shown on request).
  const related = nodes.filter(n => n.degree > 0);
  if (related.length) {
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    related.forEach(n => { x0 = Math.min(x0, n.x); x1 = Math.max(x1, n.x); y0 = Math.min(y0, -n.y); y1 = Math.max(y1, -n.y); });
    renderer.setCustomBBox({x: [x0, x1], y: [y0, y1]});
  }

  function fitTo(ids, duration) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(id => { const d = renderer.getNodeDisplayData(id); if (!d) return;
                        x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y); });
    if (!Number.isFinite(x0)) return;
    const ratio = Math.min(1.5, Math.max(0.03, 1.3 * Math.max(x1 - x0, y1 - y0)));
    renderer.getCamera().animate({x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: ratio}, {duration: duration ?? 250});
  }
  function neighbourhood(id, hops) {
    const seen = new Set([id]); let frontier = [id];
    for (let h = 0; h < hops; h++) {
      const next = [];
      frontier.forEach(f => (neighbours.get(f) || []).forEach(nb => { if (!seen.has(nb)) { seen.add(nb); next.push(nb); } }));
      frontier = next;
    }
    return seen;
  }
  function exportCanvas() {
    renderer.refresh();
    const {width, height} = renderer.getDimensions(), scale = window.devicePixelRatio || 1;
    const out = document.createElement("canvas");
    out.width = Math.round(width * scale); out.height = Math.round(height * scale);
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    container.querySelectorAll("canvas").forEach(c => ctx.drawImage(c, 0, 0, out.width, out.height));
    return out;
  }

  Object.assign(gx, {renderer, visible, recompute, edgePasses, fitTo, neighbourhood, superOf, members, edgeAt, edgeLabels,
                     exportCanvas, drawnLabels: () => drawn.slice(), FAMILY_COLORS, TYPE_COLORS,
                     edgesShown: () => visible.relations});
})(window.graphx);
