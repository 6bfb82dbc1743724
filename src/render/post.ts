import { neighbours, relatedPosts, summarize } from '../blog'
import type { Post } from '../content/posts'
import { escapeHtml } from './html'

/** Date, author, reading time and tags, shown under a post's title. */
export function renderPostMeta(post: Post): string {
  const s = summarize(post)
  const tags = s.tags.map((t) => `<li><a href="${escapeHtml(t.url)}">${escapeHtml(t.name)}</a></li>`).join('')
  return [
    '<div class="post-meta" v-pre>',
    `<p><time datetime="${s.date}">${s.dateLabel}</time><span>${escapeHtml(post.author)}</span><span>${s.readingTime}で読めます</span></p>`,
    tags ? `<ul class="post-tags">${tags}</ul>` : '',
    '</div>'
  ].join('')
}

/** Previous/next post and related posts, shown after a post's body. */
export function renderPostFooter(posts: Post[], post: Post): string {
  const { older, newer } = neighbours(posts, post)
  const link = (p: Post, label: string, rel: string) =>
    `<a class="post-nav-link" rel="${rel}" href="${escapeHtml(p.url)}"><span class="post-nav-label">${label}</span><span class="post-nav-title">${escapeHtml(p.title)}</span></a>`
  const nav =
    older || newer
      ? `<nav class="post-nav" aria-label="前後の記事">${newer ? link(newer, '次の記事', 'next') : '<span></span>'}${older ? link(older, '前の記事', 'prev') : ''}</nav>`
      : ''
  const related = relatedPosts(posts, post)
  const list = related.length
    ? `<section class="post-related" aria-labelledby="related-posts"><h2 id="related-posts">関連する記事</h2><ul>${related
        .map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`)
        .join('')}</ul></section>`
    : ''
  return `<div class="post-footer" v-pre>${nav}${list}</div>`
}
