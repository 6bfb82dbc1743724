import { Feed, type Item } from 'feed'
import type { Post } from './content/posts'
import { tokyoMidnight } from './dates'
import { escapeHtml } from './render/html'
import { SITE, absoluteUrl } from './site'

export interface FeedPost extends Post {
  /** The post body as HTML, links already absolute. */
  html: string
}

export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const

/**
 * RSS 2.0, Atom and JSON Feed 1.1 from published posts, newest first. Every date comes from the
 * posts, so two builds of one commit write the same bytes. Atom marks titles and summaries as
 * HTML and RSS descriptions are HTML, so text is escaped there; elsewhere it stays plain text.
 */
export function buildFeeds(posts: FeedPost[]) {
  const create = (asHtml: { title: boolean; description: boolean }) => {
    const feed = new Feed({
      id: absoluteUrl('/'),
      title: SITE.title,
      description: SITE.description,
      link: absoluteUrl('/'),
      language: 'ja',
      favicon: absoluteUrl('/favicon.svg'),
      copyright: `© ${SITE.defaultAuthor}`,
      updated: posts[0] ? tokyoMidnight(posts[0].date) : new Date(0),
      generator: SITE.title,
      feedLinks: {
        rss: absoluteUrl(FEED_PATHS.rss),
        atom: absoluteUrl(FEED_PATHS.atom),
        json: absoluteUrl(FEED_PATHS.json)
      },
      author: { name: SITE.defaultAuthor, link: absoluteUrl('/') }
    })
    for (const post of posts) {
      const date = tokyoMidnight(post.date)
      const item: Item = {
        title: asHtml.title ? escapeHtml(post.title) : post.title,
        id: absoluteUrl(post.url),
        link: absoluteUrl(post.url),
        date,
        published: date,
        content: post.html,
        author: [{ name: post.author }],
        category: post.tags.map((name) => ({ name, term: name }))
      }
      if (post.description) item.description = asHtml.description ? escapeHtml(post.description) : post.description
      feed.addItem(item)
    }
    return feed
  }
  return {
    rss: create({ title: false, description: true }).rss2(),
    atom: atomFixes(create({ title: true, description: true }).atom1()),
    json: jsonFeed11(create({ title: false, description: false }).json1())
  }
}

/**
 * The `feed` package leaves `<` and `>` unescaped in Atom attributes (a tag `A<B` makes the feed ill-formed), and
 * does not declare the feed's language as the RSS feed does.
 */
function atomFixes(xml: string): string {
  return xml
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">')
    .replace(/(<category(?:\s+[\w:]+="[^"]*")+\s*\/>)/g, (tag) => tag.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"`))
}

/** The `feed` package writes JSON Feed 1.0; 1.1 names authors in a list and adds the language. */
function jsonFeed11(json: string): string {
  const { version: _, author, items, ...rest } = JSON.parse(json)
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      ...rest,
      language: 'ja',
      ...(author && { authors: [author] }),
      items: items.map(({ author: itemAuthor, ...item }: Record<string, unknown>) => ({
        ...item,
        ...(itemAuthor ? { authors: [itemAuthor] } : {})
      }))
    },
    null,
    2
  )
}
