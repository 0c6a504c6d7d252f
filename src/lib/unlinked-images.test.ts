import { describe, expect, it } from 'vitest';
import { unlinkedImages } from './unlinked-images.ts';

describe('unlinkedImages', () => {
  const site: Record<string, string> = {
    'index.html': '<img src="/_astro/anh-dai-dien.CxQ1a2b3_Z1abcd.webp" srcset="/_astro/anh-dai-dien.CxQ1a2b3_Z1abcd.webp 480w, /_astro/anh-dai-dien.CxQ1a2b3_2kq9.webp 960w">',
    'tin-tuc/bai-a/index.html': '<meta property="og:image" content="https://hoanghoa.thanhhoa.gov.vn/_astro/bai-a.Dk92LmQp.jpg">',
    'rss.xml': '<enclosure url="https://hoanghoa.thanhhoa.gov.vn/_astro/anh%20cu.Pq81.jpg"/>',
    '_astro/site.css': '.hero{background:url(/_astro/nen.B1c2D3e4.png)}',
    '_astro/anh-dai-dien.CxQ1a2b3.jpg': '',
    '_astro/anh-dai-dien.CxQ1a2b3_Z1abcd.webp': '',
    '_astro/anh-dai-dien.CxQ1a2b3_2kq9.webp': '',
    '_astro/bai-a.Dk92LmQp.jpg': '',
    '_astro/anh cu.Pq81.jpg': '',
    '_astro/nen.B1c2D3e4.png': '',
    '_astro/client.Ab12Cd34.js': 'import("./search.Zz99.js")',
    'van-ban/qd-1/quyet-dinh.jpg': '',
  };
  const paths = Object.keys(site);

  it('finds the originals no page, feed or style names', () => {
    expect(unlinkedImages(paths, (p) => site[p]!)).toEqual(['_astro/anh-dai-dien.CxQ1a2b3.jpg']);
  });

  it('keeps images named by an absolute address, a percent-encoded one or a stylesheet, and leaves files outside _astro/ alone', () => {
    const gone = unlinkedImages(paths, (p) => site[p]!);
    for (const kept of ['_astro/bai-a.Dk92LmQp.jpg', '_astro/anh cu.Pq81.jpg', '_astro/nen.B1c2D3e4.png', 'van-ban/qd-1/quyet-dinh.jpg']) expect(gone).not.toContain(kept);
  });

  it('finds nothing to remove when every image is shown', () => {
    expect(unlinkedImages(['a.html', '_astro/x.Ab.webp'], () => '<img src="/_astro/x.Ab.webp">')).toEqual([]);
  });
});
