// Deploy-time settings, read by the app at start. Edit on the server to publish
// an updated dataset without rebuilding: datasetUrl may be relative to the
// app's root (default) or an absolute http(s) URL on the same server.
// loadSilenceSeconds: how long the dataset's line may stay silent (no answer,
// or no new bytes) before the app gives up; a slow line that keeps sending is
// never cut off (1–600, default 60).
window.LYCT_CONFIG = {
  datasetUrl: 'data/commitments.json',
  loadSilenceSeconds: 60,
};
