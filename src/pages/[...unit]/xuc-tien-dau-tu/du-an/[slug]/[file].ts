/**
 * A project's attachments, published beside its page (/xuc-tien-dau-tu/du-an/<slug>/<file>) and
 * read from its unit's folder in the content folder, only as regular files inside it
 * (src/lib/files.ts readUnitFile); the English page links to the same files.
 */
import type { APIRoute } from 'astro';
import { entriesOf, perUnitPaths } from '../../../../../data/portal.ts';
import { attachmentsOf } from '../../../../../data/investment.ts';
import { contentDir } from '../../../../../lib/content-dir.ts';
import { fileKind, readUnitFile } from '../../../../../lib/files.ts';

export const getStaticPaths = () =>
  perUnitPaths(async (unit) =>
    (await entriesOf('projects', unit.slug)).flatMap((project) =>
      attachmentsOf(project).map((a) => ({ params: { slug: project.slug, file: a.name }, props: { unitDir: a.unitDir, source: a.source } })),
    ),
    { cache: false }, // a file copy costs what a cached copy would
  );

export const GET: APIRoute<{ unitDir: string; source: string }> = ({ props }) =>
  new Response(readUnitFile(contentDir(), props.unitDir, props.source), { headers: { 'Content-Type': fileKind(props.source).contentType } });
