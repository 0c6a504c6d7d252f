import { describe, expect, it } from 'vitest';
import { metaPolicies, parsePolicy } from './csp';

describe('CSP', () => {
  it('reads Astro’s meta tags, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x&#39;"></head>`;
    expect(metaPolicies(html)).toEqual(["script-src 'self' 'sha256-x'"]);
  });
  it('parses directives and their sources', () => {
    const p = parsePolicy("default-src 'self'; script-src 'self' 'sha256-AAA';img-src 'self' data:");
    expect([...p.keys()]).toEqual(['default-src', 'script-src', 'img-src']);
    expect([...p.get('script-src')!]).toEqual(["'self'", "'sha256-AAA'"]);
  });
});
