/**
 * The only scripts on content pages: the text-size and contrast control (DisplayInit.astro and
 * DisplayControls.astro render them inline). Astro's CSP does not hash is:inline scripts, so
 * astro.config.mjs adds the hashes of exactly these strings to script-src.
 */
import { createHash } from 'node:crypto';

/** Applies a remembered choice before the first paint. */
export const DISPLAY_INIT =
  "try{var d=document.documentElement;d.dataset.text=localStorage.getItem('ctt-text')||'';d.dataset.contrast=localStorage.getItem('ctt-contrast')||''}catch(e){}";

/** Shows the two toggle buttons and remembers what the reader picks. */
export const DISPLAY_TOGGLE =
  "document.querySelectorAll('[data-display]').forEach(function(w){w.hidden=false;w.querySelectorAll('button').forEach(function(b){var k=b.dataset.key,d=document.documentElement,on=function(){return d.dataset[k]===b.dataset.on};b.setAttribute('aria-pressed',on());b.onclick=function(){var v=on()?'':b.dataset.on;d.dataset[k]=v;b.setAttribute('aria-pressed',!!v);try{localStorage.setItem('ctt-'+k,v)}catch(e){}}})})";

export function sha256(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

export const DISPLAY_SCRIPT_HASHES = [sha256(DISPLAY_INIT), sha256(DISPLAY_TOGGLE)];

/**
 * The cascade layers' order, first thing in every page's <head>. portal.css says it too, but Astro puts
 * a route's small inlined component styles before or after the linked stylesheet as its bundling falls
 * out; where a `@layer components` style came first, components became the weakest layer and the
 * header's white-on-blue lost to the base colours (axe colour contrast on the generic section routes).
 * Hashed into style-src by astro.config.mjs.
 */
export const LAYER_ORDER = '@layer reset, base, layout, components, utilities, print;';
export const LAYER_ORDER_HASH = sha256(LAYER_ORDER);
