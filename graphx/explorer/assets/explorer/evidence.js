"use strict";
// How a relation and its evidence read in the side panel: the sentence with its trigger marked,
// where it comes from (document, outlet, who says so, modality, date, pattern), and the accounts
// that dispute it. Article text only ever goes through textContent.
(function (gx) {
  const {byId} = gx;
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; };
  const labelOf = id => (byId.get(id) || {label: id}).label;
  const edgeTitle = e => labelOf(e.source) + " \u2014" + e.relation + "\u2192 " + labelOf(e.target);
  const dateSpan = e => !e.first_date ? "" : " · " + e.first_date + (e.last_date && e.last_date !== e.first_date ? " – " + e.last_date : "");
  const backing = e => (e.documents > 1 || e.outlets) ? " · " + gx.count(e.documents || 1, "document") + " · " + gx.count(e.outlets || 0, "outlet") : "";
  const contested = new Map((gx.raw.contested || []).map(([id, why]) => [id, why]));

  function evidenceBlock(ev) {
    const box = el("div", undefined, "ev");
    const s = String(ev.sentence || "");
    const a = ev.trigger_start != null ? ev.trigger_start - ev.start : -1;
    const b = ev.trigger_end != null ? ev.trigger_end - ev.start : -1;
    if (a >= 0 && b > a && b <= s.length) {
      box.append(document.createTextNode("\u201c" + s.slice(0, a)), el("mark", s.slice(a, b)), document.createTextNode(s.slice(b) + "\u201d"));
    } else {
      box.append(document.createTextNode("\u201c" + s + "\u201d"));
    }
    const said = ev.said_by ? "said by " + labelOf(ev.said_by) + (ev.via && ev.via.length ? ", via " + ev.via.map(labelOf).join(", ") : "") : "";
    const src = [ev.title ? ev.doc + " (" + ev.title + ")" : ev.doc, ev.outlet, said, ev.modality, ev.date,
                 ev.pattern ? "pattern " + ev.pattern : ""].filter(Boolean).join(" · ");
    box.appendChild(el("div", src, "src"));
    return box;
  }
  function evidenceList(parent, e, limit) {
    if (contested.has(e.id)) parent.appendChild(el("div", "\u2691 disputed: " + contested.get(e.id), "disputed"));
    const all = gx.evidence(e);
    all.slice(0, limit).forEach(ev => parent.appendChild(evidenceBlock(ev)));
    if (all.length > limit) parent.appendChild(el("div", "… " + (all.length - limit) + " more evidence (click the relation)", "meta"));
  }

  Object.assign(gx, {el, labelOf, edgeTitle, dateSpan, backing, contested, evidenceBlock, evidenceList});
})(window.graphx);
