import { describe, expect, it } from 'vitest'
import { formatJapaneseDate, formatTokyoDate, tokyoIsoDate, tokyoMidnight } from '../../src/dates'
import { slugify } from '../../src/markdown/slugify'
import { countReadableCharacters, formatReadingTime, readingMinutes } from '../../src/reading-time'

describe('dates', () => {
  it('formats a calendar date the Japanese way without a time zone shift', () => {
    expect(formatJapaneseDate('2026-01-28')).toBe('2026年1月28日')
    expect(formatJapaneseDate('2026-12-01')).toBe('2026年12月1日')
  })

  it('dates a post at midnight in Tokyo', () => {
    expect(tokyoMidnight('2026-01-28').toISOString()).toBe('2026-01-27T15:00:00.000Z')
  })

  it('gives the date in Tokyo of a moment, which is a day ahead of UTC from 15:00 UTC on', () => {
    expect(formatTokyoDate(Date.parse('2026-01-27T14:59:59Z'))).toBe('2026年1月27日')
    expect(formatTokyoDate(Date.parse('2026-01-27T15:00:00Z'))).toBe('2026年1月28日')
    expect(tokyoIsoDate(Date.parse('2026-01-27T15:00:00Z'))).toBe('2026-01-28')
    expect(formatTokyoDate(Date.parse('2026-12-31T20:00:00Z'))).toBe('2027年1月1日')
  })
})

describe('reading time', () => {
  it('counts what is read, not markup, URLs or code', () => {
    const md = '## 見出し\n\n[リンク](https://example.com/very/long/url) と **強調**。\n\n```ts\nconst x = 1\n```\n'
    expect(countReadableCharacters(md)).toBe('見出しリンクと強調。'.length)
  })

  it('rounds to whole minutes at 500 characters a minute, at least one', () => {
    expect(readingMinutes('あ'.repeat(10))).toBe(1)
    expect(readingMinutes('あ'.repeat(1000))).toBe(2)
    expect(readingMinutes('あ'.repeat(2400))).toBe(5)
    expect(formatReadingTime(5)).toBe('約5分')
  })
})

describe('heading ids', () => {
  it('keeps kana composed (NFC), so links written in Markdown match', () => {
    const id = slugify('バックアップの取得')
    expect(id).toBe('バックアップの取得')
    expect(id).toBe(id.normalize('NFC'))
  })

  it('follows VitePress for punctuation and leading digits', () => {
    expect(slugify('5.1 情報セキュリティのための方針群')).toBe('_5-1-情報セキュリティのための方針群')
    expect(slugify('小規模（〜50人）')).toBe('小規模-〜50人')
  })
})
