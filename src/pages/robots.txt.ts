/** /robots.txt, built with the portal's own address so a deployment elsewhere (PORTAL_SITE) stays right. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ?? 'http://localhost/'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
