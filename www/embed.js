// The embed demo's own script: logs each analysis (as text) below the widgets. The widget needs
// no code of the page: <script type="module" src="news-lens.js"> defines <news-lens>.
const log = document.getElementById('log');
document.addEventListener('analysis', (event) => {
  const a = event.detail;
  log.textContent = `#${event.target.id}: ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.events.length} dated events`;
});
