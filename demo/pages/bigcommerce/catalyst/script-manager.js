// How Catalyst runs a Script Manager / Scripts API script (core/data-transformers/scripts-transformer.ts
// and the c15t consent manager): after the app has hydrated, a <script> element is created at run
// time and put into head or body (Catalyst renders no footer scripts). A script given as a tag keeps
// its attributes (extractAttributes), so data-* reach the widget; a bare src script would not.
addEventListener('load', () => {
  const s = document.createElement('script');
  s.src = '/dist/stock-status.js';
  const attrs = { 'data-platform': 'bigcommerce', 'data-endpoint': '/bigcommerce/graphql', 'data-token': 'demo-token' };
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  document.body.append(s);
});
