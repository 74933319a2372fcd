// TypeScript declarations of news-lens.js, the <news-lens> element. Importing the module
// defines <news-lens>; see the comment at the top of news-lens.js for the attributes.
import type { Analysis } from './newslens.js';

export class NewsLens extends HTMLElement {
  /** Registers the element under `tag` (a subclass when NewsLens already has a name). */
  static define(tag?: string, registry?: CustomElementRegistry): typeof NewsLens;
  /** The last analysis, or null. */
  readonly analysis: Analysis | null;
  /** The text set through this property, else the one analysed last; null returns to the content. */
  text: string | null;
  /** Analyses now; resolves to the analysis, or null when a newer run superseded this one. */
  refresh(): Promise<Analysis | null>;
}

/** The readable text of a DOM subtree: whitespace collapsed, one line per block element. */
export function textOf(node: Node): string;

declare global {
  interface HTMLElementTagNameMap {
    'news-lens': NewsLens;
  }
  interface HTMLElementEventMap {
    /** After each analysis (bubbles, composed). */
    analysis: CustomEvent<Analysis>;
    /** After a long text is fully rendered. */
    rendered: CustomEvent<Analysis>;
    /** When the text is refused (too large, a bad dct). */
    'newslens-error': CustomEvent<string>;
  }
}
