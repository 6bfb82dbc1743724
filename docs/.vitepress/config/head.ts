import type { HeadConfig, TransformContext } from 'vitepress'
import { loadPosts, postOf } from '../../../src/content/posts'
import { tokyoMidnight } from '../../../src/dates'
import { SITE, absoluteUrl } from '../../../src/site'
import { pageUrl } from '../../../src/urls'
import { CARD_SIZE } from '../../../src/og/card'
import { builtCards, cardFor, cardUrl } from '../../../src/og/cards'

export const head: HeadConfig[] = [
  ['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }],
  ['link', { rel: 'alternate', type: 'application/rss+xml', title: `${SITE.title} RSS`, href: '/feed.xml' }],
  ['link', { rel: 'alternate', type: 'application/atom+xml', title: `${SITE.title} Atom`, href: '/atom.xml' }],
  ['link', { rel: 'alternate', type: 'application/feed+json', title: `${SITE.title} JSON Feed`, href: '/feed.json' }],
  ['meta', { name: 'theme-color', content: '#1d4e89' }],
  ['meta', { property: 'og:site_name', content: SITE.title }],
  ['meta', { property: 'og:locale', content: 'ja_JP' }]
]

/** `blog/tags/ISO 27001.md` → `/blog/tags/ISO%2027001` */
const pagePath = (relativePath: string) => encodeURI(pageUrl(relativePath))

/** Canonical link and OGP/Twitter meta for every page; BlogPosting data for posts. */
export function transformHead({ pageData, title, description }: TransformContext): HeadConfig[] {
  if (pageData.isNotFound || pageData.relativePath === '404.md') return []
  const url = absoluteUrl(pagePath(pageData.relativePath))
  const post = postOf(loadPosts(), pageData.relativePath)
  const card = cardFor(pageData.relativePath, pageData.frontmatter, pageData.title || title)
  builtCards.set(pageData.relativePath, card)
  const image = cardUrl(pageData.relativePath)
  const alt = [card.section, card.number, card.title].filter(Boolean).join(' ')
  const tags: HeadConfig[] = [
    ['link', { rel: 'canonical', href: url }],
    ['meta', { property: 'og:url', content: url }],
    ['meta', { property: 'og:title', content: pageData.title || title }],
    ['meta', { property: 'og:description', content: description }],
    ['meta', { property: 'og:type', content: post ? 'article' : 'website' }],
    ['meta', { property: 'og:image', content: image }],
    ['meta', { property: 'og:image:width', content: String(CARD_SIZE.width) }],
    ['meta', { property: 'og:image:height', content: String(CARD_SIZE.height) }],
    ['meta', { property: 'og:image:alt', content: alt }],
    ['meta', { name: 'twitter:card', content: 'summary_large_image' }],
    ['meta', { name: 'twitter:title', content: pageData.title || title }],
    ['meta', { name: 'twitter:description', content: description }],
    ['meta', { name: 'twitter:image', content: image }]
  ]
  if (!post) return tags
  const published = tokyoMidnight(post.date).toISOString()
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    datePublished: published,
    ...(pageData.lastUpdated && { dateModified: new Date(pageData.lastUpdated).toISOString() }),
    author: { '@type': post.author === SITE.defaultAuthor ? 'Organization' : 'Person', name: post.author },
    publisher: { '@type': 'Organization', name: SITE.title, url: absoluteUrl('/') },
    mainEntityOfPage: url,
    url,
    inLanguage: 'ja',
    keywords: post.tags
  }
  return [
    ...tags,
    ['meta', { property: 'article:published_time', content: published }],
    ...post.tags.map((tag): HeadConfig => ['meta', { property: 'article:tag', content: tag }]),
    // `<` is escaped so that no title can close the script element.
    ['script', { type: 'application/ld+json' }, JSON.stringify(jsonLd).replace(/</g, '\\u003c')]
  ]
}
