import { describe, expect, it } from 'vitest';
import { nginxConfig, type NginxOptions } from './nginx';

const base: NginxOptions = {
  root: '/srv/cong/dist',
  host: 'hoanghoa.thanhhoa.gov.vn',
  units: [
    { slug: 'hoang-hoa', isRoot: true, domain: 'hoanghoa.thanhhoa.gov.vn' },
    { slug: 'hoang-tien', isRoot: false, domain: 'hoangtien.hoanghoa.thanhhoa.gov.vn' },
    { slug: 'hoang-dao', isRoot: false, domain: 'hoangdao.hoanghoa.thanhhoa.gov.vn', mergedInto: 'hoang-tien' },
    { slug: 'hoang-trung', isRoot: false },
  ],
  publicCsp: "default-src 'self'",
  adminCsp: "default-src 'self'; script-src 'self' 'unsafe-eval'",
  listen: { kind: 'https', certificate: '/etc/ssl/cong.pem', key: '/etc/ssl/cong.key' },
  brotli: true,
};

describe('nginxConfig', () => {
  const conf = nginxConfig(base);
  it('serves the forms service under /gui/ on the portal and every commune’s own domain, and on no redirecting one', () => {
    const withService = nginxConfig({ ...base, service: '127.0.0.1:4330' });
    const servers = withService.split(/\n(?=server \{)/).filter((b) => b.startsWith('server {'));
    const serving = servers.filter((b) => b.includes('try_files'));
    expect(serving.map((b) => /server_name ([^;]+);/.exec(b)![1])).toEqual(['hoanghoa.thanhhoa.gov.vn', 'hoangtien.hoanghoa.thanhhoa.gov.vn']);
    for (const b of serving) {
      expect(b).toMatch(/location \/gui\/ \{\n\s+proxy_pass http:\/\/127\.0\.0\.1:4330;\n\s+proxy_set_header Host \$host;\n\s+proxy_set_header X-Forwarded-For \$remote_addr;/);
      expect(b).toContain('error_page 502 503 504 =503 /lien-he/;');
    }
    for (const b of servers.filter((b) => !b.includes('try_files'))) expect(b).not.toContain('/gui/');
    expect(conf).not.toContain('location /gui/');
  });
  it.each([
    ['two communes', [...base.units, { slug: 'hoang-xuan', isRoot: false, domain: 'HoangTien.hoanghoa.thanhhoa.gov.vn' }], /«hoang-tien» và «hoang-xuan»/],
    ['a commune and the portal', [...base.units, { slug: 'hoang-xuan', isRoot: false, domain: 'hoanghoa.thanhhoa.gov.vn' }], /«hoang-hoa» và «hoang-xuan»/],
  ])('refuses one domain claimed by %s, naming both', (_, units, names) => {
    expect(() => nginxConfig({ ...base, units })).toThrow(names);
  });
  it('serves a commune’s domain from its sub-site, falling back to shared files', () => {
    expect(conf).toMatch(/server_name hoangtien\.hoanghoa\.thanhhoa\.gov\.vn;[\s\S]*?try_files \/xa\/hoang-tien\$uri \/xa\/hoang-tien\$uri\/index\.html \$uri \$uri\/ =404;/);
  });
  it('redirects a merged unit’s old address: home to its successor, the rest to its archive', () => {
    expect(conf).toContain('location = / { return 301 https://hoangtien.hoanghoa.thanhhoa.gov.vn/; }');
    expect(conf).toContain('location / { return 301 https://hoanghoa.thanhhoa.gov.vn/xa/hoang-dao$request_uri; }');
  });
  it('redirects a unit split between successors to the first its file lists, and a district folded into its province to the province', () => {
    const folded = nginxConfig({
      ...base,
      host: 'thanhhoa.gov.vn',
      units: [
        { slug: 'thanh-hoa', isRoot: true, domain: 'thanhhoa.gov.vn' },
        { slug: 'hoang-hoa', isRoot: false, domain: 'hoanghoa.thanhhoa.gov.vn', successors: ['thanh-hoa'] },
        { slug: 'but-son', isRoot: false, domain: 'butson.hoanghoa.thanhhoa.gov.vn', successors: ['hoang-dong-son', 'hoang-tien-trung'] },
        { slug: 'hoang-dong-son', isRoot: false },
        { slug: 'hoang-tien-trung', isRoot: false, domain: 'hoangtientrung.thanhhoa.gov.vn' },
      ],
    });
    expect(folded).toContain('server_name butson.hoanghoa.thanhhoa.gov.vn;\n    location = / { return 301 https://thanhhoa.gov.vn/xa/hoang-dong-son/; }\n    location / { return 301 https://thanhhoa.gov.vn/xa/but-son$request_uri; }');
    expect(folded).toContain('server_name hoanghoa.thanhhoa.gov.vn;\n    location = / { return 301 https://thanhhoa.gov.vn/; }\n    location / { return 301 https://thanhhoa.gov.vn/xa/hoang-hoa$request_uri; }');
  });
  it('sends HTTPS only, with HSTS, and redirects plain HTTP', () => {
    expect(conf).toContain('listen 443 ssl http2;');
    expect(conf).toContain('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;');
    expect(conf).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
  });
  it('uses the admin policy only under /admin/', () => {
    const main = conf.slice(0, conf.indexOf('\n}\n'));
    expect(main.slice(main.indexOf('location /admin/'), main.indexOf('location / {'))).toContain("'unsafe-eval'");
    expect(main.slice(main.indexOf('location / {'))).not.toContain("'unsafe-eval'");
    expect(main.slice(main.indexOf('location /_astro/'), main.indexOf('location /admin/'))).not.toContain("'unsafe-eval'");
  });
  it('serves precompressed files and caches hashed assets for a year', () => {
    expect(conf).toContain('gzip_static on;');
    expect(conf).toContain('brotli_static on;');
    expect(conf).toMatch(/location \/_astro\/ \{[\s\S]*?immutable/);
  });
  it('gives units without a domain no server block', () => {
    expect(conf).not.toContain('hoang-trung');
  });
});
