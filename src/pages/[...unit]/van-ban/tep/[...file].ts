/**
 * Publishes each document's attached file at …/tep/<file> of the documents section, read from the content folder
 * (files live beside their entries, not in public/). The bytes are copied as they are, read only as
 * a regular file inside the document's unit folder (src/lib/files.ts readUnitFile).
 */
import type { APIRoute } from 'astro';
import { filePaths } from '../../../../data/documents.ts';
import { contentDir } from '../../../../lib/content-dir.ts';
import { readUnitFile } from '../../../../lib/files.ts';

export const getStaticPaths = filePaths;

export const GET: APIRoute<{ unitDir: string; source: string; contentType: string }> = ({ props }) =>
  new Response(readUnitFile(contentDir(), props.unitDir, props.source), { headers: { 'Content-Type': props.contentType } });
