import { beforeAll, describe, expect, it } from 'vitest'
import { createReader } from '../../src/search/readings'
import { tokenize, tokenizeWithReadings } from '../../src/search/tokenize'

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

  describe('with kanji readings while the index is built', () => {
    let read: (text: string) => string[]
    beforeAll(async () => {
      read = await createReader()
    }, 30_000)

    it('adds the reading of kanji compounds', () => {
      const tokens = tokenizeWithReadings('リスク対応の計画', read)
      for (const t of tokenize('りすくたいおう')) expect(tokens).toContain(t)
      expect(tokenizeWithReadings('脆弱性の管理', read)).toEqual(expect.arrayContaining(['ゼイ', 'イジ', 'ジャ', 'ャク', 'クセ', 'セイ']))
    })

    it('adds nothing where there is no kanji', () => {
      expect(tokenizeWithReadings('バックアップ', read)).toEqual(tokenize('バックアップ'))
    })
  })
})
