import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CARD_SIZE, missingGlyphs, renderCard, titleLayout } from '../../src/og/card'
import { cardFor, cardPath, writeCards } from '../../src/og/cards'
import { breakLines, canBreak } from '../../src/og/line-break'

const byChars = (s: string) => s.length * 10

describe('Japanese line breaking', () => {
  it('never starts a line with closing punctuation or small kana, nor ends one with an opening bracket', () => {
    const text = '情報セキュリティ方針、トピック別方針及び「規程」。ISMSの適用範囲（組織・拠点）を決める。'
    for (const width of [60, 70, 80, 90, 100, 120, 150]) {
      const lines = breakLines(text, byChars, width)
      expect(lines.join('')).toBe(text)
      for (const line of lines.slice(1)) expect(line[0], `${width}: ${lines.join(' / ')}`).not.toMatch(/[、。」）ぁぃぅぇぉっゃゅょ]/)
      for (const line of lines.slice(0, -1)) expect(line.at(-1), `${width}: ${lines.join(' / ')}`).not.toMatch(/[「（]/)
    }
  })

  it('keeps Latin words and numbers whole and drops the space at a break', () => {
    expect(breakLines('ISO/IEC 27001:2022 の要求事項', byChars, 120)).toEqual(['ISO/IEC', '27001:2022 の', '要求事項'])
    expect(canBreak('8', '.')).toBe(false)
    expect(canBreak('策', '8')).toBe(true)
  })
})

describe('social cards', () => {
  it('fit long titles in at most four lines within the card', () => {
    const long = 'クラウドサービスを使う会社のISMS：責任共有モデル、管理策5.23、ISO/IEC 27017とISMAPの整理と、供給者の評価で確かめる点'.repeat(2)
    const { size, lines } = titleLayout(long)
    expect(lines.length).toBeLessThanOrEqual(4)
    expect(lines.at(-1)!.endsWith('…')).toBe(true)
    expect(size).toBeGreaterThanOrEqual(42)
    expect(titleLayout('用語集')).toEqual({ size: 64, lines: ['用語集'] })
  })

  it('find characters the font cannot draw', () => {
    expect(missingGlyphs('適用宣言書（SoA）①')).toEqual([])
    expect(missingGlyphs('絵文字😀')).toEqual(['😀'])
  })

  it('say what page they belong to', () => {
    expect(cardFor('controls/a-8-8.md', { id: '8.8', title: '技術的ぜい弱性の管理' }, '8.8 技術的ぜい弱性の管理')).toEqual({ title: '技術的ぜい弱性の管理', section: '管理策', number: '8.8' })
    expect(cardFor('requirements/6-1-2.md', { id: '6.1.2', title: '情報セキュリティリスクアセスメント' }, 'x')).toMatchObject({ section: '要求事項 箇条', number: '6.1.2' })
    expect(cardFor('isms/soa/statement-of-applicability.md', {}, '適用宣言書')).toEqual({ title: '適用宣言書', section: 'テンプレート', number: null })
    expect(cardFor('index.md', {}, 'ISMS Guide')).toEqual({ title: 'ISMS Guide', section: null, number: null })
    expect(cardFor('blog/tags/x.md', {}, 'タグ「🎉絵文字」の記事 👍🏽')).toMatchObject({ title: 'タグ「絵文字」の記事' })
    expect(cardPath('blog/tags/ISO 27001.md')).toBe('/og/blog/tags/ISO 27001.png')
  })

  it('are 1200×630 PNGs, drawn once and then taken from the cache, byte for byte', async () => {
    const png = await renderCard({ title: 'テスト用のカード', section: 'ブログ', number: null })
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_SIZE.width, CARD_SIZE.height])
    const cards = new Map([['blog/posts/2026-01-01-card-test.md', { title: `キャッシュの確認 ${Date.now()}`, section: 'ブログ', number: null }]])
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'))
    expect(await writeCards(out, cards)).toEqual({ drawn: 1, cached: 0 })
    const first = fs.readFileSync(path.join(out, 'og/blog/posts/2026-01-01-card-test.png'))
    expect(await writeCards(out, cards)).toEqual({ drawn: 0, cached: 1 })
    expect(fs.readFileSync(path.join(out, 'og/blog/posts/2026-01-01-card-test.png')).equals(first)).toBe(true)
  }, 30_000)
})
