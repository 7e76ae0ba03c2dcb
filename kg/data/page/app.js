(function () {
"use strict";
var marks = {start: performance.now()};
var DATA = JSON.parse(document.getElementById("kg-data").textContent);
marks.parsed = performance.now();
var META = DATA.meta, T2S = DATA.t2s, FONT = META.font;
var state = window.kgState = {firstDraw: null, settled: null, physics: META.physics, big: META.big, marks: marks};
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function add(parent) { for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]); return parent; }
function setStatus(t) { $("kg-status").textContent = t; }

var CLS = {}, REL = {}, INFO = {}, EDGE = {}, ADJ = {};
DATA.classes.forEach(function (c) { CLS[c.id] = c; });
DATA.relations.forEach(function (r) { REL[r.id] = r; });
function classOf(t) { return CLS[t] || {id: t, zh: t, en: t, color: "#9e9e9e", shape: "dot"}; }
function shade(hex, f) {
  var n = parseInt(hex.slice(1), 16), r = (n >> 16) & 255, g = (n >> 8) & 255, b = n & 255;
  function c(v) { return Math.max(0, Math.min(255, Math.round(f < 0 ? v * (1 + f) : v + (255 - v) * f))); }
  return "rgb(" + c(r) + "," + c(g) + "," + c(b) + ")";
}
var DIM_NODE = {background: "#e6e6e6", border: "#d0d0d0", highlight: {background: "#e6e6e6", border: "#999"}};
var EDGE_COLOR = {color: "#98a2ad", highlight: "#e65100", opacity: 1};
var DIM_EDGE = {color: "#e3e3e3", highlight: "#e65100", opacity: 1};
function nodeColor(t) {
  var c = classOf(t).color;
  return {background: c, border: shade(c, -0.35), highlight: {background: shade(c, 0.25), border: "#111"}};
}

function norm(s) {
  var out = "";
  for (var ch of String(s).toLowerCase()) { if (!/\s/.test(ch)) out += (T2S[ch] || ch); }
  return out;
}
function shortLabel(l) { return l.length <= META.maxLabel ? l : l.slice(0, META.maxLabel - 1) + "\u2026"; }
// A big graph's page (META.overview) draws its most connected entities and keeps every other
// entity and relation in compact rows ("more", "links"; see kg/html.py _overview_data): they are
// expanded here into the records the rest of the page reads, searched, and drawn on demand with
// their neighbourhood (reveal). ALLN / ALLE hold everything; DATA.nodes / DATA.edges what is drawn.
var OVERVIEW = !!META.overview;
var ALLN = DATA.nodes.slice(), ALLE = DATA.edges;
DATA.nodes.forEach(function (n) { n.o = 1; });
if (OVERVIEW) {
  (DATA.more || []).forEach(function (m) {
    ALLN.push({id: m[0], l: m[1], t: DATA.classes[m[2]].id, d: m[3], a: m[4] || [], ev: []});
  });
  ALLE = DATA.links.map(function (k) {
    var r = DATA.rules[k[4]];
    var e = {from: ALLN[k[0]].id, to: ALLN[k[1]].id, p: DATA.relations[k[2]].id, ev: [[k[3], r[0], r[1]]]};
    if (k[5]) { ["amount", "date", "title"].forEach(function (f) { if (k[5][f]) e[f] = k[5][f]; }); }
    return e;
  });
}
function nodeSize(n) { return n.z || Math.round(Math.min(10 + 5 * Math.sqrt(n.d), 48)); }
function visNode(n) {
  return {id: n.id, label: shortLabel(n.l), x: n.x, y: n.y, size: nodeSize(n), shape: classOf(n.t).shape, color: nodeColor(n.t)};
}
function visEdge(e) {
  var v = {id: e.id, from: e.from, to: e.to, label: e.p};
  if (e.curve) v.smooth = {enabled: true, type: "curvedCW", roundness: e.curve};
  return v;
}
function searchKeys(n) {  // computed on first search: normalising every name of a big graph costs seconds
  if (!n.k) {
    n.k = [];
    [n.l].concat(n.a).forEach(function (name) { var k = norm(name); if (k && n.k.indexOf(k) < 0) n.k.push(k); });
  }
  return n.k;
}
ALLN.forEach(function (n) {
  n.a = n.a || []; n.c = n.c || ""; n.q = n.q || []; n.mg = n.mg || []; n.rx = n.rx || 0; n.ev = n.ev || [];
  INFO[n.id] = n; ADJ[n.id] = [];
});
var visNodes = DATA.nodes.map(visNode);
DATA.edges = [];
ALLE.forEach(function (e, i) {
  e.id = i;
  EDGE[e.id] = e;
  ADJ[e.from].push([e.id, e.to]);
  if (e.to !== e.from) ADJ[e.to].push([e.id, e.from]);
  if (INFO[e.from].o && INFO[e.to].o) { e.drawn = 1; DATA.edges.push(e); }
});
var visEdges = DATA.edges.map(visEdge);
var REVEAL_MAX = 300;  // neighbours drawn at once around an entity (the most connected first)
function reveal(id) {
  // Draw an entity of a big graph with its neighbours (placed in a ring around it) and every
  // relation between drawn entities.
  if (!OVERVIEW) return;
  var n0 = INFO[id], addN = [], addE = [], p0 = null;
  if (n0.o) p0 = network.getPositions([id])[id];
  ADJ[id].forEach(function (p) { if (!p0 && INFO[p[1]].o) p0 = network.getPositions([p[1]])[p[1]]; });
  p0 = p0 || {x: 0, y: 0};
  function show(n, x, y) {
    if (n.o) return;
    n.o = 1; n.x = x; n.y = y; DATA.nodes.push(n); addN.push(visNode(n));
  }
  show(n0, p0.x, p0.y);
  var nb = ADJ[id].map(function (p) { return INFO[p[1]]; }).filter(function (n, k, a) { return a.indexOf(n) === k; });
  nb.sort(function (a, b) { return b.d - a.d || (a.id < b.id ? -1 : 1); });
  nb = nb.slice(0, REVEAL_MAX);
  var hidden = nb.filter(function (n) { return !n.o; }), r = 150 + 14 * Math.sqrt(hidden.length);
  hidden.forEach(function (n, k) {
    var a = 2 * Math.PI * k / hidden.length;
    show(n, p0.x + r * Math.cos(a), p0.y + r * Math.sin(a));
  });
  [n0].concat(nb).forEach(function (n) {
    ADJ[n.id].forEach(function (p) {
      var e = EDGE[p[0]];
      if (!e.drawn && INFO[e.from].o && INFO[e.to].o) { e.drawn = 1; DATA.edges.push(e); addE.push(visEdge(e)); }
    });
  });
  if (addN.length) nodes.add(addN);
  if (addE.length) edges.add(addE);
  if (addN.length || addE.length) {
    setStatus("显示 Showing " + DATA.nodes.length + " / " + ALLN.length + " 实体 entities");
  }
}
var nodes = new vis.DataSet(visNodes);
var edges = new vis.DataSet(visEdges);

var options = {
  autoResize: true,
  layout: {improvedLayout: false, randomSeed: 7},
  nodes: {borderWidth: 1, borderWidthSelected: 3,
          font: {face: FONT, size: 14, color: "#222", strokeWidth: 3, strokeColor: "#ffffff"}},
  edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, color: EDGE_COLOR, width: 1, selectionWidth: 2,
          smooth: false, font: {face: FONT, size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle"}},
  interaction: {hover: false, tooltipDelay: 3600000, hideEdgesOnDrag: META.big, hideEdgesOnZoom: META.big,
                multiselect: false, keyboard: false},
  physics: META.physics ? {
    enabled: true, solver: "forceAtlas2Based",
    forceAtlas2Based: {gravitationalConstant: -70, centralGravity: 0.012, springLength: 120, springConstant: 0.06,
                       damping: 0.5, avoidOverlap: 0.5},
    maxVelocity: 60, minVelocity: 1.5, timestep: 0.5,
    stabilization: {enabled: true, iterations: 300, updateInterval: 20, fit: true}
  } : {enabled: false}
};
var container = $("kg-graph");
marks.datasets = performance.now();
var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
marks.network = performance.now();
window.kg = {network: network, nodes: nodes, edges: edges, data: DATA, search: search, focusNode: focusNode,
             showEdge: function (i) { selectEdge(i); }, clear: function () { clearSelection(); }};

function markSettled() {
  if (state.settled === null) {
    network.once("afterDrawing", function () {
      state.settled = performance.now();
      document.body.setAttribute("data-state", "settled");
      setStatus("布局已稳定 Layout settled (" + Math.round(state.settled) + " ms)");
    });
    network.redraw();
  }
}
network.once("afterDrawing", function () {
  state.firstDraw = performance.now();
  document.body.setAttribute("data-drawn", "1");
  if (META.big) {
    setStatus("布局优化中 Refining the layout…");
    setTimeout(function () { relaxLayout(); markSettled(); }, 0);
  } else if (!META.physics) {
    markSettled();
  }
});
if (META.physics) {
  setStatus("布局中 Laying out…");
  network.on("stabilizationProgress", function (p) {
    setStatus("布局中 Laying out… " + Math.round(100 * p.iterations / p.total) + "%");
  });
  var stopPhysics = function () {
    if (!state.physics) return;
    network.stopSimulation();
    network.setOptions({physics: {enabled: false}});
    state.physics = false;
    markSettled();
  };
  network.once("stabilizationIterationsDone", stopPhysics);
  setTimeout(stopPhysics, 15000);  // whatever happens, the layout stops moving
} else {
  network.fit({animation: false});
}

// --- layout of big graphs: after the first draw, a few hundred fast force iterations, then stop --
// Force layout for big graphs, O(n) per iteration: exact repulsion between nodes closer than 2k
// (found through a grid of 2k cells), spring attraction along edges, and a far-field push down the
// gradient of a blurred 48 x 48 density grid, which spreads the graph evenly instead of letting the
// short-range repulsion lose to the springs. xs, ys: positions (changed in place); ea, eb: edge
// ends; move: 1 for the nodes to lay out. Returns the number of iterations run.
function relax(xs, ys, ea, eb, move, k, iters, budgetMs) {
  var n = xs.length, t0 = Date.now(), k2 = k * k, cut2 = 4 * k2, cell = 2 * k, DENSITY = 30, G = 48;
  var dx = new Float64Array(n), dy = new Float64Array(n), cx = new Int32Array(n), order = new Int32Array(n);
  var den = new Float64Array(G * G), tmp = new Float64Array(G * G);
  var idx = [], i, j, it, a, q, o, m, gx, gy, sum;
  for (i = 0; i < n; i++) if (move[i]) idx.push(i);
  m = idx.length;
  if (!m) return 0;
  var temp = k * 4, cool = Math.pow(0.0125, 1 / iters);  // from 4k down to k/20 over the run
  for (it = 0; it < iters; it++) {
    var minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
    for (a = 0; a < m; a++) {
      i = idx[a];
      if (xs[i] < minx) minx = xs[i];
      if (xs[i] > maxx) maxx = xs[i];
      if (ys[i] < miny) miny = ys[i];
      if (ys[i] > maxy) maxy = ys[i];
      dx[i] = 0; dy[i] = 0;
    }
    // far field
    var span = Math.max(maxx - minx, maxy - miny) * 1.2 + 4 * k, gx0 = (minx + maxx - span) / 2,
        gy0 = (miny + maxy - span) / 2, gs = span / G;
    den.fill(0);
    for (a = 0; a < m; a++) {
      i = idx[a];
      den[Math.min(G - 1, Math.floor((xs[i] - gx0) / gs)) + G * Math.min(G - 1, Math.floor((ys[i] - gy0) / gs))] += 1;
    }
    for (var pass = 0; pass < 3; pass++) {
      for (gy = 0; gy < G; gy++) for (gx = 0; gx < G; gx++) {
        sum = 0;
        for (o = -1; o <= 1; o++) if (gx + o >= 0 && gx + o < G) sum += den[gx + o + G * gy];
        tmp[gx + G * gy] = sum / 3;
      }
      for (gy = 0; gy < G; gy++) for (gx = 0; gx < G; gx++) {
        sum = 0;
        for (o = -1; o <= 1; o++) if (gy + o >= 0 && gy + o < G) sum += tmp[gx + G * (gy + o)];
        den[gx + G * gy] = sum / 3;
      }
    }
    var push = DENSITY * k * 3 * k2 / (gs * gs);  // per unit of gradient, relative to an even spread
    for (a = 0; a < m; a++) {
      i = idx[a];
      gx = Math.max(1, Math.min(G - 2, Math.round((xs[i] - gx0) / gs - 0.5)));
      gy = Math.max(1, Math.min(G - 2, Math.round((ys[i] - gy0) / gs - 0.5)));
      dx[i] -= push * (den[gx + 1 + G * gy] - den[gx - 1 + G * gy]) / 2;
      dy[i] -= push * (den[gx + G * (gy + 1)] - den[gx + G * (gy - 1)]) / 2;
    }
    // near field
    var c = cell, W = Math.floor((maxx - minx) / c) + 1, H = Math.floor((maxy - miny) / c) + 1;
    while (W * H > 4 * m + 16) { c *= 1.5; W = Math.floor((maxx - minx) / c) + 1; H = Math.floor((maxy - miny) / c) + 1; }
    var start = new Int32Array(W * H + 1);
    for (a = 0; a < m; a++) {
      i = idx[a];
      q = Math.floor((xs[i] - minx) / c) + W * Math.floor((ys[i] - miny) / c);
      cx[i] = q; start[q + 1]++;
    }
    for (q = 0; q < W * H; q++) start[q + 1] += start[q];
    var fill = start.slice(0, W * H);
    for (a = 0; a < m; a++) { i = idx[a]; order[fill[cx[i]]++] = i; }
    for (a = 0; a < m; a++) {
      i = idx[a];
      var xi = xs[i], yi = ys[i], fx = 0, fy = 0, gxi = cx[i] % W, gyi = (cx[i] - gxi) / W;
      for (var oy = -1; oy <= 1; oy++) {
        var yy = gyi + oy;
        if (yy < 0 || yy >= H) continue;
        for (var ox = -1; ox <= 1; ox++) {
          var xx = gxi + ox;
          if (xx < 0 || xx >= W) continue;
          for (var p = start[xx + W * yy], end = start[xx + W * yy + 1]; p < end; p++) {
            j = order[p];
            if (j === i) continue;
            var ddx = xi - xs[j], ddy = yi - ys[j], d2 = ddx * ddx + ddy * ddy;
            if (d2 < cut2) {
              if (d2 < 0.01) { ddx = (i - j) * 0.01; ddy = 0.01; d2 = ddx * ddx + ddy * ddy; }
              fx += ddx * k2 / d2; fy += ddy * k2 / d2;
            }
          }
        }
      }
      dx[i] += fx; dy[i] += fy;
    }
    // springs
    for (var e = 0; e < ea.length; e++) {
      var u = ea[e], v = eb[e];
      if (!move[u] || !move[v]) continue;
      var ex = xs[u] - xs[v], ey = ys[u] - ys[v], d = Math.sqrt(ex * ex + ey * ey) / k;
      ex *= d; ey *= d; dx[u] -= ex; dy[u] -= ey; dx[v] += ex; dy[v] += ey;
    }
    for (a = 0; a < m; a++) {
      i = idx[a];
      var dl = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (dl > 0) { var st = Math.min(dl, temp) / dl; xs[i] += dx[i] * st; ys[i] += dy[i] * st; }
    }
    temp *= cool;
    if (Date.now() - t0 > budgetMs) { it++; break; }
  }
  return it;
}
function relaxLayout() {
  var n = visNodes.length, pos = {}, i;
  DATA.nodes.forEach(function (d, k) { pos[d.id] = k; });
  var xs = new Float64Array(n), ys = new Float64Array(n), move = new Uint8Array(n);
  var ea = new Int32Array(DATA.edges.length), eb = new Int32Array(DATA.edges.length);
  for (i = 0; i < n; i++) { xs[i] = visNodes[i].x; ys[i] = visNodes[i].y; }
  DATA.edges.forEach(function (e, k) { ea[k] = pos[e.from]; eb[k] = pos[e.to]; });
  DATA.nodes.forEach(function (d, k) { move[k] = d.rx; });
  // Shrink the (sparse) tree layout to the area a force layout needs, keeping its structure as the start.
  var K = 100, m = 0, mx = 0, my = 0, rr = 0;
  for (i = 0; i < n; i++) if (move[i]) { m++; mx += xs[i]; my += ys[i]; }
  mx /= m || 1; my /= m || 1;
  for (i = 0; i < n; i++) if (move[i]) rr = Math.max(rr, Math.hypot(xs[i] - mx, ys[i] - my));
  var f = rr > 0 ? Math.min(1, K * Math.sqrt(m) * 0.7 / rr) : 1;
  for (i = 0; i < n; i++) if (move[i]) { xs[i] = mx + (xs[i] - mx) * f; ys[i] = my + (ys[i] - my) * f; }
  var iters = relax(xs, ys, ea, eb, move, K, 300, 2500);
  marks.relaxIterations = iters;
  // Put the small components and the grid of unconnected entities to the right of the relaxed part.
  var b = [Infinity, Infinity, -Infinity, -Infinity], c = [Infinity, Infinity, -Infinity, -Infinity];
  for (i = 0; i < n; i++) {
    var r = move[i] ? b : c;
    r[0] = Math.min(r[0], xs[i]); r[1] = Math.min(r[1], ys[i]); r[2] = Math.max(r[2], xs[i]); r[3] = Math.max(r[3], ys[i]);
  }
  var sx = isFinite(b[2]) && isFinite(c[0]) ? b[2] + 3 * K - c[0] : 0, sy = isFinite(b[1]) && isFinite(c[1]) ? b[1] - c[1] : 0;
  var ox = Infinity, oy = Infinity, Ox = -Infinity, Oy = -Infinity;
  for (i = 0; i < n; i++) {
    if (!move[i]) { xs[i] += sx; ys[i] += sy; }
    ox = Math.min(ox, xs[i]); oy = Math.min(oy, ys[i]); Ox = Math.max(Ox, xs[i]); Oy = Math.max(Oy, ys[i]);
  }
  marks.relaxDone = performance.now();
  // Setting the drawn nodes' coordinates directly costs milliseconds; a DataSet update of every node
  // (or moveNode, which schedules a redraw per node) costs seconds at 5,000 nodes.
  var body = network.body && network.body.nodes, up = [];
  for (i = 0; i < n; i++) {
    var id = visNodes[i].id, x = Math.round(xs[i] - (ox + Ox) / 2), y = Math.round(ys[i] - (oy + Oy) / 2);
    if (body && body[id]) { body[id].x = x; body[id].y = y; } else up.push({id: id, x: x, y: y});
  }
  if (up.length) nodes.update(up);
  // fit() would use the bounding boxes of the last frame, so frame the new layout directly.
  var w = Math.max(Ox - ox, 1) + 4 * K, h = Math.max(Oy - oy, 1) + 4 * K;
  network.moveTo({position: {x: 0, y: 0}, animation: false,
                  scale: Math.min(container.clientWidth / w, container.clientHeight / h)});
  marks.relaxed = performance.now();
}

// --- header, legend and filters -----------------------------------------------------------
$("kg-title").textContent = META.title;
document.title = META.title;
$("kg-stats").textContent = META.nodes + " 实体 entities · " + META.edges + " 关系 relations · " +
  META.documents + " 篇文章 articles" +
  (OVERVIEW ? " · 概览 overview: " + META.overview + " 个连接最多的实体 most connected entities drawn; " +
   "搜索或点击显示邻居 search or click to show neighbours" : "");

function swatch(shape, color) {
  var c = document.createElement("canvas"), r = window.devicePixelRatio || 1;
  c.className = "sw"; c.width = 16 * r; c.height = 16 * r;
  var g = c.getContext("2d"); g.scale(r, r);
  g.fillStyle = color; g.strokeStyle = shade(color, -0.35); g.lineWidth = 1;
  var x = 8, y = 8, s = 6.5, i, a;
  g.beginPath();
  if (shape === "square") g.rect(x - s * 0.85, y - s * 0.85, s * 1.7, s * 1.7);
  else if (shape === "diamond") { g.moveTo(x, y - s); g.lineTo(x + s, y); g.lineTo(x, y + s); g.lineTo(x - s, y); }
  else if (shape === "triangle") { g.moveTo(x, y - s); g.lineTo(x + s, y + s * 0.75); g.lineTo(x - s, y + s * 0.75); }
  else if (shape === "triangleDown") { g.moveTo(x, y + s); g.lineTo(x + s, y - s * 0.75); g.lineTo(x - s, y - s * 0.75); }
  else if (shape === "hexagon") { for (i = 0; i < 6; i++) { a = Math.PI / 3 * i; g.lineTo(x + s * Math.cos(a), y + s * Math.sin(a)); } }
  else if (shape === "star") { for (i = 0; i < 10; i++) { a = -Math.PI / 2 + Math.PI / 5 * i; var rr = i % 2 ? s * 0.45 : s; g.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); } }
  else g.arc(x, y, s * 0.85, 0, 2 * Math.PI);
  g.closePath(); g.fill(); g.stroke();
  return c;
}
var hiddenClass = {}, hiddenRel = {}, nodeHidden = {}, edgeHidden = {}, classBox = {};
function filterRow(box, item, hide, onchange, sw) {
  var lab = el("label"), cb = el("input");
  cb.type = "checkbox"; cb.checked = true; cb.setAttribute("data-id", item.id);
  if (hide === hiddenClass) classBox[item.id] = cb;
  cb.addEventListener("change", function () { hide[item.id] = !cb.checked; onchange(); });
  add(lab, cb, sw, el("span", null, item.zh + " " + item.en), el("span", "n", item.count));
  box.appendChild(lab);
}
DATA.classes.forEach(function (c) { filterRow($("kg-classes"), c, hiddenClass, applyFilters, swatch(c.shape, c.color)); });
DATA.relations.forEach(function (r) {
  filterRow($("kg-relations"), {id: r.id, zh: r.zh, en: r.id, count: r.count}, hiddenRel, applyFilters, null);
});
function applyFilters() {
  var nu = [], eu = [];
  DATA.nodes.forEach(function (n) {
    var h = !!hiddenClass[n.t];
    if (h !== !!nodeHidden[n.id]) { nodeHidden[n.id] = h; nu.push({id: n.id, hidden: h}); }
  });
  DATA.edges.forEach(function (e) {
    var h = !!(hiddenRel[e.p] || nodeHidden[e.from] || nodeHidden[e.to]);
    if (h !== !!edgeHidden[e.id]) { edgeHidden[e.id] = h; eu.push({id: e.id, hidden: h}); }
  });
  if (nu.length) nodes.update(nu);
  if (eu.length) edges.update(eu);
}
function unhide(id) {
  var t = INFO[id].t;
  if (hiddenClass[t]) {
    hiddenClass[t] = false;
    if (classBox[t]) classBox[t].checked = true;
    applyFilters();
  }
}

// --- highlighting --------------------------------------------------------------------------
var dimN = {}, dimE = {};
function highlight(keepN, keepE) {
  // Dimming means a DataSet update of every node and edge: about a second at 5,000 nodes, so big
  // graphs rely on vis-network's own selection highlight (the node and its edges) instead.
  if (META.big) return;
  var nu = [], eu = [];
  DATA.nodes.forEach(function (n) {
    var d = keepN ? !keepN[n.id] : false;
    if (d !== !!dimN[n.id]) {
      dimN[n.id] = d;
      nu.push({id: n.id, color: d ? DIM_NODE : nodeColor(n.t), font: {color: d ? "#bdbdbd" : "#222"}});
    }
  });
  DATA.edges.forEach(function (e) {
    var d = keepE ? !keepE[e.id] : false;
    if (d !== !!dimE[e.id]) {
      dimE[e.id] = d;
      eu.push({id: e.id, color: d ? DIM_EDGE : EDGE_COLOR, font: {color: d ? "#d0d0d0" : "#555"}});
    }
  });
  if (nu.length) nodes.update(nu);
  if (eu.length) edges.update(eu);
}
function highlightNode(id) {
  var keepN = {}, keepE = {};
  keepN[id] = 1;
  ADJ[id].forEach(function (p) { keepE[p[0]] = 1; keepN[p[1]] = 1; });
  highlight(keepN, keepE);
}

// --- side panel ----------------------------------------------------------------------------
var panel = $("kg-panel-body");
function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
function docLine(si, extra) {
  var d = DATA.docs[DATA.sents[si][0]], t = "来源 Source: " + (d && d.id ? d.id : "—");
  if (d && d.title) t += " 《" + d.title + "》";
  if (extra) t += " · " + extra;
  return el("div", "src", t);
}
function sentence(text, marks) {
  var s = el("div", "s");
  text = text || "";
  if (!text) { s.textContent = "（无句子 no sentence）"; return s; }
  var spans = [];
  (marks || []).forEach(function (m) {
    if (!m) return;
    var i = text.indexOf(m);
    while (i >= 0) { spans.push([i, i + m.length]); i = text.indexOf(m, i + m.length); }
  });
  spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
  var pos = 0;
  spans.forEach(function (sp) {
    if (sp[0] < pos) return;
    if (sp[0] > pos) s.appendChild(document.createTextNode(text.slice(pos, sp[0])));
    s.appendChild(el("mark", null, text.slice(sp[0], sp[1])));
    pos = sp[1];
  });
  if (pos < text.length) s.appendChild(document.createTextNode(text.slice(pos)));
  return s;
}
function row(dl, k, v) { if (v === undefined || v === null || v === "" || (v.length === 0)) return; add(dl, el("dt", null, k), el("dd", null, v)); }
function nodeLink(id) {
  var b = el("button", "kg-link", INFO[id].l);
  b.type = "button";
  b.addEventListener("click", function () { focusNode(id, true); });
  return b;
}
function showNode(id) {
  var n = INFO[id], c = classOf(n.t);
  clearPanel();
  add(panel, add(el("div", "kg-type"), swatch(c.shape, c.color), el("span", null, c.zh + " · " + c.en + " (" + n.t + ")")));
  add(panel, el("h2", "kg-label", n.l));
  var dl = el("dl");
  row(dl, "类型 Type", c.zh + " " + n.t);
  row(dl, "别名 Aliases", n.a.join("、"));
  row(dl, "区划代码 Code", n.c);
  row(dl, "关系数 Degree", String(n.d));
  row(dl, "标识 ID", n.id);
  panel.appendChild(dl);
  if (n.q.length) {
    panel.appendChild(el("h3", null, "数量 Quantities (" + n.q.length + ")"));
    n.q.forEach(function (q) {
      var box = el("div", "kg-ev");
      add(box, el("div", null, q.k + ": " + q.v + (q.tx ? " 「" + q.tx + "」" : "")));
      if (DATA.sents[q.s][1]) box.appendChild(sentence(DATA.sents[q.s][1], [q.tx]));
      box.appendChild(docLine(q.s));
      panel.appendChild(box);
    });
  }
  if (ADJ[id].length) {
    panel.appendChild(el("h3", null, "关系 Relations (" + ADJ[id].length + ")"));
    ADJ[id].forEach(function (p) {
      var e = EDGE[p[0]], r = el("div", "kg-rel"), out = e.from === id;
      var b = el("button", "kg-link", (out ? "→ " : "← ") + e.p + " " + (REL[e.p] ? REL[e.p].zh : ""));
      b.type = "button";
      b.addEventListener("click", function () { selectEdge(e.id); });
      add(r, b, el("span", null, " "), nodeLink(p[1]));
      panel.appendChild(r);
    });
  }
  panel.appendChild(el("h3", null, "证据 Evidence (" + n.ev.length + ")"));
  n.ev.forEach(function (ev) {
    var box = el("div", "kg-ev");
    add(box, sentence(DATA.sents[ev[0]][1], ev[1]), docLine(ev[0], ev[2] + " · " + ev[3]));
    panel.appendChild(box);
  });
  if (n.mg.length) {
    panel.appendChild(el("h3", null, "合并 Merges"));
    n.mg.forEach(function (m) { panel.appendChild(el("div", "muted", m)); });
  }
  panel.scrollTop = 0;
}
function showEdge(id) {
  var e = EDGE[id], r = REL[e.p] || {zh: e.p, en: e.p};
  clearPanel();
  add(panel, el("div", "kg-type", "关系 Relation · " + r.zh + " · " + r.en));
  add(panel, el("h2", "kg-label", INFO[e.from].l + " —" + e.p + "→ " + INFO[e.to].l));
  var dl = el("dl");
  add(dl, el("dt", null, "主体 Subject"), add(el("dd"), nodeLink(e.from)));
  row(dl, "谓词 Predicate", e.p + " " + r.zh);
  add(dl, el("dt", null, "客体 Object"), add(el("dd"), nodeLink(e.to)));
  row(dl, "金额 Amount", e.amount || "");
  row(dl, "日期 Date", e.date || "");
  row(dl, "职务 Title", e.title || "");
  panel.appendChild(dl);
  panel.appendChild(el("h3", null, "证据 Evidence (" + e.ev.length + ")"));
  if (!e.ev.length) panel.appendChild(el("div", "muted", "无句子证据 No evidence sentence"));
  e.ev.forEach(function (ev) {
    var box = el("div", "kg-ev");
    var names = [INFO[e.from].l, INFO[e.to].l].concat(INFO[e.from].a, INFO[e.to].a);
    var text = DATA.sents[ev[0]][1];
    add(box, text ? sentence(text, names) : el("div", "s", "（无句子 no sentence: " + ev[1] + "）"),
        docLine(ev[0], ev[1] + " · " + ev[2]));
    panel.appendChild(box);
  });
  panel.scrollTop = 0;
}

// --- selection -----------------------------------------------------------------------------
function focusNode(id, moveCamera) {
  if (!INFO[id]) return false;
  reveal(id);
  unhide(id);
  network.selectNodes([id], true);
  highlightNode(id);
  showNode(id);
  if (moveCamera) {
    network.focus(id, {scale: Math.max(network.getScale(), 1.0),
                       animation: META.big ? false : {duration: 400, easingFunction: "easeInOutQuad"}});
  }
  return true;
}
function selectEdge(id) {
  var e = EDGE[id];
  network.setSelection({nodes: [], edges: [id]}, {unselectAll: true, highlightEdges: false});
  var keepN = {}, keepE = {};
  keepN[e.from] = 1; keepN[e.to] = 1; keepE[id] = 1;
  highlight(keepN, keepE);
  showEdge(id);
}
function clearSelection() {
  network.unselectAll();
  highlight(null, null);
  clearPanel();
  panel.appendChild(el("p", "muted", "点击节点或关系查看详情。 Click a node or an edge to see its details and evidence."));
}
network.on("click", function (p) {
  if (p.nodes.length) focusNode(p.nodes[0], false);
  else if (p.edges.length) selectEdge(p.edges[0]);
  else clearSelection();
});
$("kg-fit").addEventListener("click", function () { network.fit({animation: !META.big}); });
$("kg-clear").addEventListener("click", clearSelection);

// --- search --------------------------------------------------------------------------------
function search(q) {
  q = norm(q);
  if (!q) return [];
  var found = [];
  ALLN.forEach(function (n) {
    var best = 9, via = null, keys = searchKeys(n);
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i], s = k === q ? (i ? 1 : 0) : k.indexOf(q) === 0 ? (i ? 3 : 2) : k.indexOf(q) > 0 ? 4 : 9;
      if (s < best) { best = s; via = i; }
    }
    if (best < 9) found.push({id: n.id, score: best, via: via, n: n});
  });
  found.sort(function (a, b) { return a.score - b.score || b.n.d - a.n.d || a.n.l.length - b.n.l.length || (a.id < b.id ? -1 : 1); });
  return found;
}
var results = $("kg-results"), input = $("kg-search");
function showResults(found) {
  while (results.firstChild) results.removeChild(results.firstChild);
  if (!input.value.trim()) return;
  if (!found.length) { results.appendChild(el("li", "muted", "无结果 No match")); return; }
  found.slice(0, 30).forEach(function (f) {
    var c = classOf(f.n.t), b = el("button");
    b.type = "button";
    add(b, swatch(c.shape, c.color), el("span", null, f.n.l), el("span", "muted", c.zh));
    b.addEventListener("click", function () { focusNode(f.id, true); });
    results.appendChild(add(el("li"), b));
  });
  if (found.length > 30) results.appendChild(el("li", "muted", "… " + (found.length - 30) + " more"));
}
var timer = null;
input.addEventListener("input", function () {
  clearTimeout(timer);
  timer = setTimeout(function () { showResults(search(input.value)); }, 120);
});
input.addEventListener("keydown", function (ev) {
  if (ev.key === "Enter") {
    ev.preventDefault();
    var found = search(input.value);
    showResults(found);
    if (found.length) focusNode(found[0].id, true);
  } else if (ev.key === "Escape") {
    input.value = ""; showResults([]);
  }
});

if (META.focus.length) {
  network.once("afterDrawing", function () { focusNode(META.focus[0], false); });
}
})();
