import { describe, expect, it } from 'vitest';
import IndicatorTable from './IndicatorTable.astro';
import IndicatorChart from './IndicatorChart.astro';
import Dashboard from './Dashboard.astro';
import type { Series } from '../../lib/indicators.ts';
import type { Unit } from '../../data/portal.ts';
import { all, attr, render, rows, textOf } from '../testing.ts';

const online: Series = {
  key: 'ho-so-truc-tuyen',
  label: 'Tỷ lệ hồ sơ nộp trực tuyến',
  measure: 'percent',
  points: [
    { year: 2023, quarter: 1, value: 92.5, target: 95, met: false },
    { year: 2023, quarter: 2, value: 100, target: 95, met: true },
  ],
};
const sent: Series = {
  key: 'van-ban-di',
  label: 'Văn bản đi gửi trên phần mềm quản lý văn bản',
  measure: 'count',
  points: [{ year: 2023, quarter: 2, value: 4573 }],
};
const commune = { slug: 'hoang-tien', name: 'Hoằng Tiến', kind: 'xa' } as Unit;

describe('IndicatorTable', () => {
  it('lists every quarter with its result, target and whether it was met', async () => {
    const table = all(await render(IndicatorTable, { series: online }), 'table')[0]!;
    expect(rows(table)).toEqual([
      ['Kỳ báo cáo', 'Kết quả', 'Chỉ tiêu', 'Đánh giá'],
      ['Quý 1/2023', '92,5%', '95%', 'Chưa đạt'],
      ['Quý 2/2023', '100%', '95%', 'Đạt'],
    ]);
    expect(textOf(all(table, 'caption')[0]!)).toBe('Số liệu theo quý: Tỷ lệ hồ sơ nộp trực tuyến');
  });

  it('has no target columns when no target was set, and groups thousands the Vietnamese way', async () => {
    const table = all(await render(IndicatorTable, { series: sent }), 'table')[0]!;
    expect(rows(table)).toEqual([
      ['Kỳ báo cáo', 'Kết quả'],
      ['Quý 2/2023', '4.573'],
    ]);
  });

  it('scrolls sideways inside a focusable frame named like its caption, so a phone with large text keeps the page still', async () => {
    const frame = all(await render(IndicatorTable, { series: online }), 'section')[0]!;
    expect(attr(frame, 'tabindex')).toBe('0');
    expect(attr(frame, 'aria-label')).toBe('Số liệu theo quý: Tỷ lệ hồ sơ nộp trực tuyến');
    expect(all(frame, 'table')).toHaveLength(1);
  });
});

describe('IndicatorChart', () => {
  it('is an image named by the indicator, with one labelled bar a quarter', async () => {
    const svg = all(await render(IndicatorChart, { series: online, id: 'bd-1' }), 'svg')[0]!;
    expect(attr(svg, 'role')).toBe('img');
    expect(attr(svg, 'aria-labelledby')).toBe('bd-1-ten bd-1-mo-ta');
    expect(textOf(all(svg, 'title')[0]!)).toBe('Tỷ lệ hồ sơ nộp trực tuyến');
    expect(all(svg, 'text').filter((t) => attr(t, 'class') === 'value').map(textOf)).toEqual(['92,5%', '100%']);
    expect(all(svg, 'text').map(textOf)).toContain('Chỉ tiêu');
  });

  it('has no target line nor its legend when no target was set', async () => {
    const svg = all(await render(IndicatorChart, { series: sent, id: 'bd-2' }), 'svg')[0]!;
    expect(all(svg, 'path').filter((p) => attr(p, 'class') === 'target')).toEqual([]);
    expect(all(svg, 'text').map(textOf)).not.toContain('Chỉ tiêu');
  });
});

describe('Dashboard', () => {
  it('says plainly that the unit has published no figures yet, with no chart', async () => {
    const html = await render(Dashboard, { dashboard: { series: [] }, unit: commune });
    expect(textOf(html)).toBe('Xã Hoằng Tiến chưa công bố số liệu chuyển đổi số.');
    expect(all(html, 'svg')).toEqual([]);
  });

  it('names the latest quarter and its source, then a chart and a table an indicator', async () => {
    const dashboard = { latest: { year: 2023, quarter: 2, source: 'Báo cáo của UBND xã' }, series: [online, sent] };
    const html = await render(Dashboard, { dashboard, unit: commune });
    expect(textOf(all(html, 'p')[0]!)).toBe(
      'Kết quả chuyển đổi số của xã Hoằng Tiến theo từng quý, so với chỉ tiêu đặt ra. Số liệu mới nhất: Quý 2/2023; nguồn: Báo cáo của UBND xã.',
    );
    expect(all(html, 'svg')).toHaveLength(2);
    expect(all(html, 'table')).toHaveLength(2);
  });
});
