/**
 * The content model has two consumers, the Astro collections (Zod) and the Decap CMS forms. Both are
 * derived from src/schema; these tests fail if the derivations ever disagree on a field's presence,
 * required-ness or type, and show that one edit in src/schema changes both.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { contentTypes, news } from './index';
import { collectionSchema, defineContentType, type ContentType } from './define';
import { string, toCmsFields } from './fields';
import { EMAIL } from './common';
import { generateCmsConfig } from '../integrations/cms/generate-cms-config';

const units = ['hoang-hoa', 'hoang-tien'];

type Def = { type: string; in?: z.ZodType; out?: z.ZodType; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The value type under optional / preprocess / transform wrappers. */
function core(s: z.ZodType): z.ZodType {
  let at = s;
  for (;;) {
    const d = def(at);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') at = d.innerType!;
    else if (d.type === 'pipe') at = def(d.out!).type === 'transform' ? d.in! : d.out!;
    else return at;
  }
}

/** Which Zod value types each Decap widget may stand for. */
const WIDGET_TO_ZOD: Record<string, string[]> = {
  string: ['string'],
  text: ['string'],
  hidden: ['string'],
  relation: ['string'],
  /** A relation with `multiple: true` (relations()) holds a list of values. */
  'relation-multiple': ['array'],
  image: ['string'],
  file: ['string'],
  number: ['number'],
  boolean: ['boolean'],
  datetime: ['union'],
  select: ['enum'],
  list: ['array'],
  object: ['object'],
};

/**
 * Compares a Zod object shape with Decap fields, recursively; returns the disagreements. Inside an
 * optional group (`optionalGroup`), Decap's parts are optional on purpose (see toCmsFields).
 */
function drift(shape: Record<string, z.ZodType>, fields: CmsField[], at: string, optionalGroup = false): string[] {
  const out: string[] = [];
  const cms = new Map(fields.filter((f) => (f as { widget?: string }).widget !== 'markdown').map((f) => [f.name, f]));
  for (const name of new Set([...Object.keys(shape), ...cms.keys()])) {
    const z = shape[name];
    const f = cms.get(name) as (CmsField & { widget: string; fields?: CmsField[] }) | undefined;
    const where = `${at}.${name}`;
    if (!z || !f) {
      out.push(`${where}: only in ${z ? 'Zod' : 'Decap'}`);
      continue;
    }
    const zRequired = !z.safeParse(undefined).success;
    const cmsRequired = f.required ?? true;
    if (optionalGroup ? cmsRequired : zRequired !== cmsRequired) out.push(`${where}: required in ${zRequired ? 'Zod' : 'Decap'} only`);
    const c = core(z);
    const kind = def(c).type;
    const widget = f.widget === 'relation' && (f as { multiple?: boolean }).multiple ? 'relation-multiple' : f.widget;
    if (!WIDGET_TO_ZOD[widget]?.includes(kind)) out.push(`${where}: Decap widget ${widget} but Zod type ${kind}`);
    if (f.widget === 'object' && f.fields) out.push(...drift(def(c).shape!, f.fields, where, !zRequired));
    if (f.widget === 'list' && f.fields) out.push(...drift(def(core(def(c).element!)).shape!, f.fields, `${where}[]`));
  }
  return out;
}

function shapeOf(type: ContentType) {
  return def(collectionSchema(type, { units })).shape!;
}

describe.each(contentTypes.map((t) => [t.name, t] as const))('content type %s', (_, type) => {
  it.each([
    ['the root workspace', undefined],
    ['a commune workspace', 'hoang-tien'],
  ])('has the same fields, required-ness and types in Zod and in Decap (%s)', (_, unit) => {
    expect(drift(shapeOf(type), toCmsFields(type.fields, { unit }), type.name)).toEqual([]);
  });

  it('has a label on every field, and labels and hints in NFC', () => {
    const labels = toCmsFields(type.fields, {}).flatMap(function all(f): string[] {
      const nested = (f as { fields?: CmsField[] }).fields ?? [];
      return [f.label ?? '', f.hint ?? '', ...nested.flatMap(all)];
    });
    for (const l of labels) expect(l).toBe(l.normalize('NFC'));
    expect(toCmsFields(type.fields, {}).every((f) => (f.label ?? '').length > 0)).toBe(true);
  });
});

describe('one edit in src/schema changes both consumers', () => {
  const zodOf = (t: ContentType) => collectionSchema(t, { units });
  const cmsOf = (t: ContentType) => generateCmsConfig({
    types: [t],
    contentDir: 'content',
    rootSlug: 'hoang-hoa',
    backend: { name: 'proxy' } as never,
    editorialWorkflow: false,
  }).collections[0]!.fields!;
  const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

  it('making a required field optional relaxes the collection and the form', () => {
    const edited = defineContentType({ ...news, identifier: 'title', sort: undefined, fields: { ...news.fields, author: news.fields.author.optional() } });
    const entry = { title: 'A', summary: 'B', published: '2023-06-15T08:00:00+07:00', category: 'kinh-te', unit: 'hoang-tien', featured: false };

    expect(zodOf(news).safeParse(entry).success).toBe(false);
    expect(field(cmsOf(news), 'author').required).toBe(true);

    expect(zodOf(edited).safeParse(entry).success).toBe(true);
    expect(field(cmsOf(edited), 'author').required).toBe(false);
  });

  it('adding a field with a pattern adds it to the collection and the form, with the same rule', () => {
    const edited = defineContentType({
      ...news,
      identifier: 'title',
      sort: undefined,
      fields: { ...news.fields, code: string({ label: 'Mã tin', pattern: [/^T\d+$/, 'mã tin dạng T123'] }) },
    });
    const cmsCode = field(cmsOf(edited), 'code') as CmsField & { pattern: [string, string] };
    expect(cmsCode.label).toBe('Mã tin');
    expect(new RegExp(cmsCode.pattern[0]).test('T12')).toBe(true);
    expect(new RegExp(cmsCode.pattern[0]).test('X12')).toBe(false);
    const shape = def(zodOf(edited)).shape!;
    expect(shape.code!.safeParse('T12').success).toBe(true);
    expect(shape.code!.safeParse('X12').success).toBe(false);
    expect(field(cmsOf(news), 'code')).toBeUndefined();
  });
});

describe('optional groups left empty in the CMS', () => {
  const schema = collectionSchema(news, { units });
  const entry = { title: 'A', summary: 'B', published: '2023-06-15T08:00:00+07:00', category: 'kinh-te', unit: 'hoang-tien', author: 'C', featured: false };
  it('accept the blanks Decap writes for an untouched optional image', () => {
    expect(schema.safeParse({ ...entry, image: { src: '', alt: '' }, correction: { date: null, note: '' } }).success).toBe(true);
  });
  it('still require the alt text once an image is given', () => {
    const result = schema.safeParse({ ...entry, image: { src: 'a.jpg', alt: '' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['image', 'alt']);
  });
});

describe('e-mail addresses', () => {
  const accepts = (s: string) => EMAIL[0].test(s);
  it.each(['vanphong@hoanghoa.gov.vn', 'ubnd.hoangtien@thanhhoa.gov.vn', 'bien_tap+tin@xa-hoang-tien.vn', 'A.B@Example.VN'])('accepts %s', (s) => {
    expect(accepts(s)).toBe(true);
  });
  it.each([
    ['a recipient added in a query', 'ubnd@hoanghoa.gov.vn?cc=ke.gian.vn'],
    ['a body added to the message', 'ubnd@hoanghoa.gov.vn&body=chuyen-tien.vn'],
    ['a second address', 'ubnd@hoanghoa.gov.vn,ke@gian.vn'],
    ['an encoded question mark', 'ubnd%3Fcc=x@hoanghoa.gov.vn'],
    ['a fragment', 'ubnd@hoanghoa.gov.vn#x.vn'],
    ['a space', 'ubnd @hoanghoa.gov.vn'],
    ['no domain name', 'ubnd@vn'],
    ['a trailing dot', 'ubnd@hoanghoa.gov.vn.'],
  ])('refuses %s', (_, s) => {
    expect(accepts(s)).toBe(false);
  });
});
