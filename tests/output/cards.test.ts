import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CARD_SIZE, missingGlyphs, renderCard } from '../../src/og/card'
import { DIST, attr, elements, htmlFiles, parseHtml } from '../support/dist'

const meta = (file: string, key: 'property' | 'name', value: string) =>
  elements(parseHtml(path.join(DIST, file)), (el) => el.name === 'meta' && attr(el, key) === value).map((el) => attr(el, 'content')!)

const pages = htmlFiles().filter((f) => f !== '404.html')

describe('social cards', () => {
  it('every page but the 404 declares exactly one card, its size and alt text, and the card is a 1200×630 PNG', () => {
    expect(pages.length).toBeGreaterThan(150)
    for (const file of pages) {
      const [image, ...more] = meta(file, 'property', 'og:image')
      expect(more, file).toEqual([])
      expect(meta(file, 'name', 'twitter:image'), file).toEqual([image])
      expect(meta(file, 'name', 'twitter:card'), file).toEqual(['summary_large_image'])
      expect(meta(file, 'property', 'og:image:width'), file).toEqual([String(CARD_SIZE.width)])
      expect(meta(file, 'property', 'og:image:height'), file).toEqual([String(CARD_SIZE.height)])
      expect(meta(file, 'property', 'og:image:alt')[0], file).toBeTruthy()
      const png = fs.readFileSync(path.join(DIST, decodeURI(new URL(image!).pathname)))
      expect([png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual(['PNG', CARD_SIZE.width, CARD_SIZE.height])
    }
    expect(meta('404.html', 'property', 'og:image')).toEqual([])
  })

  it('draws every title without a missing glyph, the most unusual one included', async () => {
    const alts = pages.map((file) => meta(file, 'property', 'og:image:alt')[0]!)
    for (const alt of alts) expect(missingGlyphs(alt), alt).toEqual([])
    // The title with the most characters outside kana, kanji and ASCII letters: the likeliest to show tofu.
    const unusual = (s: string) => new Set([...s].filter((c) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9 ]/u.test(c))).size
    const oddest = alts.reduce((a, b) => (unusual(b) > unusual(a) ? b : a))
    expect(unusual(oddest)).toBeGreaterThan(2)
    const png = await renderCard({ title: oddest, section: null, number: null })
    expect(png.length).toBeGreaterThan(5_000)
  }, 60_000)
})
