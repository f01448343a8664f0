// Voice Analytics dashboard: reads /api/dashboard/... with the API key kept in this tab's session storage, draws
// spec 6's panels, carries the filters in the URL, refreshes every minute without reloading.
"use strict";
(() => {
  const KEY = "voice-analytics.api-key";
  const REFRESH_MS = 60_000;
  const FILTERS = ["range", "from", "to", "tier", "sentiment", "industry", "agent_version"];
  const COLORS = { good: "#1a7f37", warn: "#b58100", bad: "#c62828", accent: "#1f5fbf", muted: "#8a96a3", line: "#d9dee5" };
  const charts = new Map();
  let refreshTimer = null;
  let loading = null;
  let refreshAgain = false;
  let choicesLoaded = false;

  const $ = (selector, root = document) => root.querySelector(selector);
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    return node;
  };

  // ---- formatting -------------------------------------------------------------------------------------------------
  const fmt = {
    int: (n) => (n === null || n === undefined ? "–" : Math.round(n).toLocaleString("en-US")),
    num: (n, digits = 1) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })),
    pct: (r, digits = 1) => (r === null || r === undefined ? "–" : (r * 100).toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }) + " %"),
    ms: (n) => (n === null || n === undefined ? "–" : Math.round(n).toLocaleString("en-US") + " ms"),
    usd: (n, digits = 2) => (n === null || n === undefined ? "–" : "$" + Number(n).toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })),
    time: (iso) => (iso ? new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" }) : "–"),
    hour: (iso) => new Date(iso).toLocaleString("en-US", { month: "short", day: "numeric", hour: "2-digit" }),
    day: (iso) => new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric" }),
  };

  // ---- key --------------------------------------------------------------------------------------------------------
  function takeKeyFromFragment() {
    const match = /(?:^#|&)key=([^&]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(KEY, decodeURIComponent(match[1]));
      history.replaceState(history.state, "", location.pathname + location.search);
    }
  }

  function askForKey(message) {
    sessionStorage.removeItem(KEY);
    choicesLoaded = false;
    stopRefresh();
    $("#panels").hidden = true;
    $("#drill").hidden = true;
    $("#key-prompt").hidden = false;
    $("#key-error").textContent = message || "";
    $("#key-input").focus();
  }

  // ---- API --------------------------------------------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, problem) {
      super(problem?.detail || problem?.title || `HTTP ${status}`);
      this.status = status;
      this.problem = problem;
    }
  }

  async function api(path, params) {
    const url = new URL(path, location.href);
    for (const [name, value] of Object.entries(params || {})) if (value !== "" && value !== null && value !== undefined) url.searchParams.set(name, value);
    const response = await fetch(url, { headers: { "x-functions-key": sessionStorage.getItem(KEY) || "", accept: "application/json" } });
    if (response.status === 401) {
      askForKey("That key was refused. Enter the API key again.");
      throw new ApiError(401);
    }
    const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  // ---- filters in the URL -----------------------------------------------------------------------------------------
  function currentParams() {
    const query = new URLSearchParams(location.search);
    const params = {};
    for (const name of FILTERS) if (query.get(name)) params[name] = query.get(name);
    return params;
  }

  function toLocalInput(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }

  function showFilters(params) {
    const form = $("#filters");
    form.range.value = params.range || "today";
    form.from.value = toLocalInput(params.from);
    form.to.value = toLocalInput(params.to);
    for (const name of ["tier", "sentiment"]) form[name].value = params[name] || "";
    for (const name of ["industry", "agent_version"]) ensureOption(form[name], params[name] || "");
    form.classList.toggle("custom", form.range.value === "custom");
  }

  function ensureOption(select, value) {
    if (value && ![...select.options].some((o) => o.value === value)) select.append(el("option", { value, text: value }));
    select.value = value;
  }

  function readFilters() {
    const form = $("#filters");
    const params = { range: form.range.value };
    if (params.range === "custom") {
      if (!form.from.value || !form.to.value) return null;
      params.from = new Date(form.from.value).toISOString();
      params.to = new Date(form.to.value).toISOString();
    }
    for (const name of ["tier", "sentiment", "industry", "agent_version"]) if (form[name].value) params[name] = form[name].value;
    if (params.range === "today") delete params.range;
    return params;
  }

  function navigate(params, view) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
    for (const [name, value] of Object.entries(view || {})) if (value) query.set(name, value);
    const search = query.toString();
    history.pushState(null, "", location.pathname + (search ? "?" + search : ""));
    route();
  }

  // ---- widgets ----------------------------------------------------------------------------------------------------
  // Every widget is a box with data-widget=<name>; its headline figure has data-value, so a reader (or a test) finds it.
  function widget(container, name, title, { wide = false } = {}) {
    const box = el("div", { class: "widget" + (wide ? " wide" : ""), "data-widget": name, role: "group", "aria-label": title }, el("h3", { text: title }));
    container.append(box);
    return box;
  }

  function stat(container, name, title, value, { status = null, note = null, compare = [] } = {}) {
    const box = widget(container, name, title);
    box.append(el("div", { class: "value" + (status ? " " + status : ""), "data-value": "" }, value));
    for (const c of compare) {
      const direction = c.delta > 0 ? "up" : c.delta < 0 ? "down" : "";
      box.append(el("div", { class: "note delta " + direction, "data-compare": c.name }, `${c.label}: ${c.text}`));
    }
    if (note) box.append(el("div", { class: "note" }, note));
    return box;
  }

  function unavailable(container, name, title, reason) {
    const box = widget(container, name, title);
    box.append(el("div", { class: "unavailable", "data-unavailable": "" }, reason || "Not available."));
    return box;
  }

  /** A Chart.js chart; refreshed in place (no flicker) when the widget is drawn again. */
  function chart(container, name, title, config, { wide = false, note = null } = {}) {
    const box = widget(container, name, title, { wide });
    const canvas = el("canvas", { role: "img", "aria-label": title });
    box.append(el("div", { class: "chart-box" }, canvas));
    if (note) box.append(el("div", { class: "note" }, note));
    charts.get(name)?.destroy();
    if (window.Chart) {
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false, plugins: {} }, config.options || {});
      config.options.plugins.legend = Object.assign({ display: (config.data.datasets || []).length > 1, labels: { boxWidth: 10 } }, config.options.plugins.legend || {});
      charts.set(name, new window.Chart(canvas, config));
    }
    return box;
  }

  /** A constant line across a line or bar chart (a target), drawn as a dashed dataset. */
  const targetLine = (label, value, count, color = COLORS.bad) => ({
    type: "line", label, data: Array(count).fill(value), borderColor: color, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, fill: false,
  });

  function table(container, name, title, columns, rows, { wide = true, rowClass = null, empty = "Nothing in this range." } = {}) {
    const box = widget(container, name, title, { wide });
    if (!rows.length) {
      box.append(el("div", { class: "note", "data-empty": "" }, empty));
      return box;
    }
    const head = el("tr", {}, columns.map((c) => el("th", { class: c.num ? "num" : null, scope: "col" }, c.label)));
    const body = rows.map((row) => el("tr", { class: rowClass ? rowClass(row) : null }, columns.map((c) => el("td", { class: c.num ? "num" : null }, c.cell(row)))));
    box.append(el("table", {}, el("thead", {}, head), el("tbody", {}, body)));
    return box;
  }

  /** A link that opens one session's view in place (and still works opened in a new tab). */
  const sessionLink = (id, text) =>
    el("a", { href: "?" + new URLSearchParams({ view: "session", id }), "data-session": id, onclick: (e) => { e.preventDefault(); navigate(currentParams(), { view: "session", id }); } }, text);

  /** A button that opens the sessions behind a widget entry. */
  const drillLink = (text, kind, value) =>
    el("button", { type: "button", class: "link", "data-drill": kind, onclick: () => navigate(currentParams(), { view: "sessions", kind, value }) }, text);

  const colourOf = (value, goodBelow, badAbove) => (value === null || value === undefined ? null : value < goodBelow ? "good" : value > badAbove ? "bad" : "warn");

  // ---- panels -----------------------------------------------------------------------------------------------------
  // Each panel reads one endpoint and draws its widgets; the renderers follow docs/dashboard-api.md.
  const PANELS = window.VoiceAnalyticsPanels = [];

  // body[data-state] is "loading" while a view's requests are out and "ready" once it is drawn (tests wait on it).
  const setState = (state) => { document.body.dataset.state = state; };

  async function drawPanels(params) {
    const started = performance.now();
    setState("loading");
    $("#status").className = "";
    $("#status").textContent = "Loading…";
    const results = await Promise.allSettled(PANELS.map(async (panel) => {
      const data = await api("dashboard/" + panel.endpoint, params);
      const container = widgetsOf(panel);
      container.replaceChildren();
      panel.render(container, data, params);
      return data;
    }));
    const failed = results.filter((r) => r.status === "rejected");
    for (const [index, result] of results.entries()) {
      if (result.status === "rejected" && result.reason?.status !== 401) {
        const panel = PANELS[index];
        widgetsOf(panel).replaceChildren(el("p", { class: "error", role: "alert" }, `Could not load ${panel.endpoint}: ${result.reason.message}`));
      }
    }
    const generated = results.find((r) => r.status === "fulfilled")?.value?.generated_at;
    $("#generated").textContent = generated ? `Figures as of ${fmt.time(generated)}.` : "";
    $("#status").className = failed.length ? "error" : "";
    $("#status").textContent = failed.length
      ? `${failed.length} of ${PANELS.length} panel requests failed.`
      : `${summary(params)} · updated ${new Date().toLocaleTimeString("en-US")} (${Math.round(performance.now() - started)} ms)`;
    setState("ready");
  }

  /** The widget grid of one endpoint inside its panel (a panel may draw from two endpoints). */
  function widgetsOf(panel) {
    const section = $(`#panel-${panel.panel}`);
    let grid = section.querySelector(`.widgets[data-endpoint="${panel.endpoint}"]`);
    if (!grid) section.append(grid = el("div", { class: "widgets", "data-endpoint": panel.endpoint }));
    return grid;
  }

  function summary(params) {
    const range = { today: "Today", yesterday: "Yesterday", "7d": "Last 7 days", "30d": "Last 30 days" }[params.range || "today"]
      || `${fmt.time(params.from)} – ${fmt.time(params.to)}`;
    const parts = [range];
    if (params.tier) parts.push("Tier " + params.tier);
    if (params.sentiment) parts.push(params.sentiment);
    if (params.industry) parts.push(params.industry);
    if (params.agent_version) parts.push("agent " + params.agent_version);
    return parts.join(" · ");
  }

  async function loadFilterChoices() {
    try {
      const choices = await api("dashboard/filters", {});
      window.VoiceAnalyticsChoices = choices;
      showRollupStatus(choices);
      const form = $("#filters");
      for (const [name, list] of [["industry", choices.industries], ["agent_version", choices.agent_versions]]) {
        const select = form[name];
        const keep = select.value;
        select.replaceChildren(el("option", { value: "", text: "All" }), ...(list || []).map((c) => el("option", { value: c.value ?? c.name ?? c, text: c.value ?? c.name ?? c })));
        ensureOption(select, keep);
      }
    } catch (error) {
      if (error.status !== 401) console.warn("filter choices unavailable", error.message);
    }
  }

  // An older file's rollups are built once, in the background after start: until then the figures are partial, say so.
  let rollupsBuilding = false;
  function showRollupStatus(choices) {
    const builds = (choices && choices.rollups_building) || [];
    rollupsBuilding = builds.length > 0;
    const node = $("#rollup-status");
    node.hidden = !rollupsBuilding;
    node.textContent = rollupsBuilding
      ? "Building the dashboard's rollups of the calls stored before this version: "
        + builds.map((b) => `${b.rollup} ${fmt.int(b.done)} of ${fmt.int(b.total)}`).join(", ")
        + ". Until that ends the panels count only the calls rolled up so far."
      : "";
  }

  async function refreshRollupStatus() {
    try {
      showRollupStatus(await api("dashboard/filters", {}));
    } catch (error) {
      if (error.status !== 401) console.warn("rollup status unavailable", error.message);
    }
  }

  // ---- drill-down -------------------------------------------------------------------------------------------------
  async function drawSessionList(params, kind, value) {
    const body = $("#drill-body");
    body.replaceChildren(el("h2", {}, `Sessions behind ${kind.replace(/_/g, " ")} “${value}”`), el("p", { class: "note" }, summary(params)));
    const list = el("div", { class: "widgets" });
    body.append(list);
    const rows = [];
    let cursor = null;
    const more = el("button", { type: "button", "aria-label": "Load more sessions" }, "More");
    const draw = () => {
      list.replaceChildren();
      table(list, "drill-sessions", `${rows.length} session(s)`, [
        { label: "Session", cell: (r) => sessionLink(r.session_id, r.session_id) },
        { label: "Started", cell: (r) => fmt.time(r.started_at) },
        { label: "Tier", cell: (r) => r.tier || "–" },
        { label: "Score", num: true, cell: (r) => fmt.int(r.lead_score) },
        { label: "Sentiment", cell: (r) => r.sentiment || "–" },
        { label: "Evidence", cell: (r) => (r.evidence ? el("mark", {}, r.evidence) : "") },
      ], rows, { empty: "No sessions match." });
      more.hidden = !cursor;
    };
    const page = async () => {
      const data = await api("dashboard/sessions", Object.assign({}, params, { kind, value, cursor }));
      rows.push(...(data.items || []));
      cursor = data.next_cursor;
      draw();
    };
    more.addEventListener("click", () => page());
    body.append(more);
    await page();
  }

  /** Marks each evidence quote of the report inside the transcript entry it points at (item id + character range). */
  function evidenceByItem(report) {
    const found = new Map();
    const visit = (node, path) => {
      if (Array.isArray(node)) node.forEach((n) => visit(n, path));
      else if (node && typeof node === "object") {
        if (typeof node.item_id === "string" && Number.isInteger(node.start) && Number.isInteger(node.end)) {
          const list = found.get(node.item_id) || [];
          list.push({ start: node.start, end: node.end, why: path });
          found.set(node.item_id, list);
        }
        for (const [k, v] of Object.entries(node)) visit(v, k === "evidence" ? path : k);
      }
    };
    visit(report?.results || {}, "");
    return found;
  }

  function highlighted(text, marks) {
    if (!marks?.length) return [text];
    const ranges = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end).sort((a, b) => a.start - b.start);
    const parts = [];
    let at = 0;
    for (const m of ranges) {
      if (m.start < at) continue; // overlapping quotes: the first wins
      parts.push(text.slice(at, m.start), el("mark", { title: m.why.replace(/_/g, " ") }, text.slice(m.start, m.end)));
      at = m.end;
    }
    parts.push(text.slice(at));
    return parts;
  }

  async function drawSession(id) {
    const body = $("#drill-body");
    body.replaceChildren(el("h2", {}, "Session " + id));
    const s = await api("sessions/" + encodeURIComponent(id), { include: "transcript" });
    const results = s.report?.results || {};
    const lead = results.lead_scoring || {};
    const sentiment = results.sentiment || {};
    const quality = results.conversation_quality || {};
    const facts = el("div", { class: "facts" });
    stat(facts, "session-status", "Status", s.status, { note: s.failure_reason || `received ${fmt.time(s.received_at)}` });
    stat(facts, "session-score", "Lead score", lead.score ?? "–", { note: [lead.qualification_tier, lead.temperature].filter(Boolean).join(" · ") });
    stat(facts, "session-sentiment", "Sentiment", sentiment.overall ?? "–", { note: sentiment.score !== undefined ? "score " + fmt.num(sentiment.score, 2) : null });
    stat(facts, "session-quality", "Quality score", quality.quality_score ?? "–", { note: quality.end_reason ? "ended: " + quality.end_reason : null });
    body.append(facts);
    if (results.executive_summary?.summary) body.append(el("h3", {}, "Summary"), el("p", { "data-summary": "" }, results.executive_summary.summary));
    table(body, "session-deliveries", "Deliveries", [
      { label: "Destination", cell: (d) => d.sink },
      { label: "Status", cell: (d) => d.status + (d.last_error ? ": " + d.last_error : "") },
      { label: "Attempts", num: true, cell: (d) => fmt.int(d.attempts) },
      { label: "Updated", cell: (d) => fmt.time(d.updated_at) },
    ], s.deliveries || [], { empty: "No deliveries yet." });
    const marks = evidenceByItem(s.report);
    const items = (s.transcript || []).map((t) => el("li", {
      class: t.type === "message" ? t.role : "tool", "data-item": t.item_id,
    }, el("span", { class: "who" }, t.type === "message" ? t.role : t.type.replace(/_/g, " ")), ...highlighted(t.text, marks.get(t.item_id))));
    body.append(el("h3", {}, "Transcript"), items.length
      ? el("ol", { class: "transcript", "aria-label": "Transcript with evidence highlighted" }, items)
      : el("p", { class: "note" }, "No transcript stored (the session was erased, or the call had none)."));
  }

  // ---- routing ----------------------------------------------------------------------------------------------------
  async function route() {
    if (!sessionStorage.getItem(KEY)) return askForKey();
    $("#key-prompt").hidden = true;
    const query = new URLSearchParams(location.search);
    const params = currentParams();
    showFilters(params);
    const view = query.get("view");
    const drilling = view === "sessions" || view === "session";
    $("#panels").hidden = drilling;
    $("#drill").hidden = !drilling;
    $("#filters").hidden = view === "session";
    setState("loading");
    try {
      if (view === "session") {
        stopRefresh();
        await drawSession(query.get("id") || "");
        setState("ready");
      } else if (view === "sessions") {
        stopRefresh();
        await drawSessionList(params, query.get("kind") || "", query.get("value") || "");
        setState("ready");
      } else {
        if (!choicesLoaded) {
          choicesLoaded = true;
          await loadFilterChoices();
        }
        await refresh();
        startRefresh();
      }
    } catch (error) {
      if (error.status !== 401) {
        $("#status").className = "error";
        $("#status").textContent = error.message;
        if (drilling) $("#drill-body").append(el("p", { class: "error", role: "alert" }, error.message));
        setState("ready");
      }
    }
  }

  // A refresh asked for while one is out runs once more after it: its requests may have left before what the
  // user wants to see changed (a click on "Refresh now" during the first load is not swallowed).
  async function refresh() {
    if (loading) {
      refreshAgain = true;
      return loading;
    }
    loading = Promise.all([drawPanels(currentParams()), rollupsBuilding ? refreshRollupStatus() : null]).finally(() => {
      loading = null;
      if (refreshAgain) {
        refreshAgain = false;
        refresh();
      }
    });
    return loading;
  }

  function startRefresh() {
    stopRefresh();
    refreshTimer = setInterval(() => { if (!document.hidden) refresh(); }, REFRESH_MS);
  }

  function stopRefresh() {
    if (refreshTimer) clearInterval(refreshTimer);
    refreshTimer = null;
  }

  // ---- start ------------------------------------------------------------------------------------------------------
  document.addEventListener("DOMContentLoaded", () => {
    takeKeyFromFragment();
    $("#key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      sessionStorage.setItem(KEY, $("#key-input").value.trim());
      $("#key-input").value = "";
      route();
    });
    $("#filters").addEventListener("change", (event) => {
      $("#filters").classList.toggle("custom", $("#filters").range.value === "custom");
      const params = readFilters();
      if (params) navigate(params);
    });
    $("#refresh").addEventListener("click", () => refresh());
    for (const link of [$("#home-link"), $("#back-link")]) {
      link.addEventListener("click", (event) => { event.preventDefault(); navigate(currentParams()); });
    }
    window.addEventListener("popstate", route);
    route();
  });

  // For the panel renderers (dashboard-panels.js) and for tests.
  window.VoiceAnalyticsDashboard = { el, fmt, stat, unavailable, chart, table, targetLine, drillLink, sessionLink, colourOf, COLORS, refresh, charts };
})();
