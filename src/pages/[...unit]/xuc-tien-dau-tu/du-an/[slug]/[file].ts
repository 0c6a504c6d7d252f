/**
 * A project's attachments, published beside its page (/xuc-tien-dau-tu/du-an/<slug>/<file>) and
 * read from beside its entry in the content folder; the English page links to the same files.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { entriesOf, perUnitPaths } from '../../../../../data/portal.ts';
import { attachmentsOf } from '../../../../../data/investment.ts';
import { fileKind } from '../../../../../lib/files.ts';

export const getStaticPaths = () =>
  perUnitPaths(async (unit) =>
    (await entriesOf('projects', unit.slug)).flatMap((project) =>
      attachmentsOf(project).map((a) => ({ params: { slug: project.slug, file: a.name }, props: { source: a.source } })),
    ),
  );

export const GET: APIRoute<{ source: string }> = ({ props }) =>
  new Response(readFileSync(props.source), { headers: { 'Content-Type': fileKind(props.source).contentType } });
