/**
 * Posts made up for measuring and testing the site at scale (the benchmark, the scale test): each
 * about 1,500 characters of Japanese under headings, dated a day apart, with two of 20 tags, and
 * its number in the text so that no two are alike. Deterministic.
 */
const TAGS = ['入門', '基礎知識', 'リスクアセスメント', '内部監査', '審査対応', 'クラウド', 'ISO/IEC 27001', '管理策', '教育', 'インシデント', '供給者管理', '文書管理', 'マネジメントレビュー', '事業継続', '個人情報', '物理的セキュリティ', '暗号', 'アクセス制御', '委託先', '法令']
const PARAGRAPH =
  'リスクアセスメントの結果を管理策の選択につなげるには、評価の根拠を記録しておくことが欠かせません。担当者が交代しても同じ基準で判断できるよう、尺度と受容基準を文書にしておきます。'

const date = (i: number) => new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
const title = (i: number) => `ベンチマーク記事 ${i + 1}`
const body = (i: number) =>
  `記事${i + 1}の導入です。${PARAGRAPH}\n\n` +
  Array.from({ length: 4 }, (_, s) => `## 見出し${s + 1}（記事${i + 1}）\n\n${PARAGRAPH.repeat(2)}\n`).join('\n')

/** `count` posts as files under docs/ (path → content). */
export function generatedPosts(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const tags = [TAGS[i % TAGS.length], TAGS[(i * 7 + 3) % TAGS.length]].filter((t, j, all) => all.indexOf(t) === j)
      const frontmatter = `---\ntitle: "${title(i)}"\ndate: ${date(i)}\ndescription: "ビルド計測用に生成した${i + 1}番目の記事です。"\ntags: ${JSON.stringify(tags)}\n---`
      return [`blog/posts/${date(i)}-bench-${String(i + 1).padStart(4, '0')}.md`, `${frontmatter}\n\n${body(i)}`]
    })
  )
}

/** The same texts as plain pages of a bare VitePress site. */
export function plainPages(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`pages/page-${i + 1}.md`, `# ${title(i)}\n\n${body(i)}`]))
}
