/**
 * Build benchmark: builds the site as it is and with 1,000 generated posts (each in a scratch copy)
 * and prints build seconds, peak memory of the build process and pages built.
 * Option: --posts N (default 1000).
 */
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT_DIR } from '../src/paths'
import { ScratchSite, type BuildResult } from '../src/scratch-site'

const { values } = parseArgs({ options: { posts: { type: 'string', default: '1000' } } })
const count = Number(values.posts)

const TAGS = ['入門', '基礎知識', 'リスクアセスメント', '内部監査', '審査対応', 'クラウド', 'ISO/IEC 27001', '管理策', '教育', 'インシデント', '供給者管理', '文書管理', 'マネジメントレビュー', '事業継続', '個人情報']
const PARAGRAPH =
  'リスクアセスメントの結果を管理策の選択につなげるには、評価の根拠を記録しておくことが欠かせません。担当者が交代しても同じ基準で判断できるよう、尺度と受容基準を文書にしておきます。'

/** A deterministic post: date, a few tags, about 2,000 characters of Japanese under headings. */
function generatedPost(i: number): [string, string] {
  const date = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
  const tags = [TAGS[i % TAGS.length], TAGS[(i * 7 + 3) % TAGS.length]].filter((t, j, all) => all.indexOf(t) === j)
  const sections = Array.from({ length: 4 }, (_, s) => `## 見出し${s + 1}\n\n${PARAGRAPH.repeat(3)}\n`).join('\n')
  const body = `---\ntitle: "ベンチマーク記事 ${i + 1}"\ndate: ${date}\ndescription: "ビルド計測用に生成した${i + 1}番目の記事です。"\ntags: ${JSON.stringify(tags)}\n---\n\n${PARAGRAPH}\n\n${sections}`
  return [`blog/posts/${date}-bench-${String(i + 1).padStart(4, '0')}.md`, body]
}

async function measure(label: string, posts: number): Promise<BuildResult> {
  const site = new ScratchSite(path.join(ROOT_DIR, '.tmp/bench-site'))
  site.write(Object.fromEntries(Array.from({ length: posts }, (_, i) => generatedPost(i))))
  console.log(`building ${label}…`)
  return site.build()
}

const plain = await measure('the site as it is', 0)
const large = await measure(`the site with ${count} generated posts`, count)
const row = (label: string, r: BuildResult) =>
  `| ${label} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.peakMemoryMb} |`
console.log(`\n${os.cpus().length} CPUs, Node ${process.version}\n`)
console.log('| build | pages | seconds | peak memory (MB) |\n|---|---:|---:|---:|')
console.log(row('site as it is', plain))
console.log(row(`+ ${count} posts`, large))
