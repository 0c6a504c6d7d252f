import { describe, expect, it } from 'vitest';
import { phoneText, telHref } from './phone';

describe('phone numbers', () => {
  it.each([
    ['0237 3865 100', 'tel:02373865100', '0237\u00a03865\u00a0100'],
    ['0237.3865.100', 'tel:02373865100', '0237\u00a03865\u00a0100'],
    ['+84 912 345 678', 'tel:+84912345678', '+84\u00a0912\u00a0345\u00a0678'],
  ])('%s → %s, shown without breakable spaces', (input, href, shown) => {
    expect(telHref(input)).toBe(href);
    expect(phoneText(input)).toBe(shown);
  });
});
