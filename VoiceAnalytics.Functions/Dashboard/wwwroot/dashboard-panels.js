// The six panels of spec 6, each drawn from one /api/dashboard/<endpoint> (every field in docs/dashboard-api.md).
// The server computes every number; this file only lays them out.
"use strict";
(() => {
  const D = window.VoiceAnalyticsDashboard;
  const { el, fmt, stat, unavailable, chart, targetLine, COLORS } = D;
  const panels = window.VoiceAnalyticsPanels;
  const BAND = { green: "good", yellow: "warn", red: "bad" };
  const pct = (p, digits = 1) => (p === null || p === undefined ? "–" : Number(p).toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }) + " %");
  const isUnavailable = (x) => x && typeof x === "object" && x.available === false;
  const label = (iso, bucket) => (bucket === "day" ? fmt.day(iso) : fmt.hour(iso));
  const signed = (n, f = fmt.int) => (n > 0 ? "+" : n < 0 ? "−" : "±") + f(Math.abs(n));
  const barLabel = (b, unit = "") => (b.to === null || b.to === undefined ? `${fmt.num(b.from, b.from % 1 ? 1 : 0)}+${unit}` : `${fmt.num(b.from, b.from % 1 ? 1 : 0)}–${fmt.num(b.to, b.to % 1 ? 1 : 0)}${unit}`);

  /** A half-doughnut gauge: the value's share of max, in the colour of its band. */
  function gauge(container, name, title, value, max, status, text, note) {
    const box = chart(container, name, title, {
      type: "doughnut",
      data: { labels: [title, ""], datasets: [{ data: value === null || value === undefined ? [0, max] : [Math.min(value, max), Math.max(0, max - value)], backgroundColor: [COLORS[status] || COLORS.accent, COLORS.line], borderWidth: 0 }] },
      options: { rotation: -90, circumference: 180, cutout: "70%", plugins: { legend: { display: false }, tooltip: { enabled: false } } },
    });
    box.querySelector(".chart-box").style.height = "110px";
    box.append(el("div", { class: "value " + (status || ""), "data-value": "" }, text));
    if (note) box.append(el("div", { class: "note" }, note));
    return box;
  }

  function histogram(container, name, title, bars, unit, note, color = COLORS.accent) {
    return chart(container, name, title, {
      type: "bar",
      data: { labels: bars.map((b) => barLabel(b, unit)), datasets: [{ label: "sessions", data: bars.map((b) => b.sessions), backgroundColor: bars.map((b) => (b.in_target ? COLORS.good : color)) }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }, { note });
  }

  function line(container, name, title, points, series, { target = null, bucket = "hour", percent = false, wide = false, note = null } = {}) {
    const labels = points.map((p) => label(p.hour ?? p.start, bucket));
    const datasets = series.map((s, i) => ({ label: s.label, data: points.map(s.value), borderColor: s.color || [COLORS.accent, COLORS.good, COLORS.warn][i % 3], backgroundColor: "transparent", pointRadius: 2, spanGaps: true, tension: 0.2 }));
    if (target) datasets.push(targetLine(target.label, target.value, points.length));
    return chart(container, name, title, {
      type: "line",
      data: { labels, datasets },
      options: { scales: { y: { beginAtZero: true, suggestedMax: percent ? 100 : undefined } } },
    }, { wide, note });
  }

  function goalStatus(meets) {
    return meets === true ? "good" : meets === false ? "bad" : null;
  }

  // ---- 6.1 performance ---------------------------------------------------------------------------------------------
  panels.push({ panel: "performance", endpoint: "performance", render(c, d) {
    stat(c, "active-now", "Calls active now", fmt.int(d.active_now.sessions), {
      note: `${d.active_now.label}. ` + (isUnavailable(d.active_now.live_calls) ? `Live count: ${d.active_now.live_calls.reason}` : ""),
    });
    const avg = d.latency.average_ms;
    gauge(c, "latency-average", "Average latency (last hour)", avg, d.latency.warning_ms * 2, BAND[d.latency.band] || colourFor(avg, d.latency.target_ms, d.latency.warning_ms),
      fmt.ms(avg), `target ${fmt.ms(d.latency.target_ms)}; green below ${fmt.ms(d.latency.target_ms)}, red above ${fmt.ms(d.latency.warning_ms)}; ${fmt.int(d.latency.turns)} turns`);
    line(c, "latency-p95", "P95 latency, last 24 hours", d.p95_trend.hours, [{ label: "p95 (ms)", value: (p) => p.p95_ms }], { target: { label: `target ${d.p95_trend.target_ms} ms`, value: d.p95_trend.target_ms }, wide: true });
    stat(c, "error-rate", "Error rate", pct(d.error_rate.percent), {
      status: d.error_rate.percent === null ? null : d.error_rate.above_threshold ? "bad" : "good",
      note: `${fmt.int(d.error_rate.errors)} of ${fmt.int(d.error_rate.sessions)} calls; alert above ${pct(d.error_rate.alert_threshold_percent, 0)}`,
    });
    line(c, "token-usage", "Token usage (tokens per minute)", d.token_usage.hours, [{ label: "tokens/min", value: (p) => p.tokens_per_minute }], {
      note: d.token_usage.projected_usd_per_hour === null ? "No cost projection: no tokens in the window." : `Projected cost: ${fmt.usd(d.token_usage.projected_usd_per_hour)}/hour`,
    });
    const providers = d.cost_burn.by_provider.map((p) => (p.available === false ? `${p.provider}: ${p.reason}` : `${p.provider}: ${fmt.usd(p.usd_per_hour)}/h`));
    const budget = (name, b) => (isUnavailable(b) ? `${name} budget: ${b.reason}` : `${name} budget: ${pct(b.percent)} of ${fmt.usd(b.budget_usd)}`);
    stat(c, "cost-burn", "Cost burn rate", fmt.usd(d.cost_burn.usd_per_hour) + "/h", { note: [...providers, budget("Daily", d.cost_burn.daily_budget), budget("Monthly", d.cost_burn.monthly_budget)].join(" · ") });
    const q = d.connection_quality;
    chart(c, "connection-quality", "Connection quality", {
      type: "pie",
      data: { labels: ["Excellent", "Good", "Fair", "Poor", "Unknown"], datasets: [{ data: [q.excellent, q.good, q.fair, q.poor, q.unknown], backgroundColor: [COLORS.good, "#7cc48a", COLORS.warn, COLORS.bad, COLORS.line] }] },
      options: { plugins: { legend: { display: true, position: "right" } } },
    });
  } });

  function colourFor(value, good, bad) {
    return value === null || value === undefined ? null : value < good ? "good" : value > bad ? "bad" : "warn";
  }

  // ---- 6.2 business ------------------------------------------------------------------------------------------------
  panels.push({ panel: "business", endpoint: "business", render(c, d) {
    const compare = (name, text, x) => ({ name, label: text, delta: x.change, text: `${signed(x.change)} (${x.change_percent === null ? "–" : pct(x.change_percent)}; was ${fmt.int(x.total)})` });
    stat(c, "calls", "Calls", fmt.int(d.calls.total), { compare: [compare("previous", "vs previous period", d.calls.previous), compare("week-before", "vs a week before", d.calls.week_before)] });
    stat(c, "tier1", "Qualified leads (Tier 1)", fmt.int(d.tier1.count), {
      note: `${pct(d.tier1.percent_of_calls)} of calls; ${d.tier1.trend} from ${fmt.int(d.tier1.previous_count)} the period before`,
    });
    stat(c, "meetings", "Meetings booked", fmt.int(d.meetings.count), { note: `${pct(d.meetings.percent_of_qualified)} of ${fmt.int(d.meetings.qualified)} qualified leads booked` });
    gauge(c, "engagement", "Average engagement (0-10)", d.engagement.average, 10, colourFor(10 - (d.engagement.average ?? 10), 4, 7), fmt.num(d.engagement.average, 1), `${fmt.int(d.engagement.measured)} calls scored`);
    histogram(c, "engagement-histogram", "Engagement score distribution", d.engagement.histogram, "");
    stat(c, "conversion", "Conversion rate (qualified / calls)", pct(d.conversion.percent), {
      status: goalStatus(d.conversion.meets_goal), note: `goal ${pct(d.conversion.goal_percent, 0)}; ${fmt.int(d.conversion.qualified)} of ${fmt.int(d.conversion.total)}`,
    });
    if (isUnavailable(d.revenue_pipeline)) unavailable(c, "revenue-pipeline", "Revenue pipeline influenced", d.revenue_pipeline.reason);
  } });

  // ---- 6.3 quality -------------------------------------------------------------------------------------------------
  panels.push({ panel: "quality", endpoint: "quality", render(c, d) {
    stat(c, "duration", "Average call duration", d.duration.average_minutes === null ? "–" : fmt.num(d.duration.average_minutes, 1) + " min", {
      note: `${pct(d.duration.in_target_percent)} within ${d.duration.target.min}-${d.duration.target.max} min (green bars)`,
    });
    histogram(c, "duration-histogram", "Call duration (minutes)", d.duration.histogram, "");
    stat(c, "turns", "Average turn count", fmt.num(d.turns.average, 1), { note: `${pct(d.turns.in_target_percent)} within ${d.turns.target.min}-${d.turns.target.max} turns (green bars)` });
    histogram(c, "turns-histogram", "Turns per call", d.turns.histogram, "");
    stat(c, "interruptions", "Interruption rate", pct(d.interruptions.percent), { note: `calls with more than ${d.interruptions.threshold} interruptions: ${fmt.int(d.interruptions.interrupted)} of ${fmt.int(d.interruptions.sessions)}` });
    line(c, "interruptions-trend", "Interruption rate over time (%)", d.interruptions.trend, [{ label: "% interrupted", value: (p) => p.percent }], { bucket: d.bucket, percent: true });
    const s = d.sentiment;
    chart(c, "sentiment", "Sentiment distribution", {
      type: "pie",
      data: { labels: ["Positive", "Neutral", "Negative"], datasets: [{ data: [s.positive, s.neutral, s.negative], backgroundColor: [COLORS.good, COLORS.line, COLORS.bad] }] },
      options: { plugins: { legend: { display: true, position: "right" } } },
    }, { note: `${pct(s.positive_percent)} positive; goal above ${pct(s.goal_positive_percent, 0)}` + (s.meets_goal === false ? " (missed)" : s.meets_goal ? " (met)" : "") });
    stat(c, "natural-ending", "Natural ending rate", pct(d.natural_ending.percent), {
      status: goalStatus(d.natural_ending.meets_goal), note: `goal above ${pct(d.natural_ending.goal_percent, 0)}; ${fmt.int(d.natural_ending.natural)} of ${fmt.int(d.natural_ending.measured)}`,
    });
    gauge(c, "satisfaction", "User satisfaction proxy (0-10)", d.satisfaction.average, 10, colourFor(10 - (d.satisfaction.average ?? 10), 4, 7), fmt.num(d.satisfaction.average, 1), `${fmt.int(d.satisfaction.measured)} calls`);
    line(c, "satisfaction-trend", "Satisfaction over time", d.satisfaction.trend, [{ label: "average", value: (p) => p.average }], { bucket: d.bucket });
  } });

  // ---- 6.6 trends (line charts) ------------------------------------------------------------------------------------
  panels.push({ panel: "trends", endpoint: "trends", render(c, d) {
    line(c, "calls-trend", "Calls, qualified calls and meetings", d.points, [
      { label: "Calls", value: (p) => p.total, color: COLORS.accent },
      { label: "Qualified", value: (p) => p.qualified, color: COLORS.good },
      { label: "Meetings", value: (p) => p.meetings, color: COLORS.warn },
    ], { bucket: d.bucket, wide: true });
    line(c, "qualification-trend", "Qualification rate (% Tier 1)", d.points, [{ label: "% Tier 1", value: (p) => p.qualification_rate_percent }],
      { bucket: d.bucket, percent: true, target: { label: `goal ${d.qualification_goal_percent} %`, value: d.qualification_goal_percent } });
    line(c, "booking-trend", "Meeting booking rate (% of qualified)", d.points, [{ label: "% booked", value: (p) => p.booking_rate_percent }],
      { bucket: d.bucket, percent: true, target: { label: `goal ${d.booking_goal_percent} %`, value: d.booking_goal_percent } });
  } });

})();

// Panels from the list endpoints: 6.4 knowledge base, 6.5 sales intelligence, 6.6 alerts and hot leads.
(() => {
  const D = window.VoiceAnalyticsDashboard;
  const { el, fmt, stat, chart, table, drillLink, COLORS } = D;
  const panels = window.VoiceAnalyticsPanels;
  const share = (r) => fmt.pct(r);
  const HEAT = ["#3b6fd8", "#7f8fd0", "#c9a227", "#e07b28", "#c62828"]; // cold to hot

  // ---- 6.4 knowledge base ------------------------------------------------------------------------------------------
  panels.push({ panel: "knowledge", endpoint: "knowledge", render(c, d) {
    const s = d.search_success;
    stat(c, "search-success", "Search success rate", share(s.rate), {
      status: s.meets_target === true ? "good" : s.meets_target === false ? "bad" : null,
      note: `${fmt.int(s.with_results)} of ${fmt.int(s.searches)} searches found something; target above ${fmt.pct(s.target, 0)}`,
    });
    stat(c, "content-gaps", "Content gaps identified", fmt.int(d.content_gaps.queries), {
      note: `queries with 0 results (${fmt.int(d.content_gaps.searches)} searches)` + (d.content_gaps.items.length ? ": " + d.content_gaps.items.slice(0, 3).map((g) => g.query).join("; ") : ""),
    });
    stat(c, "results-per-query", "Average results per query", fmt.num(d.results_per_query.average, 1), { note: `${fmt.int(d.results_per_query.searches_with_count)} searches reported a count` });
    chart(c, "results-histogram", "Results per search", {
      type: "bar",
      data: { labels: d.results_per_query.histogram.map((b) => b.bucket), datasets: [{ label: "searches", data: d.results_per_query.histogram.map((b) => b.sessions), backgroundColor: COLORS.accent }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    chart(c, "tool-usage", "Tool usage (calls per tool)", {
      type: "pie",
      data: { labels: d.tool_usage.items.map((t) => t.tool), datasets: [{ data: d.tool_usage.items.map((t) => t.calls), backgroundColor: [COLORS.accent, COLORS.good, COLORS.warn, COLORS.bad, COLORS.muted] }] },
      options: { plugins: { legend: { display: true, position: "right" } } },
    });
    table(c, "top-queries", "Top searched queries", [
      { label: "Query", cell: (q) => (q.failed ? drillLink(q.query, "failed_search", q.query) : q.query) },
      { label: "Count", num: true, cell: (q) => fmt.int(q.count) },
      { label: "Success rate", num: true, cell: (q) => share(q.success_rate) },
      { label: "Avg results", num: true, cell: (q) => fmt.num(q.average_results, 1) },
    ], d.top_queries.items, { rowClass: (q) => (q.failed ? "failed" : null), empty: "No searches in this range." });
  } });

  // ---- 6.5 sales intelligence --------------------------------------------------------------------------------------
  panels.push({ panel: "sales", endpoint: "sales", render(c, d) {
    const buckets = d.lead_scores.buckets;
    const scores = chart(c, "lead-scores", "Lead score distribution", {
      type: "bar",
      data: { labels: buckets.map((b) => b.bucket), datasets: [{ label: "sessions", data: buckets.map((b) => b.sessions), backgroundColor: buckets.map((_, i) => HEAT[i] || HEAT[HEAT.length - 1]) }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }, { note: `${fmt.int(d.lead_scores.scored_sessions)} scored calls; open the calls of a bucket:` });
    scores.append(el("div", { class: "note" }, buckets.filter((b) => b.sessions > 0).map((b) => [drillLink(`${b.bucket} (${fmt.int(b.sessions)})`, "hot_lead", b.bucket), " "])));
    const industries = d.top_industries.items;
    const bars = chart(c, "top-industries", "Top industries", {
      type: "bar",
      data: { labels: industries.map((i) => i.industry), datasets: [{ label: "calls", data: industries.map((i) => i.sessions), backgroundColor: COLORS.accent }] },
      options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    bars.append(el("div", { class: "note" }, industries.map((i) => [drillLink(i.industry, "industry", i.industry), " "])));
    const sizes = d.team_sizes.buckets;
    chart(c, "team-sizes", "Team size", {
      type: "bar",
      data: { labels: sizes.map((b) => b.bucket), datasets: [{ label: "calls", data: sizes.map((b) => b.sessions), backgroundColor: sizes.map((b) => (b.tier1 ? COLORS.good : COLORS.muted)) }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }, { note: `green: Tier 1 (${d.team_sizes.tier1_min_team_size}+ seats); ${fmt.int(d.team_sizes.sessions_with_team_size)} calls gave a size` });
    const integrations = d.integrations.items;
    chart(c, "integrations", "Integration needs", {
      type: "bar",
      data: {
        labels: integrations.map((i) => i.integration),
        datasets: [
          { label: "Tier 1", data: integrations.map((i) => i.tier1_sessions), backgroundColor: COLORS.good },
          { label: "Tier 2", data: integrations.map((i) => i.tier2_sessions), backgroundColor: COLORS.accent },
          { label: "No tier", data: integrations.map((i) => i.untiered_sessions), backgroundColor: COLORS.line },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    // The spec's word cloud: size by mentions; green when the caller spoke badly of the competitor (good for us), red when well.
    const most = Math.max(1, ...d.competitors.items.map((x) => x.mentions));
    table(c, "competitors", "Competitor mentions", [
      { label: "Competitor", cell: (x) => {
        const word = el("span", { class: x.sentiment === "negative" ? "good" : x.sentiment === "positive" ? "bad" : null }, drillLink(x.competitor, "competitor", x.competitor));
        word.style.fontSize = `${(0.8 + (0.8 * x.mentions) / most).toFixed(2)}rem`; // through the CSSOM: the CSP refuses style attributes
        return word;
      } },
      { label: "Mentions", num: true, cell: (x) => fmt.int(x.mentions) },
      { label: "Sentiment", cell: (x) => `${x.sentiment} (+${x.positive} / ${x.neutral} / −${x.negative})` },
    ], d.competitors.items, { empty: "No competitor named in this range." });
    table(c, "objections", "Common objections", [
      { label: "Objection", cell: (o) => drillLink(o.objection, "objection", o.objection) },
      { label: "Category", cell: (o) => o.category },
      { label: "Count", num: true, cell: (o) => fmt.int(o.count) },
      { label: "Resolution rate", num: true, cell: (o) => share(o.resolution_rate) },
    ], d.objections.items, { empty: "No objections in this range." });
  } });

  // ---- 6.6 alerts and hot leads ------------------------------------------------------------------------------------
  panels.push({ panel: "trends", endpoint: "activity", render(c, d) {
    table(c, "hot-leads", "Hot leads today", [
      { label: "Lead", cell: (h) => D.sessionLink(h.session_id, h.name || h.session_id) },
      { label: "Score", num: true, cell: (h) => fmt.int(h.score) },
      { label: "Key signals", cell: (h) => h.key_signals.join("; ") },
      { label: "Salesforce", cell: (h) => (h.salesforce && h.salesforce.available
        ? el("a", { href: h.salesforce.url, target: "_blank", rel: "noopener noreferrer", "aria-label": "Open " + (h.name || h.session_id) + "'s " + h.salesforce.record + " in Salesforce" }, h.salesforce.record)
        : el("span", { class: "note", title: h.salesforce ? h.salesforce.reason : "" }, "no link")) },
    ], d.hot_leads.items, { empty: "No hot leads in this range." });
    table(c, "recent-alerts", "Recent alerts", [
      { label: "When", cell: (a) => fmt.time(a.triggered_at) },
      { label: "Severity", cell: (a) => el("span", { class: a.severity === "critical" || a.severity === "high" ? "bad" : null }, a.severity) },
      { label: "Alert", cell: (a) => (a.session_id ? D.sessionLink(a.session_id, a.message) : a.message) },
      { label: "Status", cell: (a) => a.status },
    ], d.recent_alerts.items, { empty: "No alerts in this range." });
  } });
})();
