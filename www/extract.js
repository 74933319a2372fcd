// Text out of markup: the readable text of a DOM subtree, and of an HTML file. No markup is ever
// rendered or run: HTML files are parsed by DOMParser into an inert document (no scripts, no
// event handlers, no loads), and only its text is read.

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'NEWS-LENS', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'HEAD', 'TITLE', 'X-STYLE']);

/** The readable text of a DOM subtree: whitespace collapsed, one line per block element. */
export function textOf(node) {
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) return node.value;
  const parts = [];
  const walk = (n, pre) => {
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) parts.push(pre ? c.data : c.data.replace(/\s+/g, ' '));
      else if (c.nodeType === Node.ELEMENT_NODE && !SKIP.has(c.tagName.toUpperCase())) {
        if (c.tagName === 'BR') parts.push('\n');
        else if (BLOCK.has(c.tagName)) {
          parts.push('\n');
          walk(c, pre || c.tagName === 'PRE');
          parts.push('\n');
        } else walk(c, pre);
      }
    }
  };
  walk(node, false);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

// Nothing in DOMParser's inert document runs or loads, but the page's CSP still checks event
// handler and style attributes and <style>, <base>, <link> and <meta> elements as they are
// parsed, and reports each as blocked (a console error). So they are renamed first:
// onerror= → data-x-onerror= (an attribute name starts after whitespace, "/" or a quote), and
// <style → <x-style (whose text is then skipped).
const HANDLER_OR_STYLE = /([\s/"'])((?:on[a-z0-9_-]*|style)\s*=)/gi;
const CHECKED_TAGS = /<(\/?)(style|base|link|meta)(?=[\s/>])/gi;

/** The article text of an HTML document given as a string: its <title>, then its body's text. */
export function htmlToText(html) {
  const inert = String(html).replace(HANDLER_OR_STYLE, '$1data-x-$2').replace(CHECKED_TAGS, '<$1x-$2');
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  const title = doc.title.trim();
  const body = doc.body ? textOf(doc.body) : '';
  // The <title> heads the text unless the body starts with the same line (its <h1>, usually).
  return title && body.split('\n', 1)[0] !== title ? `${title}\n\n${body}` : body;
}

/** Whether a dropped file is HTML (by its type, else its name). */
export function isHtmlFile(file) {
  return /^(text\/html|application\/xhtml\+xml)\b/.test(file.type) || (!file.type && /\.x?html?$/i.test(file.name));
}
