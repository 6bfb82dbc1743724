import type { Post } from './content/posts'
import { formatJapaneseDate } from './dates'
import { formatReadingTime } from './reading-time'
import { tagPath } from './tags'

export const POSTS_PER_PAGE = 10

/** What a list of posts shows for each post; plain JSON, so it can travel in route params. */
export interface PostSummary {
  title: string
  url: string
  date: string
  dateLabel: string
  description: string | null
  readingTime: string
  tags: { name: string; url: string }[]
}

export const summarize = (post: Post): PostSummary => ({
  title: post.title,
  url: post.url,
  date: post.date,
  dateLabel: formatJapaneseDate(post.date),
  description: post.description ?? null,
  readingTime: formatReadingTime(post.readingMinutes),
  tags: post.tags.map((name) => ({ name, url: tagPath(name) }))
})

export interface Pagination {
  current: number
  total: number
  prev: string | null
  next: string | null
}

export interface ListPage {
  posts: PostSummary[]
  pagination: Pagination
}

/** Splits posts into pages of POSTS_PER_PAGE; `pageUrl(n)` names page n (page 1 is the list's own URL). */
export function paginate(posts: Post[], pageUrl: (page: number) => string): ListPage[] {
  const total = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE))
  return Array.from({ length: total }, (_, i) => ({
    posts: posts.slice(i * POSTS_PER_PAGE, (i + 1) * POSTS_PER_PAGE).map(summarize),
    pagination: {
      current: i + 1,
      total,
      prev: i > 0 ? pageUrl(i) : null,
      next: i + 1 < total ? pageUrl(i + 2) : null
    }
  }))
}

export const blogPageUrl = (page: number) => (page === 1 ? '/blog/' : `/blog/page/${page}`)

/** Every tag with its published posts, most used first, then in Japanese collation order. */
export function postsByTag(posts: Post[]): { name: string; url: string; posts: Post[] }[] {
  const map = new Map<string, Post[]>()
  for (const post of posts) {
    for (const tag of post.tags) {
      const tagged = map.get(tag)
      if (tagged) tagged.push(post)
      else map.set(tag, [post])
    }
  }
  return [...map]
    .map(([name, tagged]) => ({ name, url: tagPath(name), posts: tagged }))
    .sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name, 'ja'))
}

const positions = new WeakMap<Post[], Map<string, number>>()

/** The post before (older) and after (newer) `post` in a newest-first list (positions indexed once per list: every post asks). */
export function neighbours(posts: Post[], post: Post) {
  let index = positions.get(posts)
  if (!index) positions.set(posts, (index = new Map(posts.map((p, i) => [p.url, i]))))
  const i = index.get(post.url) ?? -1
  return { older: posts[i + 1] ?? null, newer: i > 0 ? posts[i - 1]! : null }
}

/** Up to `limit` other posts sharing the most tags with `post`, newest first among equals (one pass, no sort: every post asks). */
export function relatedPosts(posts: Post[], post: Post, limit = 3): Post[] {
  const tags = new Set(post.tags)
  const best: { p: Post; shared: number }[] = []
  for (const p of posts) {
    if (p.url === post.url) continue
    let shared = 0
    for (const t of p.tags) if (tags.has(t)) shared++
    if (!shared || (best.length === limit && shared <= best[limit - 1]!.shared)) continue
    // After every post sharing as many tags: those came first, so they are newer.
    let at = best.length
    while (at > 0 && best[at - 1]!.shared < shared) at--
    best.splice(at, 0, { p, shared })
    if (best.length > limit) best.pop()
  }
  return best.map(({ p }) => p)
}
