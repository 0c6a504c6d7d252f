/**
 * The nginx configuration that serves a built portal: precompressed files, caching that suits
 * hashed assets and HTML, the Vietnamese 404 page, commune sub-domains served from their sub-sites,
 * merged units' old addresses redirected, and security headers with a separate policy for /admin/.
 * Pure: scripts/nginx.ts reads the units and the built pages' CSP and writes the file.
 */
import { currentSuccessorsOf, isArchived, successorGraph } from './reorganisation.ts';

export interface NginxUnit {
  slug: string;
  isRoot: boolean;
  /** Host name of the unit's own address, e.g. hoangtien.hoanghoa.thanhhoa.gov.vn. */
  domain?: string;
  mergedInto?: string;
  /** Units that took over a reorganised unit (src/lib/reorganisation.ts); its old domain redirects to the first. */
  successors?: readonly string[];
}

export interface NginxOptions {
  /** Folder served (the published `dist`, a symlink swapped atomically by npm run build). */
  root: string;
  /** Host name of the portal, e.g. hoanghoa.thanhhoa.gov.vn. */
  host: string;
  units: readonly NginxUnit[];
  publicCsp: string;
  adminCsp: string;
  /** `https` in production (TLS terminated here, HSTS sent); tests listen on plain HTTP on loopback. */
  listen: { kind: 'https'; certificate: string; key: string } | { kind: 'http'; address: string };
  /** Whether the brotli_static module is loaded (Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
  /** The forms service (service/) listening on loopback, e.g. 127.0.0.1:4330: served under /gui/ on every site. */
  service?: string;
}

const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * `opener`: the CMS's GitHub login runs in a pop-up that hands the token back through window.opener,
 * which `same-origin` would cut; the admin pages allow their own pop-ups and nothing more.
 */
export function securityHeaders(csp: string, opener: 'same-origin' | 'same-origin-allow-popups' = 'same-origin'): [string, string][] {
  return [
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', opener],
  ];
}

/** nginx does not inherit add_header into a location that sets its own, so every location lists all. */
function headers(csp: string, cacheControl: string, indent: string, opener?: 'same-origin-allow-popups'): string {
  const all: [string, string][] = [...securityHeaders(csp, opener), ['Cache-Control', cacheControl]];
  return all
    .map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`)
    .join('\n');
}

function listenLines(o: NginxOptions): string {
  return o.listen.kind === 'https'
    ? `    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n    ssl_certificate ${o.listen.certificate};\n    ssl_certificate_key ${o.listen.key};`
    : `    listen ${o.listen.address};`;
}

/** The locations every serving server block has; `prefix` is the sub-site folder tried first ("" for the root). */
function locations(o: NginxOptions, prefix: string): string {
  const tryFiles = prefix
    ? `try_files ${prefix}$uri ${prefix}$uri/index.html $uri $uri/ =404;`
    : 'try_files $uri $uri/ =404;';
  return `    root ${o.root};
    index index.html;
    charset utf-8;
    absolute_redirect off;
    server_tokens off;
    gzip_static on;
${o.brotli ? '    brotli_static on;\n' : ''}    error_page 404 /404.html;

    # Hashed file names change with their content: cache for a year.
    location /_astro/ {
${headers(o.publicCsp, 'public, max-age=31536000, immutable', '        ')}
        try_files $uri =404;
    }

    # The CMS runs Decap, which needs eval (schema validation) and inline styles: its own policy.
    location /admin/ {
${headers(o.adminCsp, 'no-cache', '        ', 'same-origin-allow-popups')}
        add_header X-Robots-Tag "noindex" always;
        try_files $uri $uri/ =404;
    }

    # Pages and everything else: always revalidate (ETag), so a publish shows at once.
    location / {
${headers(o.publicCsp, 'no-cache', '        ')}
        ${tryFiles}
    }

    location = /404.html {
${headers(o.publicCsp, 'no-cache', '        ')}
        internal;
    }${o.service ? serviceLocation(o) : ''}`;
}

/**
 * Citizens' forms and the staff inbox, on each site's own origin (forms post to 'self'). The service
 * sends its own security headers; nginx passes the client's address (overwriting any the client sent)
 * and a body a little over the service's limit, so the service answers an oversized post in Vietnamese.
 * When the service is down, the unit's contact page says whom to call.
 */
function serviceLocation(o: NginxOptions): string {
  return `

    # The forms service (docs/forms-service.md).
    location /gui/ {
        proxy_pass http://${o.service};
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_http_version 1.1;
        client_max_body_size 64k;
        proxy_read_timeout 30s;
        add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
        error_page 502 503 504 =503 /lien-he/;
    }`;
}

/** Where a reorganised unit's old home page sends a visitor: the first unit still serving that took it over. */
function successorUrl(o: NginxOptions, slug: string): string {
  const first = currentSuccessorsOf(successorGraph(o.units), slug)[0];
  const at = o.units.find((u) => u.slug === first);
  if (!at) return `https://${o.host}/`;
  if (at.domain && !at.isRoot) return `https://${at.domain}/`;
  return at.isRoot ? `https://${o.host}/` : `https://${o.host}/xa/${at.slug}/`;
}

/**
 * Two units claiming one host name would leave nginx serving the first and only warning; the content
 * check refuses it, and so does this, since the config may be written from content the build did not see.
 */
function refuseSharedNames(o: NginxOptions): void {
  const owner = new Map<string, string>();
  const root = o.units.find((u) => u.isRoot);
  owner.set(o.host.toLowerCase(), root?.slug ?? 'cổng chính');
  for (const u of o.units) {
    if (!u.domain || u.isRoot) continue;
    const name = u.domain.toLowerCase();
    const first = owner.get(name);
    if (first) throw new Error(`Tên miền «${u.domain}» được khai cho cả đơn vị «${first}» và «${u.slug}» (trường «Tên miền», domain, trong content/units/); mỗi tên miền chỉ dành cho một đơn vị.`);
    owner.set(name, u.slug);
  }
}

export function nginxConfig(o: NginxOptions): string {
  refuseSharedNames(o);
  const scheme = o.listen.kind === 'https' ? 'https' : 'http';
  const blocks: string[] = [
    `# Sinh tự động bởi npm run nginx từ content/units và bản dựng: đừng sửa tay.\n# Generated by \`npm run nginx\`; do not edit.`,
    `server {\n${listenLines(o)}\n    server_name ${o.host};\n${locations(o, '')}\n}`,
  ];
  for (const u of o.units) {
    if (!u.domain || u.isRoot) continue;
    if (isArchived(u)) {
      // The old address's home goes to the unit that now serves its people; deeper paths to its archive.
      blocks.push(`server {
${listenLines(o)}
    server_name ${u.domain};
    location = / { return 301 ${successorUrl(o, u.slug)}; }
    location / { return 301 ${scheme === 'https' ? 'https' : 'https'}://${o.host}/xa/${u.slug}$request_uri; }
}`);
    } else {
      blocks.push(`server {\n${listenLines(o)}\n    server_name ${u.domain};\n${locations(o, `/xa/${u.slug}`)}\n}`);
    }
  }
  if (o.listen.kind === 'https') {
    const names = [o.host, ...o.units.filter((u) => u.domain && !u.isRoot).map((u) => u.domain)].join(' ');
    blocks.push(`server {\n    listen 80;\n    listen [::]:80;\n    server_name ${names};\n    return 301 https://$host$request_uri;\n}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
