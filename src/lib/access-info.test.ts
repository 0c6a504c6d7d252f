import { describe, expect, it } from 'vitest';
import { publicationCatalogue, undescribedSections } from './access-info.ts';
import { siteSections } from './info-sections.ts';

describe('publicationCatalogue', () => {
  it('describes every section of the site that holds information', () => {
    expect(undescribedSections(siteSections())).toEqual([]);
  });

  it('flags a new section nobody described', () => {
    expect(undescribedSections([{ segment: 'muc-moi', label: 'Mục mới' }])).toEqual(['muc-moi']);
  });

  it('lists information sections in site order and leaves out search and the site map', () => {
    const rows = publicationCatalogue(siteSections());
    const segments = rows.map((r) => r.segment);
    expect(segments).not.toContain('tim-kiem');
    expect(segments).not.toContain('so-do-cong');
    expect(segments).toEqual(siteSections().map((s) => s.segment).filter((s) => segments.includes(s)));
    for (const r of rows) expect(r.frequency).not.toBe('');
  });
});
