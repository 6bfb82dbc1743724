/** Facts about the site, shared by the VitePress config, the feeds and the tests. */
export const SITE = {
  title: 'ISMS Guide',
  description:
    'ISO/IEC 27001:2022（JIS Q 27001:2023）の要求事項と附属書Aの管理策を、自分の組織に合わせて実装するための解説サイト',
  /** Canonical origin and base path; sitemap, canonical links, OGP and feeds are built from it. */
  url: 'https://isms-guide.github.io',
  lang: 'ja-JP',
  repository: 'https://github.com/isms-guide/isms-guide.github.io',
  defaultAuthor: 'ISMS Guide Team',
  timeZone: 'Asia/Tokyo'
} as const

/** Absolute URL of a site path such as `/blog/`. */
export const absoluteUrl = (pathname: string) => new URL(pathname, SITE.url + '/').href
