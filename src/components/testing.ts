/**
 * What component tests (src/components/**\/*.test.ts) share: a component rendered to HTML through
 * Astro's container API, read as a DOM-like tree (parse5) so tests assert what a reader gets.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
export type Element = DefaultTreeAdapterMap['element'];

let container: Promise<AstroContainer> | undefined;

/** The component's HTML for these props (and a default slot, or named slots by name, if given). */
export async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown> = {}, slot?: string | Record<string, string>): Promise<Element> {
  container ??= AstroContainer.create();
  const slots = typeof slot === 'string' ? { default: slot } : slot;
  const html = await (await container).renderToString(component, { props, ...(slots !== undefined && { slots }) });
  const root = parseFragment(html) as unknown as Element;
  return root;
}

function* walk(node: Node | Element): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const c of node.childNodes) yield* walk(c);
}

/** Elements by tag name, in document order. */
export function all(root: Element, tag: string): Element[] {
  return [...walk(root)].filter((e) => e.tagName === tag);
}

export function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

/** The text a reader sees, whitespace collapsed. */
export function textOf(e: Node | Element): string {
  const out: string[] = [];
  const go = (n: Node | Element) => {
    if (n.nodeName === '#text') out.push((n as DefaultTreeAdapterMap['textNode']).value);
    if ('tagName' in n && (n.tagName === 'style' || n.tagName === 'script')) return;
    if ('childNodes' in n) for (const c of n.childNodes) go(c);
  };
  go(e);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Each row of a table as the texts of its cells. */
export function rows(table: Element): string[][] {
  return all(table, 'tr').map((tr) => tr.childNodes.filter((c): c is Element => 'tagName' in c && (c.tagName === 'td' || c.tagName === 'th')).map(textOf));
}
