// Entente web pages: the forms of the index, and the triad, dyad, events, article, search and
// ranking pages. No framework; every value that came from data goes into the page through
// textContent or an attribute, never as HTML. Words come from i18n.js (English and Japanese).
"use strict";

(function () {
  const I = window.EntenteI18n;
  const t = I.t;
  const STATE = /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .,'’()\-]{1,79}$/u;
  const YEAR = /^\d{4}$/;
  const SVG = "http://www.w3.org/2000/svg";

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

  const fixed = I.number;

  // An estimate with its 80 % interval, "+0.32 [+0.20, +0.43]"; "–" without one.
  function interval(value, lo, hi, digits) {
    if (value === null || value === undefined) {
      return "–";
    }
    return t("interval", fixed(value, digits), fixed(lo, digits), fixed(hi, digits));
  }

  // A pair's sign as a word, coloured: amity, neutral, enmity, no evidence.
  function signWord(sign) {
    const key = ["+", "0", "-", "?"].includes(sign) ? sign : "?";
    const classes = { "+": "sign-pos", "0": "sign-zero", "-": "sign-neg", "?": "sign-none" };
    return el("span", t("sign." + key), { class: classes[key], "data-sign": key });
  }

  function setStatus(text, isError) {
    const status = document.getElementById("status");
    if (!status) {
      return;
    }
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
      const why = body && body.error ? body.error : t("server.status", response.status);
      throw new Error(why);
    }
    return body;
  }

  // State names in the page's language, from the server's table (the briefings' own words).
  let names = new Map();
  let codes = new Map();

  async function loadNames() {
    try {
      const rows = await getJson("/api/v1/states");
      names = new Map(rows.map((r) => [r.code, I.ja ? r.ja : r.en]));
      codes = new Map(rows.flatMap((r) => [[r.code, r.code], [r.en.toUpperCase(), r.code], [r.ja, r.code]]));
    } catch (e) {
      names = new Map(); // codes stand in for names
    }
  }

  // A state as typed in the address (CHN, China, 中国) as its code, where the table knows it;
  // else as typed, for the API to resolve or refuse.
  function code(typed) {
    return codes.get(String(typed).trim().toUpperCase()) || codes.get(String(typed).trim()) || typed;
  }

  function name(code) {
    return names.get(String(code).toUpperCase()) || String(code);
  }

  function pairName(a, b) {
    return name(a) + (I.ja ? "・" : "–") + name(b);
  }

  function listNames(codes) {
    const shown = codes.map(name);
    if (shown.length <= 1) {
      return shown.join("");
    }
    return shown.slice(0, -1).join(t("list.sep")) + t("and") + shown[shown.length - 1];
  }

  // The index's forms: check the states and years before the browser goes to the page.
  function validate(form, names, message) {
    form.addEventListener("submit", function (event) {
      const values = [];
      let problem = null;
      for (const field of names) {
        const input = form.elements[field];
        const value = input.value.trim();
        input.removeAttribute("aria-invalid");
        if (problem === null && value === "") {
          problem = { input: input, text: t("form.missing", input.parentElement.firstElementChild.textContent.trim()) };
        } else if (problem === null && !STATE.test(value)) {
          problem = { input: input, text: t("form.notState", value) };
        } else if (problem === null && values.includes(value.toUpperCase())) {
          problem = { input: input, text: t("form.twice", value) };
        }
        values.push(value.toUpperCase());
      }
      for (const field of ["from", "to"]) {
        const input = form.elements[field];
        if (!input) {
          continue;
        }
        const value = input.value.trim();
        if (value === "") {
          input.disabled = true; // an empty year stays out of the address
          window.setTimeout(() => (input.disabled = false), 0);
        } else if (problem === null && !YEAR.test(value)) {
          problem = { input: input, text: t("form.badYear", value) };
        }
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

  function params(required) {
    const search = new URLSearchParams(window.location.search);
    const out = {};
    for (const field of required) {
      const value = (search.get(field) || "").trim();
      if (value === "") {
        throw new Error(t("address.lacks", field));
      }
      out[field] = value;
    }
    for (const field of ["from", "to"]) {
      const value = (search.get(field) || "").trim();
      if (value !== "") {
        out[field] = value;
      }
    }
    return out;
  }

  // The years of the page: a form after the title that reloads the page with ?from=&to=, keeping
  // the states and the language.
  function rangeForm(p, keep, monthly) {
    const title = document.getElementById("title");
    if (!title || document.getElementById("range")) {
      return;
    }
    const form = el("form", null, { class: "range", id: "range", method: "get", action: window.location.pathname });
    form.appendChild(el("span", t("range.legend"), { class: "status" }));
    for (const field of keep) {
      if (p[field] !== undefined) {
        form.appendChild(el("input", null, { type: "hidden", name: field, value: p[field] }));
      }
    }
    const asked = new URLSearchParams(window.location.search).get("lang");
    if (asked) {
      form.appendChild(el("input", null, { type: "hidden", name: "lang", value: asked }));
    }
    const pattern = monthly ? "\\d{4}(-\\d{2}(-\\d{2})?)?" : "\\d{4}";
    for (const [field, label] of [["from", "form.from"], ["to", "form.to"]]) {
      const wrap = el("label");
      wrap.appendChild(el("span", t(label)));
      const input = el("input", null, { name: field, id: "range-" + field, inputmode: "numeric", maxlength: monthly ? "10" : "4", pattern: pattern, autocomplete: "off", class: monthly ? "day" : "year" });
      input.value = p[field] || "";
      wrap.appendChild(input);
      form.appendChild(wrap);
    }
    form.appendChild(el("button", t("range.apply"), { type: "submit" }));
    const all = link(t("range.all"), window.location.pathname + "?" + query(Object.fromEntries(keep.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]))));
    form.appendChild(all);
    form.addEventListener("submit", () => {
      for (const field of ["from", "to"]) {
        const input = form.elements[field];
        if (input.value.trim() === "") {
          input.disabled = true;
          window.setTimeout(() => (input.disabled = false), 0);
        }
      }
    });
    const status = document.getElementById("status");
    (status || title).insertAdjacentElement("afterend", form);
  }

  // Tools over a table: order of rows (newest first by default) and a CSV download of what it shows.
  function tableTools(id, fileName, orderable) {
    const holder = document.querySelector(".table-tools[data-table='" + id + "']");
    const table = document.getElementById(id);
    if (!holder || !table || holder.childElementCount > 0) {
      return;
    }
    if (orderable) {
      const order = el("button", t("table.oldest"), { type: "button", "aria-pressed": "false", id: id + "-order" });
      order.addEventListener("click", () => {
        const body = table.tBodies[0];
        Array.from(body.rows).reverse().forEach((row) => body.appendChild(row));
        const oldest = order.getAttribute("aria-pressed") !== "true";
        order.setAttribute("aria-pressed", String(oldest));
        order.textContent = oldest ? t("table.newest") : t("table.oldest");
      });
      holder.appendChild(order);
    }
    const csv = el("button", t("table.csv"), { type: "button", id: id + "-csv" });
    csv.addEventListener("click", () => download(fileName, toCsv(table)));
    holder.appendChild(csv);
  }

  function csvField(text) {
    const value = String(text).replace(/\s+/g, " ").trim();
    // a leading =, @, or + or - not before a digit would make a formula in a spreadsheet: keep it text
    const safe = /^(=|@|[+\-](?!\d))/.test(value) ? "'" + value : value;
    return /[",\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
  }

  function toCsv(table) {
    const lines = [];
    for (const row of table.rows) {
      lines.push(Array.from(row.cells).map((c) => csvField(c.innerText)).join(","));
    }
    return "\ufeff" + lines.join("\r\n") + "\r\n"; // the BOM makes spreadsheets read UTF-8
  }

  function download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const a = el("a", null, { href: url, download: fileName });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function fileSafe(parts) {
    return parts.filter((x) => x !== undefined && x !== "").join("-").replace(/[^A-Za-z0-9_-]/g, "");
  }

  // Canvas text takes no fallback from the page: the chart asks for the Japanese font by name.
  const CANVAS_FONT = 'system-ui, "Hiragino Sans", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Entente IPAex Gothic", sans-serif';

  // Each line is { label, values, lo, hi }: with lo and hi its 80 % interval is drawn as a band.
  function chart(container, title, years, lines) {
    if (typeof uPlot === "undefined") {
      container.textContent = t("chart.missing");
      return;
    }
    const colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b"];
    const width = () => Math.max(280, container.clientWidth);
    const series = [{ label: t("col.year"), value: (u, v) => (v === null || v === undefined ? "–" : String(v)) }];
    const data = [years];
    const bands = [];
    lines.forEach((line, i) => {
      const colour = colours[i % colours.length];
      series.push({ label: line.label, stroke: colour, width: 2, points: { show: true } });
      data.push(line.values);
      if (line.lo && line.hi) {
        const faint = { stroke: colour, width: 1, dash: [4, 4], points: { show: false } };
        series.push(Object.assign({ label: line.label + " 80 % ▽" }, faint));
        data.push(line.lo);
        series.push(Object.assign({ label: line.label + " 80 % △" }, faint));
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
          {
            label: t("col.year"),
            font: "12px " + CANVAS_FONT,
            labelFont: "bold 12px " + CANVAS_FONT,
            incrs: [1, 2, 5, 10, 20],
            values: (u, ticks) => ticks.map((x) => (Number.isInteger(x) ? String(x) : "")),
          },
          { label: t("col.value"), font: "12px " + CANVAS_FONT, labelFont: "bold 12px " + CANVAS_FONT },
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

  // A sign word followed by its value and interval, in one cell.
  function signed(sign, value, lo, hi, digits) {
    const span = el("span");
    span.appendChild(signWord(sign));
    span.appendChild(document.createTextNode(" " + interval(value, lo, hi, digits)));
    return span;
  }

  function evidenceHref(a, b, year) {
    return "/api/v1/evidence?" + query({ a: a, b: b, by: "year", period: year });
  }

  function eventsHref(a, b, year) {
    return "/events.html?" + query({ a: a, b: b, from: year + "-01-01", to: year + "-12-31" });
  }

  function articleHref(p) {
    return "/article.html?" + query(p);
  }

  function dyadHref(a, b, year) {
    return "/dyad.html?" + query({ a: a, b: b }) + (year ? "#y-" + year : "");
  }

  // Only web addresses become links: a data value such as "javascript:…" stays text.
  function safeUrl(url) {
    return /^https?:\/\//i.test(String(url || "")) ? String(url) : null;
  }

  function yearsOf(p) {
    const out = {};
    for (const field of ["from", "to"]) {
      if (p[field] && /^\d{1,4}$/.test(p[field])) {
        out[field] = p[field];
      }
    }
    return out;
  }

  // Links to the selection's briefing in the page's language (and the other), each fetched with a
  // running count of seconds, since the first one is built on request.
  function briefingLinks(states, p) {
    const holder = document.getElementById("briefing");
    if (!holder || holder.querySelector("a")) {
      return;
    }
    const base = Object.assign({ states: states.join(",") }, yearsOf(p));
    const other = I.ja ? "en" : "ja";
    const choices = [
      [t("briefing.pdf"), { lang: I.lang, format: "pdf" }],
      [t("briefing.html"), { lang: I.lang, format: "html" }],
      [t("briefing.pdf") + " (" + t("briefing.other") + ")", { lang: other, format: "pdf" }],
      [t("briefing.html") + " (" + t("briefing.other") + ")", { lang: other, format: "html" }],
    ];
    const progress = el("span", t("briefing.note"), { class: "status", role: "status", "aria-live": "polite" });
    for (const [label, extra] of choices) {
      const a = link(label, "/api/v1/brief?" + query(Object.assign({}, base, extra)));
      a.id = "briefing-" + extra.format + "-" + extra.lang;
      a.setAttribute("lang", extra.lang);
      if (extra.format === "pdf") {
        a.setAttribute("download", "");
        a.addEventListener("click", (event) => {
          event.preventDefault();
          fetchBriefing(a.href, progress);
        });
      }
      holder.appendChild(a);
      holder.appendChild(document.createTextNode(" "));
    }
    holder.appendChild(progress);
  }

  async function fetchBriefing(href, progress) {
    const started = Date.now();
    const tick = () => (progress.textContent = t("briefing.building", Math.round((Date.now() - started) / 1000)));
    tick();
    const timer = window.setInterval(tick, 1000);
    try {
      const response = await fetch(href);
      if (!response.ok) {
        let why = t("server.status", response.status);
        try {
          why = (await response.json()).error || why;
        } catch (e) {
          // not JSON: the status says enough
        }
        throw new Error(why);
      }
      const disposition = response.headers.get("Content-Disposition") || "";
      const found = /filename="([^"]+)"/.exec(disposition);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = el("a", null, { href: url, download: found ? found[1] : "entente-briefing.pdf" });
      document.body.appendChild(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60000);
      progress.textContent = t("briefing.ready");
    } catch (e) {
      progress.textContent = t("page.failed", e.message);
      progress.className = "message";
    } finally {
      window.clearInterval(timer);
    }
  }

  // Where a judgement's statement rests: the pair's page at that year, or its treaty record.
  function evidenceLink(e) {
    if (e.kind === "obligation") {
      return link(pairName(e.a, e.b) + " " + e.year + " (" + t("evidence.treaties") + ")", "/api/v1/ties?" + query({ a: e.a, b: e.b, on: e.year + "-12-31" }));
    }
    return link(pairName(e.a, e.b) + " " + e.year, dyadHref(e.a, e.b, e.year));
  }

  // The briefing's judgement, the same statements as the briefing's opening section, in the page's
  // language. A failure leaves a note and does not stop the rest of the page.
  async function judgement(states, p, withSources) {
    const holder = document.getElementById("judgement");
    if (!holder) {
      return null;
    }
    const api = "/api/v1/judgement?" + query(Object.assign({ states: states.join(","), lang: I.lang }, yearsOf(p)));
    const source = document.getElementById("judgement-api");
    if (source) {
      source.setAttribute("href", api);
    }
    let body;
    try {
      body = await getJson(api);
    } catch (e) {
      holder.appendChild(el("p", t("judgement.none", e.message), { class: "message" }));
      return null;
    }
    const parts = { opening: null, details: null, caveats: null };
    const evidence = new Map();
    for (const s of body.statements) {
      if (!parts[s.part]) {
        if (s.part === "caveats") {
          holder.appendChild(el("p", t("judgement.thin")));
        }
        parts[s.part] = holder.appendChild(el(s.part === "opening" ? "p" : "ul", null, { class: "judgement-" + s.part }));
      }
      if (s.part === "opening") {
        parts.opening.appendChild(el("span", s.text + " ", { "data-kind": s.kind }));
      } else {
        parts[s.part].appendChild(el("li", s.text, { "data-kind": s.kind }));
      }
      for (const e of s.evidence || []) {
        evidence.set(e.kind + e.a + e.b + e.year, e);
      }
    }
    if (body.evidence_ends) {
      holder.appendChild(el("p", body.evidence_ends, { class: "evidence-ends" }));
    }
    if (withSources && evidence.size > 0) {
      const list = el("p", null, { class: "evidence-links" });
      list.appendChild(el("span", t("index.sources") + " "));
      Array.from(evidence.values())
        .sort((x, y) => y.year - x.year || String(x.a + x.b).localeCompare(String(y.a + y.b)))
        .forEach((e) => {
          list.appendChild(evidenceLink(e));
          list.appendChild(document.createTextNode(" "));
        });
      holder.appendChild(list);
    }
    holder.appendChild(el("p", body.method, { class: "status" }));
    return body;
  }

  async function indexPage() {
    await loadNames();
    validate(document.getElementById("triad-form"), ["a", "b", "c"], document.getElementById("triad-message"));
    validate(document.getElementById("dyad-form"), ["a", "b"], document.getElementById("dyad-message"));
    validate(document.getElementById("with-form"), ["with"], document.getElementById("with-message"));
    const founding = ["CHN", "RUS", "PRK"];
    briefingLinks(founding, {});
    const body = await judgement(founding, {}, true);
    if (body !== null) {
      setStatus(t("index.asOf", body.window_from, body.to, ""), false);
    } else {
      setStatus("", false);
    }
  }

  function roles(text) {
    const parts = Object.fromEntries(
      String(text || "")
        .split(";")
        .filter((s) => s.includes("="))
        .map((s) => s.split("="))
        .map(([k, v]) => [k, v.split(",").filter((x) => x !== "")])
    );
    if (parts.pivot && parts.wings) {
      return t("roles.pivot", listNames(parts.pivot), listNames(parts.wings));
    }
    if (parts.partners && parts.pariah) {
      return t("roles.pariah", listNames(parts.partners), listNames(parts.pariah));
    }
    return String(text || "");
  }

  function typeName(r) {
    const type = t("type." + (r.type || "undetermined"));
    const likely = r.most_likely;
    if (r.type === "undetermined" && likely && likely !== "undetermined") {
      return t("type.likely", type, t("type." + likely));
    }
    return type;
  }

  // Three states as a triangle, one side a pair: colour the sign, width the strength of the index.
  function diagram(container, codes, row) {
    container.textContent = "";
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 400 320");
    svg.setAttribute("role", "img");
    const at = [
      [200, 40],
      [60, 280],
      [340, 280],
    ];
    const sides = [
      ["ab", 0, 1],
      ["ac", 0, 2],
      ["bc", 1, 2],
    ];
    const colour = { "+": "#116329", "-": "#a40e26", "0": "#8a8a8a", "?": "#c8c8c8" };
    const summary = [];
    for (const [pair, i, j] of sides) {
      const sign = row["sign_" + pair] || "?";
      const value = Number(row["index_" + pair]);
      const line = document.createElementNS(SVG, "line");
      line.setAttribute("x1", at[i][0]);
      line.setAttribute("y1", at[i][1]);
      line.setAttribute("x2", at[j][0]);
      line.setAttribute("y2", at[j][1]);
      line.setAttribute("stroke", colour[sign] || colour["?"]);
      line.setAttribute("stroke-width", String(2 + 10 * Math.min(1, Math.abs(Number.isFinite(value) ? value : 0))));
      line.setAttribute("stroke-linecap", "round");
      if (sign === "0" || sign === "?") {
        line.setAttribute("stroke-dasharray", "8 6");
      }
      line.setAttribute("data-pair", pair);
      line.setAttribute("data-sign", sign);
      svg.appendChild(line);
      const label = document.createElementNS(SVG, "text");
      label.setAttribute("x", String((at[i][0] + at[j][0]) / 2 + (pair === "bc" ? 0 : pair === "ab" ? -34 : 34)));
      label.setAttribute("y", String((at[i][1] + at[j][1]) / 2 + (pair === "bc" ? 26 : 0)));
      label.setAttribute("text-anchor", "middle");
      label.setAttribute("font-size", "15");
      label.textContent = t("sign." + sign) + " " + fixed(row["index_" + pair], 2);
      svg.appendChild(label);
      summary.push(pairName(codes[i], codes[j]) + " " + t("sign." + sign) + " " + fixed(row["index_" + pair], 2));
    }
    at.forEach(([x, y], i) => {
      const dot = document.createElementNS(SVG, "circle");
      dot.setAttribute("cx", x);
      dot.setAttribute("cy", y);
      dot.setAttribute("r", "9");
      dot.setAttribute("fill", "#12355b");
      svg.appendChild(dot);
      const label = document.createElementNS(SVG, "text");
      label.setAttribute("x", String(x));
      label.setAttribute("y", String(i === 0 ? y - 16 : y + 32));
      label.setAttribute("text-anchor", "middle");
      label.setAttribute("font-size", "17");
      label.setAttribute("font-weight", "700");
      label.textContent = name(codes[i]);
      svg.appendChild(label);
    });
    svg.setAttribute("aria-label", row.period + ": " + typeName(row) + ". " + summary.join(t("list.sep")));
    container.appendChild(svg);
    container.appendChild(el("p", row.period + ": " + typeName(row) + (row.roles ? t("list.sep") + roles(row.roles) : ""), { class: "diagram-caption" }));
    container.setAttribute("data-year", String(row.period));
  }

  function diagramSlider(codes, rows) {
    const input = document.getElementById("diagram-year");
    const output = document.getElementById("diagram-year-out");
    const container = document.getElementById("diagram");
    if (!input || !container || rows.length === 0) {
      return;
    }
    input.min = "0";
    input.max = String(rows.length - 1);
    input.value = String(rows.length - 1);
    const show = () => {
      const row = rows[Number(input.value)];
      output.textContent = String(row.period);
      input.setAttribute("aria-valuetext", String(row.period));
      diagram(container, codes, row);
    };
    input.addEventListener("input", show);
    show();
  }

  async function triadPage() {
    const p = params(["a", "b", "c"]);
    rangeForm(p, ["a", "b", "c"], false);
    await loadNames();
    [p.a, p.b, p.c] = [code(p.a), code(p.b), code(p.c)];
    const [a, b, c] = [p.a, p.b, p.c];
    const title = [a, b, c].map(name).join(I.ja ? "・" : " · ");
    document.getElementById("title").textContent = t("triad.titleOf", title);
    document.title = title + " · Entente";
    document.getElementById("h-ab").textContent = pairName(a, b);
    document.getElementById("h-ac").textContent = pairName(a, c);
    document.getElementById("h-bc").textContent = pairName(b, c);
    const pairs = document.getElementById("pairs");
    [[a, b], [a, c], [b, c]].forEach(([x, y], i) => {
      if (i > 0) {
        pairs.appendChild(document.createTextNode(t("list.sep")));
      }
      pairs.appendChild(link(pairName(x, y), dyadHref(x, y)));
    });
    briefingLinks([a, b, c], p);
    const said = judgement([a, b, c], p, false);
    const api = "/api/v1/triad?" + query(p);
    document.getElementById("api-link").setAttribute("href", api);
    const rows = await getJson(api);
    setStatus(t("years.count", rows.length), false);
    const years = rows.map((r) => Number(r.period));
    diagramSlider([a, b, c], rows);
    chart(
      document.getElementById("chart"),
      title,
      years,
      [
        [pairName(a, b), "ab"],
        [pairName(a, c), "ac"],
        [pairName(b, c), "bc"],
      ].map(([label, pair]) => ({
        label: label,
        values: rows.map((r) => r["index_" + pair]),
        lo: rows.map((r) => r["index_" + pair + "_lo"]),
        hi: rows.map((r) => r["index_" + pair + "_hi"]),
      }))
    );
    const body = document.querySelector("#types tbody");
    for (const r of rows.slice().reverse()) {
      const tr = el("tr");
      cell(tr, r.period);
      const type = cell(tr, typeName(r));
      type.setAttribute("data-type", String(r.type || ""));
      cell(tr, fixed(r.p_type, 2).replace("+", ""));
      cell(tr, roles(r.roles));
      for (const pair of ["ab", "ac", "bc"]) {
        cell(tr, signed(r["sign_" + pair], r["index_" + pair], r["index_" + pair + "_lo"], r["index_" + pair + "_hi"], 2));
      }
      const alignment = el("ul", null, { class: "links" });
      [[a, b, "ab"], [a, c, "ac"], [b, c, "bc"]].forEach(([x, y, pair]) => {
        const value = interval(r["alignment_" + pair], r["alignment_" + pair + "_lo"], r["alignment_" + pair + "_hi"], 2);
        alignment.appendChild(el("li", pairName(x, y) + " " + value));
      });
      cell(tr, alignment);
      const list = el("ul", null, { class: "links" });
      for (const [x, y] of [[a, b], [a, c], [b, c]]) {
        const li = el("li");
        li.appendChild(link(pairName(x, y), evidenceHref(x, y, r.period)));
        list.appendChild(li);
      }
      cell(tr, list);
      tr.setAttribute("data-year", String(r.period));
      body.appendChild(tr);
    }
    tableTools("types", fileSafe(["entente-triad", a, b, c, p.from, p.to]) + ".csv", true);
    await said;
  }

  function basisWords(basis) {
    return String(basis || "")
      .split("+")
      .filter((s) => s !== "")
      .map((s) => (I.words["basis." + s] ? t("basis." + s) : s))
      .join(t("list.sep"));
  }

  async function dyadPage() {
    const p = params(["a", "b"]);
    rangeForm(p, ["a", "b"], false);
    await loadNames();
    [p.a, p.b] = [code(p.a), code(p.b)];
    const [a, b] = [p.a, p.b];
    const title = pairName(a, b);
    document.getElementById("title").textContent = t("dyad.titleOf", title);
    document.title = title + " · Entente";
    briefingLinks([a, b], p);
    const said = judgement([a, b], p, false);
    const api = "/api/v1/relation?" + query(p);
    document.getElementById("api-link").setAttribute("href", api);
    const rows = await getJson(api);
    setStatus(t("years.count", rows.length), false);
    chart(document.getElementById("chart"), title, rows.map((r) => Number(r.period)), [
      { label: t("series.index"), values: rows.map((r) => r.index), lo: rows.map((r) => r.index_lo), hi: rows.map((r) => r.index_hi) },
      { label: t("col.alignment"), values: rows.map((r) => r.alignment), lo: rows.map((r) => r.alignment_lo), hi: rows.map((r) => r.alignment_hi) },
      { label: "κ", values: rows.map((r) => r.kappa) },
    ]);
    const body = document.querySelector("#timeline tbody");
    for (const r of rows.slice().reverse()) {
      const tr = el("tr", null, { id: "y-" + r.period });
      cell(tr, r.period);
      cell(tr, signed(r.sign, r.index, r.index_lo, r.index_hi, 3));
      cell(tr, interval(r.alignment, r.alignment_lo, r.alignment_hi, 3));
      cell(tr, fixed(r.kappa, 3));
      cell(tr, basisWords(r.basis));
      const evidence = cell(tr, "");
      evidence.className = "evidence";
      const parts = String(r.evidence || "").split(" | ").filter((s) => s !== "");
      if (parts.length > 0) {
        const list = el("ul", null, { class: "links", lang: "en" });
        parts.forEach((part) => list.appendChild(el("li", part)));
        evidence.appendChild(list);
      }
      const sources = el("ul", null, { class: "links" });
      const votes = el("li");
      votes.appendChild(link(t("dyad.rollCalls"), evidenceHref(a, b, r.period)));
      sources.appendChild(votes);
      const events = el("li");
      events.appendChild(link(t("dyad.events"), eventsHref(a, b, r.period)));
      sources.appendChild(events);
      cell(tr, sources);
      tr.setAttribute("data-year", String(r.period));
      body.appendChild(tr);
    }
    tableTools("timeline", fileSafe(["entente-relation", a, b, p.from, p.to]) + ".csv", true);
    const wanted = /^#y-\d{4}$/.test(window.location.hash) ? document.getElementById(window.location.hash.slice(1)) : null;
    if (wanted !== null) {
      wanted.classList.add("marked");
      wanted.scrollIntoView({ block: "center" });
    }
    await Promise.all([regimes(a, b, rows), said]);
  }

  // A citation's parts ("TASS (list), https://… | https://…") as links where they hold an address.
  function citation(text) {
    const list = el("ul", null, { class: "links" });
    String(text || "")
      .split(" | ")
      .filter((s) => s !== "")
      .forEach((part) => {
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
      const td = cell(tr, t("dyad.noRegime"));
      td.setAttribute("colspan", "6");
      body.appendChild(tr);
      return;
    }
    for (const { record, relation, from, to } of Array.from(seen.values()).reverse()) {
      const tr = el("tr");
      cell(tr, from === to ? String(from) : from + "–" + to);
      const [who, whom] = String(relation).split(">");
      cell(tr, whom ? name(who) + " → " + name(whom) + " (" + relation + ")" : relation);
      cell(tr, el("code", record.id));
      cell(tr, record.kind.split(";").join(", ") + " (" + record.scope + ")");
      cell(tr, record.instrument);
      cell(tr, citation(record.source));
      tr.setAttribute("data-regime", record.id);
      body.appendChild(tr);
    }
    tableTools("regimes", fileSafe(["entente-sanctions", a, b]) + ".csv", false);
  }

  function optional(fields) {
    const search = new URLSearchParams(window.location.search);
    const out = {};
    for (const field of fields) {
      const value = (search.get(field) || "").trim();
      if (value !== "") {
        out[field] = value;
      }
    }
    return out;
  }

  function eventWhat(r) {
    return "CAMEO " + r.cameo + (r.plover ? " · " + r.plover : "") + " · Goldstein " + fixed(r.goldstein, 1);
  }

  async function eventsPage() {
    const p = Object.assign(params(["a", "b"]), optional(["from", "to"]));
    const [a, b] = [p.a, p.b];
    rangeForm(p, ["a", "b"], true);
    await loadNames();
    const range = p.from || p.to ? " (" + (p.from ? I.date(p.from) : "…") + " – " + (p.to ? I.date(p.to) : "…") + ")" : "";
    document.getElementById("title").textContent = t("events.titleOf", pairName(a, b)) + range;
    document.title = t("events.titleOf", pairName(a, b)) + " · Entente";
    const api = "/api/v1/events?" + query(Object.assign({ list: "true" }, p));
    document.getElementById("api-link").setAttribute("href", api);
    const rows = await getJson(api);
    if (rows.length === 0) {
      await scores(p);
      return;
    }
    setStatus(t("events.count", rows.length), false);
    const body = document.querySelector("#events tbody");
    for (const r of rows.slice().reverse()) {
      const tr = el("tr", null, { id: "event-" + r.id, "data-dataset": r.dataset });
      cell(tr, I.date(r.date));
      const who = r.source ? name(r.source) : r.source_name;
      const whom = r.target ? name(r.target) : r.target_name;
      cell(tr, (who || "–") + " (" + (r.source || "–") + ") → " + (whom || "–") + " (" + (r.target || "–") + ")");
      cell(tr, eventWhat(r));
      const evidence = cell(tr, "");
      evidence.className = "evidence";
      if (r.sentence) {
        evidence.appendChild(el("q", r.sentence));
        evidence.appendChild(document.createTextNode(" "));
        evidence.appendChild(link(t("events.inArticle"), articleHref({ event: r.id })));
      } else {
        evidence.appendChild(el("span", r.dataset + " " + r.evidence, { class: "data-text" }));
        const url = safeUrl(r.url);
        if (url !== null) {
          evidence.appendChild(document.createTextNode(" "));
          const source = link(t("events.source"), url);
          source.setAttribute("rel", "noopener noreferrer nofollow");
          evidence.appendChild(source);
        }
      }
      body.appendChild(tr);
    }
    tableTools("events", fileSafe(["entente-events", a, b, p.from, p.to]) + ".csv", true);
    const wanted = window.location.hash.startsWith("#event-") ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (wanted !== null) {
      wanted.classList.add("marked");
      wanted.scrollIntoView({ block: "center" });
    }
  }

  // No single events: the aggregated scores the relation index uses instead, month by month.
  async function scores(p) {
    const months = await getJson("/api/v1/events?" + query(Object.assign({ by: "month" }, p)));
    const kept = months.filter((m) => m.score_sum !== null && m.score_sum !== undefined);
    if (kept.length === 0) {
      setStatus(t("events.none"), false);
      return;
    }
    const datasets = Array.from(new Set(kept.map((m) => m.score_dataset))).join(t("list.sep"));
    setStatus(t("events.scores", datasets), false);
    document.getElementById("events").hidden = true;
    const table = document.getElementById("scores");
    table.hidden = false;
    document.querySelector(".table-tools[data-table='scores']").hidden = false;
    const body = table.tBodies[0];
    for (const m of kept.slice().reverse()) {
      const tr = el("tr", null, { "data-period": m.period });
      cell(tr, m.period);
      cell(tr, fixed(m.score_sum, 1));
      cell(tr, m.score_days === null || m.score_days === undefined ? "–" : String(m.score_days));
      cell(tr, el("span", m.score_dataset, { class: "data-text" }));
      body.appendChild(tr);
    }
    tableTools("scores", fileSafe(["entente-event-scores", p.a, p.b, p.from, p.to]) + ".csv", true);
  }

  async function articlePage() {
    const p = optional(["source", "event"]);
    if (!p.source && !p.event) {
      throw new Error(t("address.lacksArticle"));
    }
    await loadNames();
    const api = "/api/v1/article?" + query(p);
    document.getElementById("api-link").setAttribute("href", api);
    const article = await getJson(api);
    document.getElementById("title").textContent = t("article.titleOf", article.document);
    document.title = article.document + " · Entente";
    setStatus(article.marked === null ? t("article.count", article.sentences.length) : t("article.countMarked", article.sentences.length), false);
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
        for (const e of s.events) {
          list.appendChild(articleEvent(e));
        }
        holder.appendChild(list);
      }
    }
    if (marked !== null) {
      marked.scrollIntoView({ block: "center" });
      marked.focus();
    }
  }

  // An event read from a sentence: its date, who and whom, and type, linked to the pair's events.
  function articleEvent(e) {
    const li = el("li");
    if (typeof e !== "object" || e === null) {
      li.textContent = String(e);
      return li;
    }
    const text = t("article.event", I.date(e.date), name(e.source), name(e.target), "CAMEO " + e.cameo + (e.plover ? " · " + e.plover : ""));
    if (e.source && e.target) {
      li.appendChild(link(text, "/events.html?" + query({ a: e.source, b: e.target, from: e.date, to: e.date }) + "#event-" + e.id));
    } else {
      li.textContent = text;
    }
    li.setAttribute("data-event", String(e.id));
    return li;
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
      setStatus(t("search.give"), false);
      form.elements.q.focus();
      return;
    }
    document.title = t("search.titleOf", p.q) + " · Entente";
    const result = await getJson("/api/v1/search?" + query(Object.assign({ limit: "50" }, p)));
    const notes = (result.notes || []).join(" ");
    const found = result.hits.length < result.total ? t("search.foundFirst", result.total, result.hits.length) : t("search.found", result.total);
    setStatus(found + (notes ? " " + notes : ""), false);
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
        meta.appendChild(link(t("events.inArticle"), articleHref({ source: h.id }) + "#s-" + n));
      } else {
        meta.appendChild(el("span", h.evidence + " ", { class: "data-text" }));
        if (h.source && h.target) {
          const id = String(h.id).slice(String(h.id).indexOf(":") + 1);
          meta.appendChild(link(t("search.dayEvents"), "/events.html?" + query({ a: h.source, b: h.target, from: h.date, to: h.date }) + "#event-" + id));
        }
      }
      li.appendChild(meta);
      list.appendChild(li);
    }
  }

  // States ranked by alignment or relation with one state (GET /api/v1/standing).
  async function withPage() {
    const form = document.getElementById("with-form");
    validate(form, ["with"], document.getElementById("with-message"));
    const p = optional(["with", "by", "from", "to", "top", "min_n"]);
    for (const [field, value] of Object.entries(p)) {
      if (form.elements[field]) {
        form.elements[field].value = value;
      }
    }
    if (!p.with) {
      setStatus("", false);
      form.elements.with.focus();
      return;
    }
    if (!p.from && !p.to) {
      // "now": the last whole year, not every session since 1946 pooled
      p.from = p.to = String(new Date().getUTCFullYear() - 1);
      form.elements.from.value = form.elements.to.value = p.from;
    }
    await loadNames();
    const by = p.by === "relation" ? "relation" : "alignment";
    document.getElementById("title").textContent = t("with.titleOf", name(p.with));
    document.title = t("with.titleOf", name(p.with)) + " · Entente";
    const asked = Object.assign({ by: by }, p);
    if (by === "relation") {
      delete asked.min_n;
    }
    document.getElementById("h-value").textContent = by === "relation" ? t("col.index") : t("form.byAlignment");
    const api = "/api/v1/standing?" + query(asked);
    document.getElementById("api-link").setAttribute("href", api);
    const rows = await getJson(api);
    setStatus(t("with.count", rows.length), false);
    const body = document.querySelector("#standing tbody");
    for (const r of rows) {
      const tr = el("tr", null, { "data-state": r.state });
      cell(tr, r.rank);
      cell(tr, name(r.state) + " (" + r.state + ")");
      if (r.sign) {
        cell(tr, signed(r.sign, r.value, r.lo, r.hi, 3));
      } else {
        cell(tr, r.lo !== null && r.lo !== undefined ? interval(r.value, r.lo, r.hi, 3) : fixed(r.value, 3));
      }
      cell(tr, r.n === null || r.n === undefined ? "–" : String(r.n));
      const sources = el("ul", null, { class: "links" });
      const pair = el("li");
      pair.appendChild(link(pairName(p.with, r.state), dyadHref(p.with, r.state)));
      sources.appendChild(pair);
      cell(tr, sources);
      body.appendChild(tr);
    }
    tableTools("standing", fileSafe(["entente-with", p.with, by, p.from, p.to]) + ".csv", false);
  }

  // Importing an article: the body is the text pasted or the file's own bytes (the server reads
  // encodings, HTML and PDF as `extract` does); preview with POST /api/v1/extract, then store the
  // same body with POST /api/v1/import-text and the token.
  function importPage() {
    const form = document.getElementById("import-form");
    const commit = document.getElementById("import-commit");
    let previewed = null;

    async function body() {
      const file = form.elements.file.files[0];
      if (file) {
        return { bytes: await file.arrayBuffer(), name: file.name };
      }
      const text = form.elements.text.value;
      return text.trim() === "" ? null : { bytes: new TextEncoder().encode(text), name: "article.txt" };
    }

    function asked(name) {
      const p = {};
      if (form.elements.lang.value !== "auto") {
        p.lang = form.elements.lang.value;
      }
      if (form.elements.doc_date.value !== "") {
        p.doc_date = form.elements.doc_date.value;
      }
      if (name) {
        p.name = form.elements.name.value.trim() || name;
      }
      return p;
    }

    async function post(path, bytes, headers) {
      const response = await fetch(path, { method: "POST", body: bytes, headers: Object.assign({ Accept: "application/json" }, headers || {}) });
      let answer = null;
      try {
        answer = await response.json();
      } catch (e) {
        answer = null;
      }
      return { status: response.status, answer: answer };
    }

    function show(events) {
      const table = document.getElementById("preview");
      const rows = table.tBodies[0];
      rows.textContent = "";
      for (const e of events) {
        const tr = el("tr");
        cell(tr, I.date(e.date));
        cell(tr, name(e.source) + " (" + e.source + ") → " + name(e.target) + " (" + e.target + ")");
        cell(tr, "CAMEO " + e.cameo + (e.plover ? " · " + e.plover : ""));
        cell(tr, e.pattern + " · " + fixed(e.confidence, 2).replace("+", ""));
        const sentence = cell(tr, "");
        sentence.className = "evidence";
        sentence.appendChild(el("q", e.sentence));
        rows.appendChild(tr);
      }
      table.hidden = events.length === 0;
      tableTools("preview", "entente-preview.csv", false);
    }

    document.getElementById("import-preview").addEventListener("click", async () => {
      const b = await body();
      if (b === null) {
        setStatus(t("import.empty"), true);
        return;
      }
      setStatus(t("import.reading"), false);
      const { status, answer } = await post("/api/v1/extract?" + query(asked(null)), b.bytes);
      if (status !== 200) {
        setStatus(t("page.failed", answer && answer.error ? answer.error : t("server.status", status)), true);
        commit.disabled = true;
        return;
      }
      await loadNames();
      show(answer);
      previewed = { bytes: b.bytes, name: b.name, events: answer };
      commit.disabled = answer.length === 0;
      setStatus(answer.length === 0 ? t("import.none") : t("import.found", answer.length), false);
    });

    document.getElementById("import-store").addEventListener("click", async () => {
      if (previewed === null) {
        return;
      }
      const token = form.elements.token.value.trim();
      if (token === "") {
        setStatus(t("import.noToken"), true);
        form.elements.token.focus();
        return;
      }
      const { status, answer } = await post("/api/v1/import-text?" + query(asked(previewed.name)), previewed.bytes, { Authorization: "Bearer " + token });
      if (status === 403) {
        setStatus(t("import.readOnly"), true);
        return;
      }
      if (status !== 200 && status !== 201) {
        setStatus(t("page.failed", answer && answer.error ? answer.error : t("server.status", status)), true);
        return;
      }
      setStatus(status === 200 ? t("import.already", answer.document) : t("import.stored", answer.events_stored, answer.document), false);
      // each stored event's pair and day, where the events page shows it with its sentence
      const links = el("ul", null, { class: "links", id: "import-links" });
      const seen = new Set();
      for (const e of previewed.events) {
        const key = e.source + e.target + e.date;
        if (e.source && e.target && !seen.has(key)) {
          seen.add(key);
          const li = el("li");
          li.appendChild(link(pairName(e.source, e.target) + " " + I.date(e.date), "/events.html?" + query({ a: e.source, b: e.target, from: e.date, to: e.date })));
          links.appendChild(li);
        }
      }
      document.getElementById("status").insertAdjacentElement("afterend", links);
      commit.disabled = true;
    });
    return Promise.resolve();
  }

  // Two to six pairs on one chart and in one table, by one dimension of GET /api/v1/relation.
  async function comparePage() {
    const form = document.getElementById("compare-form");
    const message = document.getElementById("compare-message");
    const p = optional(["pairs", "dim", "from", "to"]);
    for (const [field, value] of Object.entries(p)) {
      form.elements[field].value = value;
    }
    const pairs = String(form.elements.pairs.value)
      .split(/[,\s]+/)
      .filter((x) => x !== "")
      .map((x) => x.toUpperCase().split("-"));
    const good = pairs.length >= 2 && pairs.length <= 6 && pairs.every((x) => x.length === 2 && x.every((c) => /^[A-Z]{3}$/.test(c)) && x[0] !== x[1]);
    form.addEventListener("submit", (event) => {
      const asked = String(form.elements.pairs.value).split(/[,\s]+/).filter((x) => x !== "");
      const ok = asked.length >= 2 && asked.length <= 6 && asked.every((x) => /^[A-Za-z]{3}-[A-Za-z]{3}$/.test(x));
      const years = ["from", "to"].every((f) => form.elements[f].value.trim() === "" || YEAR.test(form.elements[f].value.trim()));
      if (!ok || !years) {
        event.preventDefault();
        message.textContent = ok ? t("form.badYear", form.elements.from.value + " " + form.elements.to.value) : t("compare.badPairs");
        form.elements.pairs.setAttribute("aria-invalid", "true");
        form.elements.pairs.focus();
      }
    });
    if (!p.pairs) {
      setStatus("", false);
      return;
    }
    if (!good) {
      message.textContent = t("compare.badPairs");
      setStatus("", false);
      return;
    }
    await loadNames();
    const dim = ["index", "alignment", "kappa"].includes(p.dim) ? p.dim : "index";
    const years = yearsOf(p);
    const answers = await Promise.all(pairs.map(([a, b]) => getJson("/api/v1/relation?" + query(Object.assign({ a: a, b: b }, years)))));
    const all = Array.from(new Set(answers.flatMap((rows) => rows.map((r) => Number(r.period))))).sort((x, y) => x - y);
    const at = answers.map((rows) => new Map(rows.map((r) => [Number(r.period), r])));
    const value = (r) => (r ? r[dim] : null);
    const bands = pairs.length <= 3 && dim !== "kappa";
    const label = (a, b) => pairName(a, b);
    document.title = t("compare.title") + " · Entente";
    setStatus(t("compare.count", pairs.length, all.length), false);
    chart(
      document.getElementById("chart"),
      { index: t("form.byRelation"), alignment: t("col.alignment"), kappa: t("compare.kappa") }[dim],
      all,
      pairs.map(([a, b], i) => ({
        label: label(a, b),
        values: all.map((y) => value(at[i].get(y))),
        lo: bands ? all.map((y) => (at[i].get(y) ? at[i].get(y)[dim + "_lo"] : null)) : null,
        hi: bands ? all.map((y) => (at[i].get(y) ? at[i].get(y)[dim + "_hi"] : null)) : null,
      }))
    );
    const table = document.getElementById("comparison");
    const head = table.tHead.rows[0];
    pairs.forEach(([a, b]) => {
      const th = el("th", null, { scope: "col" });
      th.appendChild(link(label(a, b), dyadHref(a, b)));
      head.appendChild(th);
    });
    for (const year of all.slice().reverse()) {
      const tr = el("tr", null, { "data-year": String(year) });
      cell(tr, year);
      at.forEach((rows) => {
        const r = rows.get(year);
        if (!r) {
          cell(tr, "–");
        } else if (dim === "index") {
          cell(tr, signed(r.sign, r.index, r.index_lo, r.index_hi, 3));
        } else if (dim === "alignment") {
          cell(tr, interval(r.alignment, r.alignment_lo, r.alignment_hi, 3));
        } else {
          cell(tr, fixed(r.kappa, 3));
        }
      });
      table.tBodies[0].appendChild(tr);
    }
    tableTools("comparison", fileSafe(["entente-compare", dim, p.from, p.to]) + ".csv", true);
  }

  // A set of states as a signed network (GET /api/v1/camps): camp A on the left, camp B on the
  // right, a line per definite tie, green for amity, red for enmity, dashed where it goes against
  // the split. Drawn by Cytoscape.js (vendor/), positions computed here so the picture is stable.
  async function campsPage() {
    const form = document.getElementById("camps-form");
    const message = document.getElementById("camps-message");
    const p = optional(["states", "year"]);
    for (const [field, value] of Object.entries(p)) {
      form.elements[field].value = value;
    }
    const listOk = (text) => {
      const codes = String(text).split(/[,\s]+/).filter((x) => x !== "");
      return codes.length >= 3 && codes.length <= 12 && codes.every((c) => /^[A-Za-z]{3}$/.test(c));
    };
    form.addEventListener("submit", (event) => {
      const year = form.elements.year.value.trim();
      if (!listOk(form.elements.states.value) || (year !== "" && !YEAR.test(year))) {
        event.preventDefault();
        message.textContent = listOk(form.elements.states.value) ? t("form.badYear", year) : t("camps.badStates");
        form.elements.states.focus();
      } else if (year === "") {
        form.elements.year.disabled = true;
        window.setTimeout(() => (form.elements.year.disabled = false), 0);
      }
    });
    if (!p.states) {
      setStatus("", false);
      return;
    }
    if (!listOk(p.states)) {
      message.textContent = t("camps.badStates");
      setStatus("", false);
      return;
    }
    await loadNames();
    const states = p.states.split(/[,\s]+/).filter((x) => x !== "").map((x) => x.toUpperCase());
    const year = p.year && YEAR.test(p.year) ? p.year : String(new Date().getUTCFullYear() - 1);
    form.elements.year.value = year;
    document.getElementById("title").textContent = t("camps.titleOf", year);
    document.title = t("camps.titleOf", year) + " · Entente";
    setStatus(t("loading"), false);
    const rows = await getJson("/api/v1/camps?" + query({ states: states.join(","), year: year }));
    const camp = new Map(rows.filter((r) => r.kind === "state").map((r) => [r.a, r.camp]));
    const ties = rows.filter((r) => r.kind === "tie");
    const summary = rows.find((r) => r.kind === "summary");
    const facts = Object.fromEntries(String(summary ? summary.camp : "").split(";").map((x) => x.split("=")));
    const inCamp = (c) => states.filter((s) => camp.get(s) === c);
    const list = document.getElementById("camp-list");
    for (const [key, c] of [["camps.campA", "A"], ["camps.campB", "B"]]) {
      list.appendChild(el("li", t(key) + ": " + listNames(inCamp(c))));
    }
    if (facts.balance) {
      document.getElementById("balance").textContent = t("camps.balance", fixed(facts.balance, 2).replace("+", ""));
    }
    const body = document.querySelector("#ties tbody");
    for (const r of ties) {
      const tr = el("tr", null, { "data-pair": r.a + "-" + r.b, "data-sign": r.sign });
      const pair = cell(tr, "");
      pair.appendChild(link(pairName(r.a, r.b), dyadHref(r.a, r.b, year)));
      const value = el("span");
      value.appendChild(signWord(r.sign));
      value.appendChild(document.createTextNode(" " + fixed(r.index, 3)));
      cell(tr, value);
      cell(tr, r.frustrated === "true" ? t("yes") : r.frustrated === "false" ? t("no") : "–");
      body.appendChild(tr);
    }
    tableTools("ties", fileSafe(["entente-camps", year]) + ".csv", false);
    setStatus("", false);
    network(states, camp, ties);
  }

  function network(states, camp, ties) {
    const holder = document.getElementById("network");
    if (typeof cytoscape === "undefined") {
      holder.textContent = t("camps.library");
      return;
    }
    const sides = { A: [], B: [], unplaced: [] };
    states.forEach((s) => (sides[camp.get(s)] || sides.unplaced).push(s));
    // on one circle, camp A on its left half and camp B on its right, so that no line passes
    // through a third state
    const place = (list, from, to) =>
      list.map((s, i) => {
        const angle = ((from + ((i + 1) * (to - from)) / (list.length + 1)) * Math.PI) / 180;
        return { s: s, x: 300 + 200 * Math.cos(angle), y: 210 + 170 * Math.sin(angle) };
      });
    const spots = [...place(sides.A, 100, 260), ...place(sides.B, -80, 80), ...place(sides.unplaced, 260, 280)];
    const colour = { A: "#1f5fa8", B: "#c45a00", unplaced: "#777777" };
    const elements = spots.map((p) => ({
      data: { id: p.s, label: name(p.s), colour: colour[camp.get(p.s)] || colour.unplaced },
      position: { x: p.x, y: p.y },
    }));
    for (const r of ties) {
      if (r.sign !== "+" && r.sign !== "-") {
        continue;
      }
      elements.push({
        data: {
          id: r.a + "-" + r.b,
          source: r.a,
          target: r.b,
          colour: r.sign === "+" ? "#116329" : "#a40e26",
          width: 1.5 + 6 * Math.min(1, Math.abs(Number(r.index) || 0)),
          line: r.frustrated === "true" ? "dashed" : "solid",
        },
      });
    }
    const graph = cytoscape({
      container: holder,
      elements: elements,
      layout: { name: "preset", fit: true, padding: 40 },
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(colour)",
            label: "data(label)",
            "font-family": CANVAS_FONT,
            "font-size": 14,
            "text-valign": "top",
            "text-margin-y": -6,
            width: 18,
            height: 18,
          },
        },
        { selector: "edge", style: { "line-color": "data(colour)", width: "data(width)", "line-style": "data(line)", "curve-style": "straight" } },
      ],
    });
    holder.setAttribute("data-drawn", String(graph.edges().length));
  }

  function glossaryPage() {
    for (const section of document.querySelectorAll("section[data-lang]")) {
      section.hidden = section.getAttribute("data-lang") !== I.lang;
    }
    const hash = window.location.hash.slice(1);
    if (hash !== "") {
      const target = document.getElementById(I.ja ? hash + "-ja" : hash);
      if (target !== null) {
        target.scrollIntoView();
      }
    }
    return Promise.resolve();
  }

  function run(page) {
    page().catch((error) => setStatus(t("page.failed", error.message), true));
  }

  const PAGES = {
    index: indexPage,
    triad: triadPage,
    dyad: dyadPage,
    events: eventsPage,
    article: articlePage,
    search: searchPage,
    with: withPage,
    glossary: glossaryPage,
    import: importPage,
    compare: comparePage,
    camps: campsPage,
    api: () => Promise.resolve(),
  };

  document.addEventListener("DOMContentLoaded", function () {
    I.ready.then(() => {
      I.translate(document);
      const page = PAGES[document.body.getAttribute("data-page")];
      if (page) {
        run(page);
      }
    });
  });
})();
