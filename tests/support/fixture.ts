import path from 'node:path'
import { ROOT_DIR } from '../../src/paths'

/** Where `npm run build:fixture` builds the site with the fixture posts below. */
export const FIXTURE_DIR = path.join(ROOT_DIR, '.tmp/fixture-site')
export const FIXTURE_DIST = path.join(FIXTURE_DIR, 'docs/.vitepress/dist')

export const XSS_TITLE = '<script>alert(1)</script> & "引用" の記事'
export const WEIRD_TAGS = ['ISO/IEC 27001', 'ISO 27001', '<b>太字</b>', 'R&D', '100%', 'index', 'バックアップ', 'A<B', '"引用"', '🎉絵文字']
export const TITLE_HEADING_POST = { file: 'blog/posts/2026-03-03-title-heading.md', title: '見出しから始まる記事' }
export const DRAFT_MARKER = 'DRAFTMARKER下書きの記事'
export const DRAFT_ONLY_TAG = '下書きだけのタグ'
export const MANY_TAG = 'フィクスチャ'
export const MANY_COUNT = 23

const post = (frontmatter: Record<string, unknown>, body: string) =>
  `---\n${Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n${body}\n`

/**
 * Posts that exercise the blog engine: a title that looks like HTML, tags that are not safe file
 * names, enough posts for several pages of the blog and of one tag, and a draft that must leave
 * no trace.
 */
export function fixturePosts(): Record<string, string> {
  const files: Record<string, string> = {
    'blog/posts/2026-03-01-escaping.md': post(
      { title: XSS_TITLE, date: '2026-03-01', description: '説明に <img src=x onerror=alert(2)> を含む', tags: WEIRD_TAGS },
      'タイトルと説明がテキストとして表示されることを確かめる記事です。'
    ),
    [TITLE_HEADING_POST.file]: post(
      { title: TITLE_HEADING_POST.title, date: '2026-03-03', tags: ['見出し'] },
      `# ${TITLE_HEADING_POST.title}\n\n## はじめに\n\n本文がタイトルと同じ見出しで始まる記事です。`
    ),
    'blog/posts/2026-03-02-draft.md': post(
      { title: DRAFT_MARKER, date: '2026-03-02', description: DRAFT_MARKER, tags: [DRAFT_ONLY_TAG, MANY_TAG], published: false },
      `${DRAFT_MARKER}の本文です。`
    )
  }
  for (let i = 1; i <= MANY_COUNT; i++) {
    const day = String(i).padStart(2, '0')
    files[`blog/posts/2025-12-${day}-fixture-${day}.md`] = post(
      { title: `フィクスチャ記事${i}`, date: `2025-12-${day}`, tags: [MANY_TAG, ...(i % 2 ? ['ISO/IEC 27001'] : [])] },
      `ページ送りとタグのページを確かめるための${i}番目の記事です。`
    )
  }
  return files
}
