/**
 * What an article page computes beyond its content: share links that work without scripts, and
 * the schema.org NewsArticle data search engines read.
 */
import { isoInVietnam } from './dates.ts';

export interface ShareLink {
  /** Name of the service, shown as the link text. */
  label: string;
  /** Words before the label for screen readers, so the link reads "Chia sẻ lên Facebook". */
  verb: string;
  href: string;
}

/**
 * Plain links to each service's share page, carrying the article's absolute URL; no SDK, so no
 * third-party script or cookie reaches readers until they choose to share. Zalo documents only its
 * script plugin; sp.zalo.me/share?url= is the script-free address Vietnamese sites commonly use
 * (check it on a phone with Zalo before launch).
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { label: 'Facebook', verb: 'Chia sẻ lên', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'Zalo', verb: 'Chia sẻ qua', href: `https://sp.zalo.me/share?url=${u}` },
    // RFC 6068: subject and body are percent-encoded UTF-8.
    { label: 'Thư điện tử', verb: 'Gửi bài qua', href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}` },
  ];
}

export interface ArticleFacts {
  headline: string;
  description: string;
  published: Date;
  updated?: Date;
  author: string;
  section?: string;
  keywords?: readonly string[];
  /** Absolute URLs. */
  url: string;
  image?: string;
  publisher: { name: string; url: string };
}

/** schema.org NewsArticle; the publisher is the unit as a government organisation. */
export function newsArticleData(a: ArticleFacts): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    inLanguage: 'vi',
    datePublished: isoInVietnam(a.published),
    dateModified: isoInVietnam(a.updated ?? a.published),
    author: { '@type': 'Person', name: a.author },
    publisher: { '@type': 'GovernmentOrganization', name: a.publisher.name, url: a.publisher.url },
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    ...(a.image ? { image: [a.image] } : {}),
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.keywords?.length ? { keywords: a.keywords.join(', ') } : {}),
  };
}
