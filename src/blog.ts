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
  for (const post of posts) for (const tag of post.tags) map.set(tag, [...(map.get(tag) ?? []), post])
  return [...map]
    .map(([name, tagged]) => ({ name, url: tagPath(name), posts: tagged }))
    .sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name, 'ja'))
}

/** The post before (older) and after (newer) `post` in a newest-first list. */
export function neighbours(posts: Post[], post: Post) {
  const i = posts.findIndex((p) => p.url === post.url)
  return { older: posts[i + 1] ?? null, newer: i > 0 ? posts[i - 1]! : null }
}

/** Up to `limit` other posts sharing the most tags with `post`, newest first among equals. */
export function relatedPosts(posts: Post[], post: Post, limit = 3): Post[] {
  return posts
    .filter((p) => p.url !== post.url)
    .map((p) => ({ p, shared: p.tags.filter((t) => post.tags.includes(t)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ p }) => p)
}
