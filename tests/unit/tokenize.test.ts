import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { createReader } from '../../src/search/readings'
import { tokenize } from '../../src/search/tokenize'

const g = globalThis as Record<string, unknown>

describe('search tokenizer', () => {
  it('folds width, case and hiragana, so every spelling gives the same tokens', () => {
    expect(tokenize('ﾊﾞｯｸｱｯﾌﾟ')).toEqual(tokenize('バックアップ'))
    expect(tokenize('ＩＳＯ２７００１')).toEqual(['iso', '27001'])
    expect(tokenize('りすく')).toEqual(tokenize('リスク'))
  })

  it('folds the JIS spellings that mix kana into a compound, so either spelling finds the other', () => {
    expect(tokenize('技術的ぜい弱性の管理')).toEqual(tokenize('技術的脆弱性の管理'))
    expect(tokenize('データ漏えいの防止')).toEqual(tokenize('データ漏洩の防止'))
    expect(tokenize('改ざん検知')).toEqual(tokenize('改竄検知'))
  })

  it('cuts Japanese into bigrams within each script', () => {
    expect(tokenize('リスクアセスメント')).toEqual(['リス', 'スク', 'クア', 'アセ', 'セス', 'スメ', 'メン', 'ント'])
    expect(tokenize('アクセス制御')).toEqual(['アク', 'クセ', 'セス', '制御'])
    expect(tokenize('暗')).toEqual(['暗'])
  })

  it('splits Latin letters from digits and keeps dotted numbers whole', () => {
    expect(tokenize('iso27001')).toEqual(['iso', '27001'])
    expect(tokenize('ISO/IEC 27001')).toEqual(['iso', 'iec', '27001'])
    expect(tokenize('管理策 A.8.8 と 5.15')).toEqual(['管理', '理策', '8.8', 'ト', '5.15'])
  })

  it('survives being sent to the browser as source text', () => {
    const revived = new Function(`return ${tokenize.toString()}`)() as typeof tokenize
    for (const text of ['ﾘｽｸｱｾｽﾒﾝﾄ', 'ISO 27001の適用範囲', 'りすくたいおう']) expect(revived(text)).toEqual(tokenize(text))
  })

  describe('with kanji readings while the index is built', () => {
    beforeAll(async () => {
      g.__ismsSearchReader = await createReader()
    }, 30_000)
    afterAll(() => {
      delete g.__ismsSearchReader
    })

    it('adds the reading of kanji compounds', () => {
      const tokens = tokenize('リスク対応の計画')
      for (const t of tokenize('りすくたいおう')) expect(tokens).toContain(t)
      expect(tokenize('脆弱性の管理')).toEqual(expect.arrayContaining(['ゼイ', 'イジ', 'ジャ', 'ャク', 'クセ', 'セイ']))
    })

    it('lets a query in kana find the kanji spelling, and every query find its page', () => {
      const search = new MiniSearch({ fields: ['text'], tokenize, searchOptions: { combineWith: 'AND', prefix: true } })
      search.addAll([
        { id: 'treatment', text: '情報セキュリティリスク対応の計画を作ります。' },
        { id: 'vuln', text: '技術的脆弱性の管理では、パッチを適用します。' },
        { id: 'backup', text: 'バックアップを定期的に取得します。' },
        { id: 'iso', text: 'ISO/IEC 27001:2022の要求事項です。' }
      ])
      delete g.__ismsSearchReader // queries are read in the browser, without the dictionary
      const hits = (q: string) => search.search(q).map((r) => r.id)
      expect(hits('りすくたいおう')).toEqual(['treatment'])
      expect(hits('ぜいじゃくせい')).toEqual(['vuln'])
      expect(hits('ﾊﾞｯｸｱｯﾌﾟ')).toEqual(['backup'])
      expect(hits('iso27001')).toEqual(['iso'])
      expect(hits('ISO 27001')).toEqual(['iso'])
      expect(hits('対応 計画')).toEqual(['treatment'])
      expect(hits('バックアップ 脆弱性')).toEqual([])
    })
  })
})
