import { describe, expect, it } from 'vitest';
import { allow, formatPolicy, mergePolicies, metaPolicies, parsePolicy } from './csp';

describe('CSP', () => {
  it('unions the pages’ policies so one header allows every page', () => {
    const a = parsePolicy("script-src 'self' 'sha256-AAA'; style-src 'self' 'sha256-S1'");
    const b = parsePolicy("script-src 'self' 'sha256-BBB'; img-src 'self' data:");
    expect(formatPolicy(mergePolicies([a, b]))).toBe("img-src 'self' data:; script-src 'self' 'sha256-AAA' 'sha256-BBB'; style-src 'self' 'sha256-S1'");
  });
  it('reads Astro’s meta tags, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x&#39;"></head>`;
    expect(metaPolicies(html)).toEqual(["script-src 'self' 'sha256-x'"]);
  });
  it('adds what a meta tag cannot carry', () => {
    expect(formatPolicy(allow(parsePolicy("default-src 'self'"), 'frame-ancestors', "'none'"))).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});
