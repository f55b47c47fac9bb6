"use strict";
// The controls and the side panel: search (focuses an actor's neighbourhood), filters, the time
// range, communities, evidence panels, a path page's hops, keyboard, PNG export, the URL fragment.
(function (gx) {
  const {nodes, edges, byId, edgeById, state, highlight, months, renderer, count} = gx;
  const $ = id => document.getElementById(id);
  const {el, labelOf, edgeTitle, dateSpan, backing, evidenceList} = gx;     // evidence.js
  const EDGES_PER_RELATION = 25, EVIDENCE_PER_EDGE = 3;

  // Panels (article text only ever goes through textContent; evidence.js draws the evidence).
  const listed = (items, most) => items.slice(0, most).join(", ") + (items.length > most ? " … and " + (items.length - most) + " more" : "");
  const panel = $("panel");
  function showNode(id) {
    const n = byId.get(id); if (!n) return;
    panel.replaceChildren(el("h2", n.label));
    panel.appendChild(el("div", n.type + (n.kind ? " · " + n.kind : "") + " · " + count(n.mentions || 0, "mention") + " · " + count(n.degree, "related actor") + " · documents: " + listed(n.docs || [], 8), "meta"));
    if (n.aliases && n.aliases.length) panel.appendChild(el("div", "Aliases: " + n.aliases.join(", "), "meta"));
    if (n.roles && n.roles.length) panel.appendChild(el("div", "Roles: " + n.roles.join("; "), "meta"));
    if (state.focus) {
      const more = el("button", "Add its neighbours"); more.id = "expand-actor";
      more.addEventListener("click", () => expandActor(id)); panel.appendChild(more);
    }
    const groups = new Map();
    edges.forEach(e => { if (e.source === id || e.target === id) { if (!groups.has(e.relation)) groups.set(e.relation, []); groups.get(e.relation).push(e); } });
    if (!groups.size) panel.appendChild(el("p", "No relations.", "meta"));
    [...groups.keys()].sort().forEach(rel => {
      const list = groups.get(rel).sort((a, b) => String(a.first_date || "9999").localeCompare(String(b.first_date || "9999")));
      panel.appendChild(el("h3", rel + " (" + list.length + ")"));
      list.slice(0, EDGES_PER_RELATION).forEach(e => { panel.appendChild(el("div", edgeTitle(e) + dateSpan(e), "hop")); evidenceList(panel, e, EVIDENCE_PER_EDGE); });
      if (list.length > EDGES_PER_RELATION) panel.appendChild(el("div", "… " + count(list.length - EDGES_PER_RELATION, "more " + rel + " relation"), "meta"));
    });
  }
  function showEdge(e) {
    panel.replaceChildren(el("h2", edgeTitle(e)));
    panel.appendChild(el("div", "trigger: " + (e.trigger || "") + " · " + (e.modality || "asserted") + " · confidence " + (e.confidence ?? "?") + " · " + (e.count || 1) + " mention(s)" + backing(e) + dateSpan(e), "meta"));
    evidenceList(panel, e, 200);
  }
  function showCommunity(k) {
    const list = (gx.members.get(k) || []).slice().sort((a, b) => b.degree - a.degree);
    panel.replaceChildren(el("h2", "Community " + (k + 1) + " · " + count(list.length, "actor")));
    panel.appendChild(el("div", "Opened in the drawing; untick \u201cone node per community\u201d to open all.", "meta"));
    const ul = el("ul"); list.slice(0, 30).forEach(n => ul.appendChild(el("li", n.label + " (" + n.degree + ")"))); panel.appendChild(ul);
  }
  function showPaths() {
    panel.replaceChildren(el("h2", highlight.paths.length > 1 ? highlight.paths.length + " paths" : "Path"));
    highlight.paths.forEach((path, i) => {
      const hops = path.map(id => edgeById.get(id)).filter(Boolean);
      panel.appendChild(el("h3", (highlight.paths.length > 1 ? "Path " + (i + 1) + " · " : "") + hops.length + " hop" + (hops.length === 1 ? "" : "s")));
      hops.forEach((e, j) => { panel.appendChild(el("div", (j + 1) + ". " + edgeTitle(e) + dateSpan(e), "hop")); evidenceList(panel, e, EVIDENCE_PER_EDGE); });
    });
  }

  // Tooltips.
  const tooltip = $("tooltip");
  function tip(event, build) {
    tooltip.replaceChildren(build()); tooltip.hidden = false;
    tooltip.style.left = Math.min(event.x + 14, $("network").clientWidth - 300) + "px"; tooltip.style.top = (event.y + 14) + "px";
  }
  renderer.on("enterNode", ({node, event}) => tip(event, () => {
    const a = gx.graph.getNodeAttributes(node), box = el("div");
    if (a.isCommunity) { box.append(el("strong", a.label), el("div", "a community: click to open it")); return box; }
    const n = byId.get(node);
    box.append(el("strong", n.label), el("div", n.type + (n.kind ? " · " + n.kind : "") + " · " + count(n.mentions || 0, "mention") + " · " + count(n.degree, "related actor")));
    if (n.aliases && n.aliases.length) box.appendChild(el("div", "Aliases: " + n.aliases.slice(0, 8).join(", ")));
    if (n.roles && n.roles.length) box.appendChild(el("div", "Roles: " + n.roles.join("; ")));
    return box;
  }));
  function edgeTip(edge, event) {
    tip(event, () => {
      const a = gx.graph.getEdgeAttributes(edge), box = el("div");
      if (a.agg) { box.append(el("strong", a.label)); return box; }
      const e = a.data;
      box.append(el("strong", edgeTitle(e)), el("div", (e.modality || "asserted") + " · confidence " + (e.confidence ?? "?") + dateSpan(e)));
      evidenceList(box, e, 2);
      return box;
    });
  }
  // Relations are pointed at with a margin, their labels too (gx.edgeAt), not only on their exact pixels.
  let overNode = false, tipped = null;
  renderer.on("enterNode", () => { overNode = true; tipped = null; });
  renderer.on("leaveNode", () => { overNode = false; tooltip.hidden = true; });
  let pointer = null;                 // the last pointer position, looked at once a frame
  renderer.getMouseCaptor().on("mousemovebody", event => {
    if (!pointer) requestAnimationFrame(() => {
      const at = pointer; pointer = null;
      if (overNode) return;
      const edge = gx.edgeAt(at.x, at.y);
      if (edge && edge !== tipped) edgeTip(edge, at);
      else if (!edge && tipped) tooltip.hidden = true;
      tipped = edge;
    });
    pointer = event;
  });
  renderer.on("clickStage", ({event}) => {
    const edge = gx.edgeAt(event.x, event.y), a = edge && gx.graph.getEdgeAttributes(edge);
    if (a && a.data) showEdge(a.data);
  });

  // Focus: an actor and its neighbourhood; the rest hidden until Reset.
  function select(id) {
    state.selected = id; showNode(id);
    if (!gx.graph.hasNode(id)) { update(false); return; }
    renderer.refresh({skipIndexation: true});
    remember();
  }
  function focusOn(id, hops) {
    if (!byId.has(id)) return false;
    state.root = id; state.selected = id; state.hops = hops || state.hops; state.added = new Set();
    state.focus = gx.neighbourhood(id, state.hops);
    $("hops").value = String(state.hops);
    update(true); showNode(id);
    return true;
  }
  function expandActor(id) {
    if (!state.focus) return;
    state.added.add(id);
    gx.neighbourhood(id, 1).forEach(n => state.focus.add(n));
    update(true); showNode(id);
  }
  function update(refit) {
    gx.recompute();
    gx.drawMap();
    if (refit) gx.fitTo(state.focus ? [...state.focus] : [...gx.visible.nodes], 0);
    remember();
    refreshCounts();
  }
  const remember = () => history.replaceState(null, "", location.pathname + location.search + gx.toHash());
  renderer.on("clickNode", ({node}) => {
    const a = gx.graph.getNodeAttributes(node);
    if (a.isCommunity) { state.expanded.add(a.community); update(false); showCommunity(a.community); return; }
    select(node);
  });
  renderer.on("doubleClickNode", event => { if (state.focus) { event.preventSigmaDefault(); expandActor(event.node); } });
  renderer.on("clickEdge", ({edge}) => { const a = gx.graph.getEdgeAttributes(edge); if (a.data) showEdge(a.data); });

  // Search: names and aliases, exact first, then those that start with the text, then any that contain it.
  const names = [];
  nodes.forEach(n => [n.label, ...(n.aliases || [])].forEach(a => names.push([String(a).toLowerCase(), String(a), n.id])));
  // Each actor once, by its best match (exact, start, inside), then the most mentioned first.
  function matches(text, limit) {
    const q = String(text).trim().toLowerCase().replace(/^the\s+/, "");
    if (!q) return [];
    const best = new Map();
    for (const [key, shown, id] of names) {
      const tier = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(q) ? 2 : -1;
      if (tier >= 0 && (!best.has(id) || tier < best.get(id)[0])) best.set(id, [tier, shown]);
    }
    const weight = id => { const n = byId.get(id); return [-(n.mentions || 0), -(n.degree || 0)]; };
    return [...best].sort(([a, [ta]], [b, [tb]]) => ta - tb || weight(a)[0] - weight(b)[0] || weight(a)[1] - weight(b)[1]
                                                   || labelOf(a).localeCompare(labelOf(b)))
      .slice(0, limit).map(([id, [, shown]]) => [shown, id]);
  }
  function focusActor(query, hops) {
    const best = matches(query, 1)[0];
    return best ? focusOn(best[1], hops) : false;
  }
  const search = $("search"), suggestions = $("suggestions");
  let active = -1;
  function suggest() {
    suggestions.replaceChildren(); active = -1;
    matches(search.value, 10).forEach(([shown, id]) => {
      const li = el("li", shown + (shown !== labelOf(id) ? " \u2192 " + labelOf(id) : "")); li.setAttribute("role", "option");
      li.addEventListener("mousedown", ev => { ev.preventDefault(); suggestions.replaceChildren(); search.value = labelOf(id); focusOn(id); });
      suggestions.appendChild(li);
    });
  }
  search.addEventListener("input", suggest);
  search.addEventListener("blur", () => suggestions.replaceChildren());
  search.addEventListener("keydown", ev => {
    const items = suggestions.children;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!items.length) return; ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      [...items].forEach((li, i) => li.classList.toggle("active", i === active));
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (active >= 0 && items[active]) items[active].dispatchEvent(new MouseEvent("mousedown"));
      else { focusActor(search.value); suggestions.replaceChildren(); }
    }
  });
  $("hops").addEventListener("change", () => { state.hops = Number($("hops").value); if (state.root) focusOn(state.root, state.hops); });

  // Filters.
  function checkbox(container, value, colour, hiddenSet) {
    const label = el("label"), box = document.createElement("input");
    box.type = "checkbox"; box.value = value; box.dataset.filter = value;
    box.addEventListener("change", () => { if (box.checked) hiddenSet.delete(value); else hiddenSet.add(value); update(false); });
    const sw = el("span", undefined, "swatch"); sw.style.background = colour;
    label.append(box, sw, document.createTextNode(value)); container.appendChild(label);
  }
  const relations = new Map(); edges.forEach(e => relations.set(e.relation, e.family));
  [...relations.keys()].sort().forEach(r => checkbox($("relation-filters"), r, gx.FAMILY_COLORS[relations.get(r)] || gx.raw.colours.other_family, state.relHidden));
  [...new Set(nodes.map(n => n.type))].sort().forEach(t => checkbox($("type-filters"), t, gx.TYPE_COLORS[t] || gx.raw.colours.other_type, state.typeHidden));
  Object.entries(gx.FAMILY_COLORS).forEach(([f, c]) => { const l = el("label"), sw = el("span", undefined, "swatch"); sw.style.background = c; l.append(sw, document.createTextNode(f)); $("legend").appendChild(l); });
  $("legend").appendChild(el("label", "faint = hypothetical or negated"));
  function slider(id, key, max) {
    const input = $(id); input.max = String(Math.max(2, max));
    input.addEventListener("input", () => { state[key] = Number(input.value); $(id + "-value").textContent = input.value; update(false); });
  }
  slider("min-degree", "minDegree", Math.min(50, nodes.reduce((m, n) => Math.max(m, n.degree || 0), 1)));
  slider("min-evidence", "minEvidence", Math.min(50, edges.reduce((m, e) => Math.max(m, e.count || 1), 1)));
  slider("min-outlets", "minOutlets", Math.min(50, edges.reduce((m, e) => Math.max(m, e.outlets || 0), 1)));
  const showIsolated = $("show-isolated"), collapse = $("collapse"), colourBy = $("colour-by");
  showIsolated.addEventListener("change", () => { state.showIsolated = showIsolated.checked; update(showIsolated.checked); });
  collapse.disabled = gx.communities.length < 2;
  collapse.addEventListener("change", () => { state.collapsed = collapse.checked; state.expanded.clear(); update(false); });
  colourBy.addEventListener("change", () => { state.colourBy = colourBy.value; update(false); });

  // Time.
  const timeFrom = $("time-from"), timeTo = $("time-to");
  timeFrom.max = timeTo.max = String(Math.max(0, months.length - 1));
  const most = Math.max(1, ...gx.perMonth.values());
  months.forEach(mo => { const bar = el("span"); bar.style.height = (2 + 28 * (gx.perMonth.get(mo) || 0) / most) + "px";
                         bar.title = mo + ": " + (gx.perMonth.get(mo) || 0) + " dated evidence"; $("histogram").appendChild(bar); });
  function showRange() {
    if (!months.length) { $("time-range").textContent = "No dated evidence."; $("time-filter").disabled = true; return; }
    const lo = Math.min(state.from, state.to), hi = Math.max(state.from, state.to);
    $("time-range").textContent = months[lo] + " – " + months[hi];
    document.querySelectorAll("#histogram span").forEach((bar, i) => bar.classList.toggle("out", i < lo || i > hi));
  }
  [timeFrom, timeTo].forEach(input => input.addEventListener("input", () => {
    state.from = Number(timeFrom.value); state.to = Number(timeTo.value); showRange(); update(false);
  }));

  // Reset, keyboard, export.
  function reset() {
    Object.assign(state, {focus: null, root: null, selected: null, added: new Set(), minDegree: 1, minEvidence: 1, minOutlets: 0,
                          from: 0, to: Math.max(0, months.length - 1), showIsolated: false});
    state.relHidden.clear(); state.typeHidden.clear(); state.expanded.clear();
    search.value = ""; suggestions.replaceChildren();
    showControls(); update(false);
    renderer.getCamera().animate({x: 0.5, y: 0.5, ratio: 1, angle: 0}, {duration: 200});
    if (highlight.paths.length) showPaths(); else panel.replaceChildren(el("p", "Click an actor or a relation to see its evidence. Hover for a summary.", "meta"));
  }
  $("reset").addEventListener("click", reset);
  // Every control shows the state (after a reset, and for the view a link opened).
  function showControls() {
    document.querySelectorAll("#controls input[data-filter]").forEach(b => { b.checked = !state.relHidden.has(b.value) && !state.typeHidden.has(b.value); });
    [["min-degree", "minDegree"], ["min-evidence", "minEvidence"], ["min-outlets", "minOutlets"]].forEach(([id, key]) => { $(id).value = String(state[key]); $(id + "-value").textContent = String(state[key]); });
    timeFrom.value = String(state.from); timeTo.value = String(state.to); showIsolated.checked = state.showIsolated;
    collapse.checked = state.collapsed; colourBy.value = state.colourBy; $("hops").value = String(state.hops);
    showRange();
  }
  document.addEventListener("keydown", ev => {
    const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement;
    if (ev.key === "/" && !typing) { ev.preventDefault(); search.focus(); search.select(); }
    else if (ev.key === "Escape") { if (typing) ev.target.blur(); reset(); }
  });
  function exportPNG() { return gx.exportCanvas().toDataURL("image/png"); }
  $("export-png").addEventListener("click", () => {
    const a = el("a"); a.href = exportPNG(); a.download = "graphx-view.png"; document.body.appendChild(a); a.click(); a.remove();
  });

  // Counts.
  const isolated = nodes.filter(n => !n.degree).length;
  $("isolated-count").textContent = isolated.toLocaleString("en");
  $("community-count").textContent = gx.communities.length.toLocaleString("en");
  function refreshCounts() {
    const actors = [...gx.visible.nodes].filter(id => !id.startsWith("community:")).length;
    const groups = gx.visible.nodes.size - actors;
    $("notice").textContent = "Drawn: " + count(actors, "actor") + (groups ? " and " + count(groups, "community", "communities") + " (click one to open it)" : "")
      + " · " + count(gx.edgesShown(), "relation") + (isolated && !state.showIsolated ? " · " + count(isolated, "actor") + " without relations hidden" : "");
  }
  $("stats").textContent = count(nodes.length, "actor") + " · " + count(edges.length, "relation") + " · " + count(gx.docs.length, "document");

  gx.timings.controls = performance.now();
  // First view: the URL fragment's, else the overview (a path page: the path, listed).
  const wanted = gx.fromHash(location.hash);
  showControls();
  gx.showMap(state.map);
  Object.assign(gx, {focusActor, focusOn, expandActor, select, reset, exportPNG, showNode, matches, update, visibleEdges: gx.edgesShown});
  window.graphxView = () => ({nodes: gx.visible.nodes.size, edges: gx.visible.edges.size, labels: gx.drawnLabels()});
  // The first view is the first drawing of the graph (view.js starts sigma on an empty one).
  renderer.once("afterRender", () => { gx.firstDrawMs = performance.now(); gx.stabilized = true; window.graphxReady = true; });
  if (wanted.actor && byId.has(wanted.actor)) {
    focusOn(wanted.actor, state.hops);
    wanted.open.forEach(id => { if (byId.has(id)) expandActor(id); });
    if (wanted.selected && byId.has(wanted.selected)) select(wanted.selected);
  } else {
    update(false);
    if (wanted.selected && byId.has(wanted.selected)) select(wanted.selected);
    if (highlight.nodes.length) { gx.fitTo(highlight.nodes, 0); if (highlight.paths.length) showPaths(); }
  }
  gx.timings.view = performance.now();
})(window.graphx);
