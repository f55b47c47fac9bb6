"use strict";
// The page's data: graphx/page_data.py's compact rows turned back into objects shaped like
// graph.json's, the time axis (months of dated evidence) and the view's state, which the URL
// fragment carries (so a view can be shared as a link to the file).
window.graphx = (function () {
  const timings = {start: performance.now()};
  const RAW = JSON.parse(document.getElementById("graph-data").textContent);
  timings.parsed = performance.now();
  const row = (fields, r) => { const o = {}; for (let i = 0; i < fields.length; i++) o[fields[i]] = r[i]; return o; };
  const docs = RAW.docs.map(d => ({id: d[0], title: d[1], date: d[2], outlet: d[3]}));
  const nodes = RAW.nodes.map(r => { const n = row(RAW.node_fields, r); n.docs = (n.docs || []).map(i => docs[i].id); return n; });
  const byId = new Map(nodes.map(n => [n.id, n]));
  const DATE = RAW.evidence_fields.indexOf("date");
  const edges = RAW.edges.map((r, i) => {
    const e = row(RAW.edge_fields, r), rel = RAW.relations[e.relation];
    e.source = nodes[e.source].id; e.target = nodes[e.target].id;
    e.relation = rel.name; e.family = rel.family; e.symmetric = rel.symmetric;
    e.id = e.source + "|" + e.target + "|" + e.relation; e.key = "e" + i;
    e.rows = e.evidence || []; delete e.evidence;
    e.dates = DATE < 0 ? [] : e.rows.map(x => x[DATE]).filter(Boolean);
    return e;
  });
  const edgeById = new Map(edges.map(e => [e.id, e]));
  const count = (n, word, many) => n.toLocaleString("en") + " " + (n === 1 ? word : many || word + "s");   // "1 document"
  timings.decoded = performance.now();
  function evidence(e) {
    return e.rows.map(x => { const ev = row(RAW.evidence_fields, x), d = docs[ev.doc];
                             ev.doc = d ? d.id : ev.doc; ev.title = d ? d.title : null; ev.outlet = d ? d.outlet : null; return ev; });
  }

  // Time: months of dated evidence. The axis spans the middle 98% of it (a quoted "1776" or a
  // "by 2035" goal would stretch it over centuries); evidence before or after falls in its ends.
  function period(d) {
    d = String(d);
    if (d.length === 4) return [d + "-01-01", d + "-12-31"];
    if (d.length === 7) return [d + "-01", d + "-31"];
    return [d.slice(0, 10), d.slice(0, 10)];
  }
  const dated = [];
  edges.forEach(e => e.dates.forEach(d => dated.push(period(d)[0].slice(0, 7))));
  dated.sort();
  const months = [], perMonth = new Map();
  if (dated.length) {
    const cut = dated.length >= 100 ? Math.floor(dated.length * 0.01) : 0;
    const first = dated[cut], last = dated[dated.length - 1 - cut];
    dated.forEach(d => { const m = d < first ? first : d > last ? last : d; perMonth.set(m, (perMonth.get(m) || 0) + 1); });
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) { months.push(y + "-" + String(m).padStart(2, "0")); m += 1; if (m > 12) { m = 1; y += 1; } }
  }

  const highlight = Object.assign({nodes: [], edges: [], paths: []}, RAW.highlight || {});
  const relatedCount = nodes.filter(n => n.degree > 0).length;
  const state = {
    relHidden: new Set(), typeHidden: new Set(), minDegree: 1, minEvidence: 1, minOutlets: 0,
    from: 0, to: Math.max(0, months.length - 1), showIsolated: false,
    collapsed: RAW.communities.length > 1 && relatedCount > RAW.collapse_at, expanded: new Set(),
    focus: null, root: null, added: new Set(), hops: 1, selected: null, colourBy: "community", map: false,
  };
  // The chosen months as [since, until], or null while the whole axis is chosen.
  function chosen() {
    if (!months.length || (state.from === 0 && state.to === months.length - 1)) return null;
    const lo = Math.min(state.from, state.to), hi = Math.max(state.from, state.to);
    return [lo === 0 ? "" : months[lo] + "-01", hi === months.length - 1 ? "\uffff" : months[hi] + "-31"];
  }
  const overlaps = (d, [since, until]) => { const [a, b] = period(d); return b >= since && a <= until; };
  const inTime = e => { const w = chosen(); return !w || e.dates.some(d => overlaps(d, w)); };
  // A date in the chosen months (an undated sentence only while the whole axis is chosen).
  const dateIn = d => { const w = chosen(); return !w || (!!d && overlaps(d, w)); };

  // The URL fragment: what differs from the default view.
  function toHash() {
    const p = new URLSearchParams();
    if (state.root) { p.set("actor", state.root); if (state.hops !== 1) p.set("hops", state.hops); }
    if (state.focus && state.root) p.set("open", [...state.focus].filter(id => state.added.has(id)).join("\u001f"));
    if (state.selected && state.selected !== state.root) p.set("sel", state.selected);
    if (state.relHidden.size) p.set("hide", [...state.relHidden].join(","));
    if (state.typeHidden.size) p.set("types", [...state.typeHidden].join(","));
    if (state.minDegree > 1) p.set("degree", state.minDegree);
    if (state.minEvidence > 1) p.set("evidence", state.minEvidence);
    if (state.minOutlets > 0) p.set("outlets", state.minOutlets);
    if (months.length && (state.from !== 0 || state.to !== months.length - 1)) p.set("time", months[state.from] + "," + months[state.to]);
    if (state.showIsolated) p.set("isolated", "1");
    if (state.colourBy !== "community") p.set("colour", state.colourBy);
    if (state.map) p.set("map", "1");
    if (state.collapsed !== (RAW.communities.length > 1 && relatedCount > RAW.collapse_at)) p.set("collapsed", state.collapsed ? "1" : "0");
    if (state.collapsed && state.expanded.size) p.set("opened", [...state.expanded].join(","));
    const text = p.toString();
    return text ? "#" + text : "";
  }
  function fromHash(hash) {
    const p = new URLSearchParams(String(hash || "").replace(/^#/, ""));
    const int = (k, lo, hi, dflt) => { const v = parseInt(p.get(k), 10); return Number.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : dflt; };
    const list = k => (p.get(k) || "").split(",").filter(Boolean);
    list("hide").forEach(r => state.relHidden.add(r));
    list("types").forEach(t => state.typeHidden.add(t));
    state.minDegree = int("degree", 1, 1000, 1); state.minEvidence = int("evidence", 1, 1000, 1);
    state.minOutlets = int("outlets", 0, 1000, 0);
    if (p.has("time")) {
      const [a, b] = list("time"); const i = months.indexOf(a), j = months.indexOf(b);
      if (i >= 0) state.from = i; if (j >= 0) state.to = j;
    }
    state.showIsolated = p.get("isolated") === "1";
    if (p.get("colour") === "type") state.colourBy = "type";
    state.map = p.get("map") === "1";
    if (p.has("collapsed")) state.collapsed = p.get("collapsed") === "1" && RAW.communities.length > 1;
    list("opened").forEach(c => { const k = parseInt(c, 10); if (Number.isFinite(k)) state.expanded.add(k); });
    state.hops = int("hops", 1, 2, 1);
    return {actor: p.get("actor"), open: (p.get("open") || "").split("\u001f").filter(Boolean), selected: p.get("sel")};
  }

  return {raw: RAW, docs, nodes, edges, byId, edgeById, evidence, count, months, perMonth, period, inTime, dateIn,
          highlight, state, toHash, fromHash, communities: RAW.communities, timings};
})();
