import { blogPageUrl, paginate, postsByTag, type ListPage } from './blog'
import { loadPosts } from './content/posts'
import { DOCS_DIR } from './paths'
import { tagPath, tagSlug } from './tags'

/** Params of one list page; `listTitle` and `listDescription` become its <title> and description. */
export interface ListParams extends ListPage {
  listTitle: string
  listDescription: string
}

const BLOG_DESCRIPTION = 'ISMSの構築・運用・審査対応に役立つ記事の一覧です。'

/** `/blog/` and `/blog/page/N`, newest first. */
export function blogPages(docsDir = DOCS_DIR): ListParams[] {
  return paginate(loadPosts(docsDir), blogPageUrl).map((page) => ({
    ...page,
    listTitle: page.pagination.current === 1 ? 'ブログ' : `ブログ（${page.pagination.current}ページ目）`,
    listDescription: BLOG_DESCRIPTION
  }))
}

/** `/blog/tags/TAG` and `/blog/tags/TAG/page/N` for every tag a published post uses. */
export function tagPages(docsDir = DOCS_DIR): (ListParams & { tag: string; name: string })[] {
  return postsByTag(loadPosts(docsDir)).flatMap(({ name, posts }) =>
    paginate(posts, (page) => tagPath(name, page)).map((page) => ({
      ...page,
      tag: tagSlug(name),
      name,
      listTitle: `タグ「${name}」の記事` + (page.pagination.current > 1 ? `（${page.pagination.current}ページ目）` : ''),
      listDescription: `タグ「${name}」が付いた記事の一覧です（${posts.length}件）。`
    }))
  )
}

/** `/blog/tags/`: every tag with its number of posts. */
export const tagIndex = (docsDir = DOCS_DIR) =>
  postsByTag(loadPosts(docsDir)).map(({ name, url, posts }) => ({ name, url, count: posts.length }))
