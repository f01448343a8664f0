// The six panels of spec 6, each drawn from one /api/dashboard/<endpoint> (every field in docs/dashboard-api.md).
// The server computes every number; this file only lays them out.
"use strict";
(() => {
  const D = window.VoiceAnalyticsDashboard;
  const { el, fmt, stat, unavailable, chart, table, targetLine, drillLink, COLORS } = D;
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

  void table; void drillLink;
})();
