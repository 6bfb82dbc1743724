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
const CACHE_DIR = path.join(ROOT_DIR, 'node_modules/.cache/isms-guide-cards')

export async function writeCards(outDir: string, cards: ReadonlyMap<string, Card> = builtCards): Promise<{ drawn: number; cached: number }> {
  fs.mkdirSync(CACHE_DIR, { recursive: true })
  let drawn = 0
  const write = async ([relativePath, card]: [string, Card]) => {
    const missing = missingGlyphs(`${card.section ?? ''}${card.number ?? ''}${card.title}`)
    if (missing.length) throw new ContentError(`${relativePath}: the social card font has no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}`)
    const cached = path.join(CACHE_DIR, `${cardKey(card)}.png`)
    if (!fs.existsSync(cached)) {
      fs.writeFileSync(cached, await renderCard(card))
      drawn++
    }
    const file = path.join(outDir, cardPath(relativePath))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.copyFileSync(cached, file)
  }
  // A few cards at a time, so that laying out one (here) and rasterising another (on a worker thread) overlap.
  const queue = [...cards]
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await write(next)
  }))
  return { drawn, cached: cards.size - drawn }
}
