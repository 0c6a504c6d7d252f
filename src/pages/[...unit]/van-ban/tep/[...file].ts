/**
 * Publishes each document's attached file at …/van-ban/tep/<file>, read from the content folder
 * (files live beside their entries, not in public/). The bytes are copied as they are.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { filePaths } from '../../../../data/documents.ts';

export const getStaticPaths = filePaths;

export const GET: APIRoute<{ source: string; contentType: string }> = ({ props }) =>
  new Response(readFileSync(props.source), { headers: { 'Content-Type': props.contentType } });
