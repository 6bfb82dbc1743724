import { beforeAll, describe, expect, it } from 'vitest'
import { type SearchDocument, buildSearchIndex } from '../../src/search/build-index'
import { createSearchEngine } from '../../src/search/engine'
import { highlight } from '../../src/search/highlight'
import { MANIFEST_PATH } from '../../src/search/index-format'
import { createReader } from '../../src/search/readings'
import { NOT_INDEXED, htmlSections } from '../../src/search/sections'

const doc = (id: string, title: string, text = '', more: Partial<SearchDocument> = {}): SearchDocument => ({ id, title, titles: [], text, aliases: '', ...more })

function engineFor(files: Record<string, string>) {
  const loaded: string[] = []
  const engine = createSearchEngine(async (file) => {
    loaded.push(file)
    if (!(file in files)) throw new Error(`no ${file}`)
    return JSON.parse(files[file]!)
  })
  const ids = async (q: string) => (await engine.search(q)).map((r) => r.id)
  return { ...engine, ids, loaded }
}

describe('site search', () => {
  let read: (text: string) => string[]
  beforeAll(async () => {
    read = await createReader()
  }, 30_000)

  const DOCS = [
    doc('/requirements/6-1-3', '6.1.3 情報セキュリティリスク対応', '情報セキュリティリスク対応の計画を作ります。'),
    doc('/controls/a-8-8', '8.8 技術的ぜい弱性の管理', '技術的脆弱性の管理では、パッチを適用します。'),
    doc('/controls/a-8-13', '8.13 情報のバックアップ', 'バックアップを定期的に取得します。'),
    doc('/requirements/4-1', '4.1 組織及びその状況の理解', 'ISO/IEC 27001:2022の要求事項です。'),
    doc('/controls/a-8-24', '8.24 暗号の利用', '鍵の管理を含みます。', { aliases: 'encryption TLS' })
  ]

  it('finds a page however the query is spelled: kana for kanji, half-width, Latin, numbers', async () => {
    const { ids } = engineFor(buildSearchIndex(DOCS, read))
    expect(await ids('りすくたいおう')).toEqual(['/requirements/6-1-3'])
    expect(await ids('ぜいじゃくせい')).toEqual(['/controls/a-8-8'])
    expect(await ids('脆弱性')).toEqual(['/controls/a-8-8'])
    expect(await ids('ﾊﾞｯｸｱｯﾌﾟ')).toEqual(['/controls/a-8-13'])
    expect(await ids('iso27001')).toEqual(['/requirements/4-1'])
    expect(await ids('8.24')).toEqual(['/controls/a-8-24'])
  })

  it('needs every word of the query, finds the longer words a word starts, and near spellings of long Latin words', async () => {
    const { ids } = engineFor(buildSearchIndex(DOCS, read))
    expect(await ids('対応 計画')).toEqual(['/requirements/6-1-3'])
    expect(await ids('バックアップ 脆弱性')).toEqual([])
    expect(await ids('暗')).toEqual(['/controls/a-8-24'])
    expect(await ids('encyption')).toEqual(['/controls/a-8-24'])
    expect(await ids('')).toEqual([])
  })

  it('ranks a title match first, a post below the reference page, the home page above other text matches', async () => {
    const files = buildSearchIndex(
      [
        doc('/blog/posts/backup', 'バックアップの話', 'バックアップ'),
        doc('/controls/a-8-13', '8.13 情報のバックアップ', 'バックアップ'),
        doc('/controls/a-5-30', '5.30 事業継続のためのICTの備え', 'バックアップも使います。'),
        doc('/', 'ISMS Guide', 'バックアップ')
      ],
      read
    )
    expect(await engineFor(files).ids('バックアップ')).toEqual(['/controls/a-8-13', '/blog/posts/backup', '/', '/controls/a-5-30'])
  })

  it('loads only the manifest, the shards of the query’s terms and the chunks of its results', async () => {
    const many = Array.from({ length: 300 }, (_, i) => doc(`/p/${i}`, `ページ${i}`, `本文${i} 共通の語 ${'漢字かな交じり文'.repeat(i % 7)}`))
    const files = buildSearchIndex([...many, ...DOCS], read)
    const engine = engineFor(files)
    const [hit] = await engine.search('バックアップ')
    expect(hit).toMatchObject({ id: '/controls/a-8-13', title: '8.13 情報のバックアップ', titles: [] })
    expect(engine.loaded[0]).toBe(MANIFEST_PATH)
    expect(engine.loaded.length).toBeLessThan(Object.keys(files).length / 3)
  })

  it('writes the same files for the same documents, named by their content', () => {
    const once = buildSearchIndex(DOCS)
    expect(buildSearchIndex(DOCS)).toEqual(once)
    const changed = buildSearchIndex([...DOCS.slice(1), doc('/x', 'x', 'ちがう')])
    expect(JSON.parse(changed[MANIFEST_PATH]!).dir).not.toBe(JSON.parse(once[MANIFEST_PATH]!).dir)
  })

  it('says so when the manifest is not an index manifest', async () => {
    const engine = engineFor({ [MANIFEST_PATH]: '{"version":2}' })
    await expect(engine.search('リスク')).rejects.toThrow(/manifest/)
  })
})

describe('sections of a rendered page', () => {
  const anchor = (id: string) => `<a class="header-anchor" href="#${id}" aria-label="link">&#8203;</a>`
  const html = [
    `<p>before</p><h1 id="t" tabindex="-1">8.13 情報の<code>バックアップ</code> ${anchor('t')}</h1><p>概要 &amp; 目的</p>`,
    `<h2 id="a" tabindex="-1">方法 ${anchor('a')}</h2><p>本文</p>`,
    `<h3 id="b" tabindex="-1">クラウド ${anchor('b')}</h3><p>詳細</p>`,
    `<h2 id="c" tabindex="-1">審査 ${anchor('c')}</h2><p>証拠</p>`,
    NOT_INDEXED,
    `<h2 id="r" tabindex="-1">関連 ${anchor('r')}</h2><p>リンク</p>`
  ].join('\n')

  it('gives the title the page’s URL, each heading below an anchor and its parents, and stops at the navigation', () => {
    expect(htmlSections('/controls/a-8-13', html)).toEqual([
      { id: '/controls/a-8-13', title: '8.13 情報の バックアップ', titles: [], text: '概要 & 目的' },
      { id: '/controls/a-8-13#a', title: '方法', titles: ['8.13 情報の バックアップ'], text: '本文' },
      { id: '/controls/a-8-13#b', title: 'クラウド', titles: ['8.13 情報の バックアップ', '方法'], text: '詳細' },
      { id: '/controls/a-8-13#c', title: '審査', titles: ['8.13 情報の バックアップ'], text: '証拠' }
    ])
  })
})

describe('highlighting a result title', () => {
  it('marks where the query’s terms occur, however either is spelled', () => {
    expect(highlight('8.13 情報のバックアップ', 'ﾊﾞｯｸｱｯﾌﾟ')).toEqual([
      { text: '8.13 情報の', mark: false },
      { text: 'バックアップ', mark: true }
    ])
    expect(highlight('ISO/IEC 27001', 'iso')).toEqual([
      { text: 'ISO', mark: true },
      { text: '/IEC 27001', mark: false }
    ])
    expect(highlight('よくある誤解', 'バックアップ')).toEqual([{ text: 'よくある誤解', mark: false }])
    expect(highlight('リスク対応の計画', 'リスク対応')).toEqual([
      { text: 'リスク対応', mark: true },
      { text: 'の計画', mark: false }
    ])
    expect(highlight('技術的ぜい弱性の管理', '脆弱性')).toEqual([
      { text: '技術的', mark: false },
      { text: 'ぜい弱性', mark: true },
      { text: 'の管理', mark: false }
    ])
  })
})
