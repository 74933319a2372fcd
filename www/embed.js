// The embed demo: registers <news-lens> and logs each analysis (as text) below the widgets.
import { NewsLens } from './news-lens.js';

NewsLens.define();
const log = document.getElementById('log');
document.addEventListener('analysis', (event) => {
  const a = event.detail;
  log.textContent = `#${event.target.id}: ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.events.length} dated events`;
});
