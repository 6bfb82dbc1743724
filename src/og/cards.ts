import fs from 'node:fs'
import path from 'node:path'
import { ContentError } from '../content/frontmatter'
import { ROOT_DIR } from '../paths'
import { SITE, absoluteUrl } from '../site'
import { cardKey, missingGlyphs, renderCard, type Card } from './card'

/** Where the card of a page (by its source path) is published: `controls/a-8-8.md` → `/og/controls/a-8-8.png`. */
export const cardPath = (relativePath: string) => `/og/${relativePath.replace(/\.md$/, '.png')}`
export const cardUrl = (relativePath: string) => absoluteUrl(encodeURI(cardPath(relativePath)))

const SECTIONS: [RegExp, string][] = [
  [/^controls\/a-/, '管理策'],
  [/^requirements\/\d/, '要求事項'],
  [/^isms\/.+\//, 'テンプレート'],
  [/^blog\//, 'ブログ'],
  [/^self-check\//, 'セルフチェック'],
  [/^glossary\//, '用語集']
]

/**
 * Emoji are left off the cards: the card font has none, and a colour emoji font would double the fonts' size. Any
 * other character the font lacks stops the build (see writeCards), so no card shows a missing glyph.
 */
const withoutEmoji = (text: string) => text.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D/gu, '').replace(/\s{2,}/g, ' ').trim()

/** What a page's card shows, from its source path, frontmatter and title. */
export function cardFor(relativePath: string, frontmatter: Record<string, unknown>, title: string): Card {
  const section = SECTIONS.find(([re]) => re.test(relativePath))?.[1] ?? null
  const id = typeof frontmatter.id === 'string' ? frontmatter.id : null
  if (id && section === '管理策') return { title: String(frontmatter.title), section, number: id }
  if (id && section === '要求事項') return { title: String(frontmatter.title), section: '要求事項 箇条', number: id }
  return { title: withoutEmoji(title) || SITE.title, section, number: null }
}

/** The cards of the pages rendered in this build, collected while their heads are written. */
export const builtCards = new Map<string, Card>()

/** Cached by what a card shows, so an unchanged card is not drawn again; the bytes are the same either way. */
export const CARD_CACHE_DIR = path.join(ROOT_DIR, 'node_modules/.cache/isms-guide-cards')
const cachedFile = (card: Card) => path.join(CARD_CACHE_DIR, `${cardKey(card)}.png`)

/** Draws the cards not in the cache yet, a few at a time: one is laid out here while others are rasterised on worker threads. */
async function drawMissing(cards: Iterable<Card>): Promise<number> {
  fs.mkdirSync(CARD_CACHE_DIR, { recursive: true })
  const queue = [...new Map([...cards].map((card) => [cardKey(card), card])).values()].filter((card) => !fs.existsSync(cachedFile(card)))
  const count = queue.length
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let card = queue.shift(); card; card = queue.shift()) fs.writeFileSync(cachedFile(card), await renderCard(card))
    })
  )
  return count
}

export async function writeCards(outDir: string, cards: ReadonlyMap<string, Card> = builtCards): Promise<{ drawn: number; cached: number }> {
  for (const [relativePath, card] of cards) {
    const missing = missingGlyphs(`${card.section ?? ''}${card.number ?? ''}${card.title}`)
    if (missing.length) throw new ContentError(`${relativePath}: the social card font has no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}`)
  }
  const drawn = await drawMissing(cards.values())
  for (const [relativePath, card] of cards) {
    const file = path.join(outDir, cardPath(relativePath))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.copyFileSync(cachedFile(card), file)
  }
  return { drawn, cached: cards.size - drawn }
}
