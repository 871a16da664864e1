// Deploy-time settings, read by the app at start. Edit on the server to publish
// an updated dataset without rebuilding: datasetUrl may be relative to the
// app's root (default) or an absolute http(s) URL on the same server.
window.LYCT_CONFIG = {
  datasetUrl: 'data/commitments.json',
};
