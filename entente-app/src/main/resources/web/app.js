// Entente web pages: the forms of the index, the triad and the dyad page. No framework; every
// value that came from data goes into the page through textContent or an attribute, never as HTML.
"use strict";

(function () {
  const STATE = /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .,'’()\-]{1,79}$/u;

  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (attributes) {
      for (const [name, value] of Object.entries(attributes)) {
        node.setAttribute(name, value);
      }
    }
    return node;
  }

  function link(text, href) {
    return el("a", text, { href: href });
  }

  function query(params) {
    return new URLSearchParams(params).toString();
  }

  function fixed(value, digits) {
    return value === null || value === undefined ? "–" : Number(value).toFixed(digits);
  }

  // An estimate with its 80 % interval, "0.32 [0.20, 0.43]"; "–" without one.
  function interval(value, lo, hi, digits) {
    if (value === null || value === undefined) {
      return "–";
    }
    return fixed(value, digits) + " [" + fixed(lo, digits) + ", " + fixed(hi, digits) + "]";
  }

  function setStatus(text, isError) {
    const status = document.getElementById("status");
    status.textContent = text;
    status.className = isError ? "message" : "status";
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const why = body && body.error ? body.error : "the server answered " + response.status;
      throw new Error(why);
    }
    return body;
  }

  // The index's forms: check the states before the browser goes to the page.
  function validate(form, names, message) {
    form.addEventListener("submit", function (event) {
      const values = [];
      let problem = null;
      for (const name of names) {
        const input = form.elements[name];
        const value = input.value.trim();
        input.removeAttribute("aria-invalid");
        if (problem === null && value === "") {
          problem = { input: input, text: input.parentElement.firstChild.textContent.trim() + " is missing." };
        } else if (problem === null && !STATE.test(value)) {
          problem = {
            input: input,
            text: "“" + value + "” is not a state code or name (letters, as in CHN or North Korea).",
          };
        } else if (problem === null && values.includes(value.toUpperCase())) {
          problem = { input: input, text: "“" + value + "” is given twice; pick different states." };
        }
        values.push(value.toUpperCase());
      }
      if (problem !== null) {
        event.preventDefault();
        problem.input.setAttribute("aria-invalid", "true");
        message.textContent = problem.text;
        problem.input.focus();
      } else {
        message.textContent = "";
      }
    });
  }

  function params(names) {
    const search = new URLSearchParams(window.location.search);
    const out = {};
    for (const name of names) {
      const value = (search.get(name) || "").trim();
      if (value === "") {
        throw new Error("the address lacks the state " + name + "= (go back to the index to pick states)");
      }
      out[name] = value;
    }
    for (const name of ["from", "to"]) {
      const value = (search.get(name) || "").trim();
      if (value !== "") {
        out[name] = value;
      }
    }
    return out;
  }

  // Each line is { label, values, lo, hi }: with lo and hi its 80 % interval is drawn as a band.
  function chart(container, title, years, lines) {
    if (typeof uPlot === "undefined") {
      container.textContent = "The chart library did not load.";
      return;
    }
    const colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b"];
    const width = () => Math.max(280, container.clientWidth);
    const series = [{ label: "year", value: (u, v) => (v === null || v === undefined ? "–" : String(v)) }];
    const data = [years];
    const bands = [];
    lines.forEach((line, i) => {
      const colour = colours[i % colours.length];
      series.push({ label: line.label, stroke: colour, width: 2, points: { show: true } });
      data.push(line.values);
      if (line.lo && line.hi) {
        const faint = { stroke: colour, width: 1, dash: [4, 4], points: { show: false } };
        series.push(Object.assign({ label: line.label + " 80 % low" }, faint));
        data.push(line.lo);
        series.push(Object.assign({ label: line.label + " 80 % high" }, faint));
        data.push(line.hi);
        bands.push({ series: [series.length - 1, series.length - 2], fill: colour + "22" });
      }
    });
    const plot = new uPlot(
      {
        title: title,
        width: width(),
        height: 320,
        // at least −1 … +1, wider when an interval reaches beyond
        scales: { x: { time: false }, y: { range: (u, min, max) => [Math.min(-1, min), Math.max(1, max)] } },
        axes: [
          // whole years only, written 2019 (not 2,019)
          { label: "year", incrs: [1, 2, 5, 10, 20], values: (u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : "")) },
          { label: "estimate" },
        ],
        series: series,
        bands: bands,
      },
      data,
      container
    );
    container.setAttribute("data-drawn", "true");
    window.addEventListener("resize", () => plot.setSize({ width: width(), height: 320 }));
  }

  function cell(row, content) {
    const td = el("td");
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = content === null || content === undefined ? "" : String(content);
    }
    row.appendChild(td);
    return td;
  }

  function evidenceHref(a, b, year) {
    return "/api/v1/evidence?" + query({ a: a, b: b, by: "year", period: year });
  }

  function eventsHref(a, b, year) {
    return "/events.html?" + query({ a: a, b: b, from: year + "-01-01", to: year + "-12-31" });
  }

  function articleHref(params) {
    return "/article.html?" + query(params);
  }

  // Only web addresses become links: a data value such as "javascript:…" stays text.
  function safeUrl(url) {
    return /^https?:\/\//i.test(String(url || "")) ? String(url) : null;
  }

  // Links to the selection's briefing (the server builds it on first request, a few seconds).
  function briefingLinks(states, p) {
    const holder = document.getElementById("briefing");
    if (!holder) {
      return;
    }
    const base = { states: states.join(",") };
    for (const name of ["from", "to"]) {
      if (p[name] && /^\d{1,4}$/.test(p[name])) {
        base[name] = p[name];
      }
    }
    const choices = [
      ["PDF (English)", { lang: "en", format: "pdf" }, "briefing-pdf-en"],
      ["PDF (日本語)", { lang: "ja", format: "pdf" }, "briefing-pdf-ja"],
      ["HTML (English)", { lang: "en", format: "html" }, "briefing-html-en"],
    ];
    for (const [label, extra, id] of choices) {
      const a = link(label, "/api/v1/brief?" + query(Object.assign({}, base, extra)));
      a.id = id;
      if (extra.format === "pdf") {
        a.setAttribute("download", "");
      }
      holder.appendChild(a);
    }
    holder.appendChild(el("span", "(built on first request: allow a few seconds)", { class: "status" }));
  }

  // The briefing's judgement, the same statements as the briefing's opening section (from the API,
  // each sentence as text). A failure leaves a note and does not stop the rest of the page.
  async function judgement(states, p) {
    const holder = document.getElementById("judgement");
    if (!holder) {
      return;
    }
    const base = { states: states.join(",") };
    for (const name of ["from", "to"]) {
      if (p[name] && /^\d{1,4}$/.test(p[name])) {
        base[name] = p[name];
      }
    }
    const api = "/api/v1/judgement?" + query(base);
    const source = document.getElementById("judgement-api");
    if (source) {
      source.setAttribute("href", api);
    }
    let body;
    try {
      body = await getJson(api);
    } catch (e) {
      holder.appendChild(el("p", "No judgement: " + e.message, { class: "message" }));
      return;
    }
    const parts = { opening: null, details: null, caveats: null };
    for (const s of body.statements) {
      if (!parts[s.part]) {
        if (s.part === "caveats") {
          holder.appendChild(el("p", "Where the evidence is thin:"));
        }
        parts[s.part] = holder.appendChild(el(s.part === "opening" ? "p" : "ul", null, { class: "judgement-" + s.part }));
      }
      if (s.part === "opening") {
        parts.opening.appendChild(el("span", s.text + " ", { "data-kind": s.kind }));
      } else {
        parts[s.part].appendChild(el("li", s.text, { "data-kind": s.kind }));
      }
    }
    if (body.evidence_ends) {
      holder.appendChild(el("p", body.evidence_ends, { class: "evidence-ends" }));
    }
    holder.appendChild(el("p", body.method, { class: "status" }));
  }

  function dyadHref(a, b) {
    return "/dyad.html?" + query({ a: a, b: b });
  }

  async function triadPage() {
    const p = params(["a", "b", "c"]);
    const [a, b, c] = [p.a, p.b, p.c];
    const title = a + " · " + b + " · " + c;
    document.getElementById("title").textContent = "Strategic triangle " + title;
    document.title = title + " · Entente";
    document.getElementById("h-ab").textContent = a + "–" + b;
    document.getElementById("h-ac").textContent = a + "–" + c;
    document.getElementById("h-bc").textContent = b + "–" + c;
    const pairs = document.getElementById("pairs");
    pairs.appendChild(document.createTextNode("Each pair on its own: "));
    [[a, b], [a, c], [b, c]].forEach(([x, y], i) => {
      if (i > 0) {
        pairs.appendChild(document.createTextNode(", "));
      }
      pairs.appendChild(link(x + "–" + y, dyadHref(x, y)));
    });
    briefingLinks([a, b, c], p);
    judgement([a, b, c], p);
    const api = "/api/v1/triad?" + query(p);
    document.getElementById("api-link").setAttribute("href", api);
    const rows = await getJson(api);
    setStatus(rows.length + " years.", false);
    const years = rows.map((r) => Number(r.period));
    chart(
      document.getElementById("chart"),
      title,
      years,
      [
        [a + "–" + b, "ab"],
        [a + "–" + c, "ac"],
        [b + "–" + c, "bc"],
      ].map(([label, pair]) => ({
        label: label,
        values: rows.map((r) => r["index_" + pair]),
        lo: rows.map((r) => r["index_" + pair + "_lo"]),
        hi: rows.map((r) => r["index_" + pair + "_hi"]),
      }))
    );
    const body = document.querySelector("#types tbody");
    for (const r of rows) {
      const tr = el("tr");
      cell(tr, r.period);
      const type = String(r.type || "").replace(/_/g, " ");
      const likely = String(r.most_likely || "").replace(/_/g, " ");
      cell(tr, r.type === "undetermined" && likely !== "" && likely !== "undetermined" ? type + " (most likely " + likely + ")" : type);
      cell(tr, fixed(r.p_type, 2));
      cell(tr, r.roles);
      for (const pair of ["ab", "ac", "bc"]) {
        cell(tr, r["sign_" + pair] + " " + interval(r["index_" + pair], r["index_" + pair + "_lo"], r["index_" + pair + "_hi"], 2));
      }
      const alignment = el("ul", null, { class: "links" });
      [[a, b, "ab"], [a, c, "ac"], [b, c, "bc"]].forEach(([x, y, pair]) => {
        const value = interval(r["alignment_" + pair], r["alignment_" + pair + "_lo"], r["alignment_" + pair + "_hi"], 2);
        alignment.appendChild(el("li", x + "–" + y + " " + value));
      });
      cell(tr, alignment);
      const list = el("ul", null, { class: "links" });
      for (const [x, y] of [[a, b], [a, c], [b, c]]) {
        const li = el("li");
        li.appendChild(link(x + "–" + y, evidenceHref(x, y, r.period)));
        list.appendChild(li);
      }
      cell(tr, list);
      tr.setAttribute("data-year", String(r.period));
      body.appendChild(tr);
    }
  }

  async function dyadPage() {
    const p = params(["a", "b"]);
    const [a, b] = [p.a, p.b];
    const title = a + " · " + b;
    document.getElementById("title").textContent = "Relation " + title;
    document.title = title + " · Entente";
    briefingLinks([a, b], p);
    judgement([a, b], p);
    const api = "/api/v1/relation?" + query(p);
    document.getElementById("api-link").setAttribute("href", api);
    const rows = await getJson(api);
    setStatus(rows.length + " years.", false);
    chart(document.getElementById("chart"), title, rows.map((r) => Number(r.period)), [
      { label: "relations (index)", values: rows.map((r) => r.index), lo: rows.map((r) => r.index_lo), hi: rows.map((r) => r.index_hi) },
      { label: "alignment", values: rows.map((r) => r.alignment), lo: rows.map((r) => r.alignment_lo), hi: rows.map((r) => r.alignment_hi) },
      { label: "κ (UN votes)", values: rows.map((r) => r.kappa) },
    ]);
    const body = document.querySelector("#timeline tbody");
    for (const r of rows) {
      const tr = el("tr");
      cell(tr, r.period);
      cell(tr, r.sign + " " + interval(r.index, r.index_lo, r.index_hi, 3));
      cell(tr, interval(r.alignment, r.alignment_lo, r.alignment_hi, 3));
      cell(tr, fixed(r.kappa, 3));
      cell(tr, String(r.basis || "").split("+").filter((s) => s !== "").join(", "));
      const evidence = cell(tr, "");
      evidence.className = "evidence";
      const parts = String(r.evidence || "").split(" | ").filter((s) => s !== "");
      if (parts.length > 0) {
        const list = el("ul", null, { class: "links" });
        parts.forEach((part) => list.appendChild(el("li", part)));
        evidence.appendChild(list);
      }
      const sources = el("ul", null, { class: "links" });
      const votes = el("li");
      votes.appendChild(link("roll calls", evidenceHref(a, b, r.period)));
      sources.appendChild(votes);
      const events = el("li");
      events.appendChild(link("events", eventsHref(a, b, r.period)));
      sources.appendChild(events);
      cell(tr, sources);
      tr.setAttribute("data-year", String(r.period));
      body.appendChild(tr);
    }
    await regimes(a, b, rows);
  }

  // A citation's parts ("TASS (list), https://… | https://…") as links where they hold an address.
  function citation(text) {
    const list = el("ul", null, { class: "links" });
    String(text || "").split(" | ").filter((s) => s !== "").forEach((part) => {
      const li = el("li");
      const found = part.match(/https?:\/\/\S+/);
      const href = found ? safeUrl(found[0]) : null;
      if (href) {
        const label = part.replace(found[0], "").replace(/[,\s]+$/, "").trim();
        li.appendChild(link(label || new URL(href).hostname, href));
      } else {
        li.textContent = part;
      }
      list.appendChild(li);
    });
    return list;
  }

  // The regime records of the pair's ties, once each, with the years they were in force.
  async function regimes(a, b, rows) {
    const years = rows.map((r) => Number(r.period)).filter((y) => Number.isFinite(y));
    const body = document.querySelector("#regimes tbody");
    if (!body || years.length === 0) {
      return;
    }
    const api = "/api/v1/ties?" + query({ a: a, b: b, from: Math.min(...years), to: Math.max(...years) });
    document.getElementById("ties-link").setAttribute("href", api);
    const ties = await getJson(api);
    const seen = new Map();
    for (const year of ties) {
      for (const relation of year.sanction_relations || []) {
        for (const r of relation.regimes || []) {
          const known = seen.get(r.id);
          if (known) {
            known.to = year.year;
          } else {
            seen.set(r.id, { record: r, relation: relation.relation, from: year.year, to: year.year });
          }
        }
      }
    }
    if (seen.size === 0) {
      const tr = el("tr");
      const td = cell(tr, "No regime record between them in these years.");
      td.setAttribute("colspan", "6");
      body.appendChild(tr);
      return;
    }
    for (const { record, relation, from, to } of seen.values()) {
      const tr = el("tr");
      cell(tr, from === to ? String(from) : from + "–" + to);
      cell(tr, relation);
      cell(tr, el("code", record.id));
      cell(tr, record.kind.split(";").join(", ") + " (" + record.scope + ")");
      cell(tr, record.instrument);
      cell(tr, citation(record.source));
      tr.setAttribute("data-regime", record.id);
      body.appendChild(tr);
    }
  }

  function optional(names) {
    const search = new URLSearchParams(window.location.search);
    const out = {};
    for (const name of names) {
      const value = (search.get(name) || "").trim();
      if (value !== "") {
        out[name] = value;
      }
    }
    return out;
  }

  async function eventsPage() {
    const p = Object.assign(params(["a", "b"]), optional(["from", "to"]));
    const [a, b] = [p.a, p.b];
    document.getElementById("title").textContent =
      "Events " + a + " · " + b + (p.from || p.to ? " (" + (p.from || "…") + " to " + (p.to || "…") + ")" : "");
    document.title = "Events " + a + " · " + b + " · Entente";
    const api = "/api/v1/events?" + query(Object.assign({ list: "true" }, p));
    document.getElementById("api-link").setAttribute("href", api);
    const rows = await getJson(api);
    setStatus(rows.length === 0 ? "No events stored for this pair in this period." : rows.length + " events.", false);
    const body = document.querySelector("#events tbody");
    for (const r of rows) {
      const tr = el("tr", null, { id: "event-" + r.id, "data-dataset": r.dataset });
      cell(tr, r.date);
      cell(tr, (r.source_name || r.source) + " (" + (r.source || "–") + ") → " + (r.target_name || r.target) + " (" + (r.target || "–") + ")");
      cell(tr, "CAMEO " + r.cameo + (r.plover ? " · " + r.plover : "") + " · Goldstein " + fixed(r.goldstein, 1));
      const evidence = cell(tr, "");
      evidence.className = "evidence";
      if (r.sentence) {
        evidence.appendChild(el("q", r.sentence));
        evidence.appendChild(document.createTextNode(" "));
        evidence.appendChild(link("in the article", articleHref({ event: r.id })));
      } else {
        evidence.appendChild(el("span", r.dataset + " " + r.evidence, { class: "data-text" }));
        const url = safeUrl(r.url);
        if (url !== null) {
          evidence.appendChild(document.createTextNode(" "));
          const source = link("source", url);
          source.setAttribute("rel", "noopener noreferrer nofollow");
          evidence.appendChild(source);
        }
      }
      body.appendChild(tr);
    }
    const wanted = window.location.hash.startsWith("#event-")
      ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
      : null;
    if (wanted !== null) {
      wanted.classList.add("marked");
      wanted.scrollIntoView({ block: "center" });
    }
  }

  async function articlePage() {
    const p = optional(["source", "event"]);
    if (!p.source && !p.event) {
      throw new Error("the address lacks source= or event=");
    }
    const api = "/api/v1/article?" + query(p);
    document.getElementById("api-link").setAttribute("href", api);
    const article = await getJson(api);
    document.getElementById("title").textContent = "Article " + article.document;
    document.title = article.document + " · Entente";
    setStatus(article.sentences.length + " sentences" + (article.marked === null ? "." : "; the marked one is the evidence asked for."), false);
    const holder = document.getElementById("sentences");
    const hash = /^#s-(\d+)$/.exec(window.location.hash);
    const wanted = article.marked !== null ? article.marked : hash ? Number(hash[1]) : null;
    let marked = null;
    for (const s of article.sentences) {
      const para = el("p", s.text, { id: "s-" + s.n, lang: s.language, "data-n": String(s.n) });
      holder.appendChild(para);
      if (s.n === wanted) {
        para.className = "marked";
        para.setAttribute("tabindex", "-1");
        marked = para;
      }
      if (s.events.length > 0) {
        const list = el("ul", null, { class: "links" });
        for (const id of s.events) {
          list.appendChild(el("li", "event " + id));
        }
        holder.appendChild(list);
      }
    }
    if (marked !== null) {
      marked.scrollIntoView({ block: "center" });
      marked.focus();
    }
  }

  // The hit's text with the matched ranges in <mark>, built from text nodes only.
  function marked(text, ranges) {
    const span = el("span", null, { class: "data-text" });
    let at = 0;
    for (const [start, end] of (ranges || []).slice().sort((x, y) => x[0] - y[0])) {
      if (start < at || end > text.length || end <= start) {
        continue;
      }
      span.appendChild(document.createTextNode(text.slice(at, start)));
      span.appendChild(el("mark", text.slice(start, end)));
      at = end;
    }
    span.appendChild(document.createTextNode(text.slice(at)));
    return span;
  }

  async function searchPage() {
    const p = optional(["q", "kind", "state"]);
    const form = document.getElementById("search-form");
    form.elements.q.value = p.q || "";
    if (p.kind) {
      form.elements.kind.value = p.kind;
    }
    form.elements.state.value = p.state || "";
    if (!p.q) {
      setStatus("Give words to look for: Japanese or English.", false);
      form.elements.q.focus();
      return;
    }
    document.title = p.q + " · Search · Entente";
    const result = await getJson("/api/v1/search?" + query(Object.assign({ limit: "50" }, p)));
    const notes = (result.notes || []).join(" ");
    setStatus(result.total + " found" + (result.hits.length < result.total ? ", the first " + result.hits.length + " shown" : "") + "." + (notes ? " " + notes : ""), false);
    const list = document.getElementById("hits");
    for (const h of result.hits) {
      const li = el("li", null, { class: "hit-" + h.kind });
      const ranges = String(h.matches || "")
        .split(";")
        .filter((m) => m !== "")
        .map((m) => m.split("-").map(Number));
      li.appendChild(marked(h.text, ranges));
      const meta = el("span", null, { class: "meta" });
      if (h.kind === "sentence") {
        // evidence is document#n, id the stored article's number
        const n = Number(String(h.evidence).slice(String(h.evidence).lastIndexOf("#") + 1));
        meta.appendChild(el("span", h.evidence + " ", { class: "data-text" }));
        meta.appendChild(link("in the article", articleHref({ source: h.id }) + "#s-" + n));
      } else {
        meta.appendChild(el("span", h.evidence + " ", { class: "data-text" }));
        if (h.source && h.target) {
          const id = String(h.id).slice(String(h.id).indexOf(":") + 1);
          meta.appendChild(
            link("the pair's events that day", "/events.html?" + query({ a: h.source, b: h.target, from: h.date, to: h.date }) + "#event-" + id)
          );
        }
      }
      li.appendChild(meta);
      list.appendChild(li);
    }
  }

  function run(page) {
    page().catch((error) => setStatus("Could not show this page: " + error.message, true));
  }

  document.addEventListener("DOMContentLoaded", function () {
    const page = document.body.getAttribute("data-page");
    if (page === "index") {
      validate(document.getElementById("triad-form"), ["a", "b", "c"], document.getElementById("triad-message"));
      validate(document.getElementById("dyad-form"), ["a", "b"], document.getElementById("dyad-message"));
    } else if (page === "triad") {
      run(triadPage);
    } else if (page === "dyad") {
      run(dyadPage);
    } else if (page === "events") {
      run(eventsPage);
    } else if (page === "article") {
      run(articlePage);
    } else if (page === "search") {
      run(searchPage);
    }
  });
})();
