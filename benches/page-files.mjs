// The files the page (www/index.html) loads: its scripts and styles, what they import, the
// worker they start, and the wasm. Shared by benches/bench.mjs and benches/size.mjs.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function pageFiles(www) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(www, file))) return;
    seen.add(file);
    const src = readFileSync(join(www, file), 'utf8');
    const refs = src.matchAll(/(?:src|href)="([^"#?:]+\.(?:js|css))"|(?:import|from)\s*\(?\s*['"]\.\/([^'"]+\.js)['"]|new Worker\(new URL\(['"]\.\/([^'"]+\.js)['"]/g);
    for (const r of refs) visit((r[1] ?? r[2] ?? r[3]).replace(/^\.\//, ''));
  };
  visit('index.html');
  return [...seen, 'pkg/newslens_bg.wasm'];
}
