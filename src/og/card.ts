import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { renderAsync } from '@resvg/resvg-js'
import * as fontkit from 'fontkit'
import satori from 'satori'
import { SITE } from '../site'
import { breakLines } from './line-break'

/**
 * Social cards (1200×630 PNG): the page title, its section (管理策, 要求事項, テンプレート, ブログ …), the control or
 * clause number where there is one, and the site name. The Japanese font is Noto Sans JP from the npm package
 * @expo-google-fonts/noto-sans-jp (installed with the project; nothing is fetched at build time).
 */
export interface Card {
  title: string
  section: string | null
  number: string | null
}

export const CARD_SIZE = { width: 1200, height: 630 } as const
const PADDING = 72
const TITLE_WIDTH = CARD_SIZE.width - 2 * PADDING
const TITLE_SIZES = [64, 56, 48, 42] as const
const MAX_LINES = 4

const fontFile = (weight: '400Regular' | '700Bold') =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/package.json')), weight, `NotoSansJP_${weight}.ttf`)

interface Fonts {
  /** The same array on every call: satori keeps parsed fonts for the array it is given. */
  satori: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]
  /** fontkit's view of the bold face: glyph coverage and advance widths. */
  metrics: fontkit.Font
}
let fonts: Fonts | undefined
function loadFonts(): Fonts {
  if (!fonts) {
    const bold = fs.readFileSync(fontFile('700Bold'))
    fonts = {
      satori: [
        { name: 'Noto Sans JP', data: fs.readFileSync(fontFile('400Regular')), weight: 400, style: 'normal' },
        { name: 'Noto Sans JP', data: bold, weight: 700, style: 'normal' }
      ],
      metrics: fontkit.create(bold) as fontkit.Font
    }
  }
  return fonts
}

/** Characters of `text` the card font has no glyph for (they would show as tofu). */
export function missingGlyphs(text: string): string[] {
  const { metrics } = loadFonts()
  return [...new Set([...text].filter((c) => !/\s/.test(c) && !metrics.hasGlyphForCodePoint(c.codePointAt(0)!)))]
}

/** The title's lines and size: the largest size at which it fits in four lines, else the smallest, cut with …. */
export function titleLayout(title: string): { size: number; lines: string[] } {
  const { metrics } = loadFonts()
  const width = (size: number) => (s: string) => (metrics.layout(s).advanceWidth * size) / metrics.unitsPerEm
  for (const size of TITLE_SIZES) {
    const lines = breakLines(title, width(size), TITLE_WIDTH)
    if (lines.length <= MAX_LINES && lines.every((l) => width(size)(l) <= TITLE_WIDTH)) return { size, lines }
  }
  const size = TITLE_SIZES.at(-1)!
  const lines = breakLines(title, width(size), TITLE_WIDTH).slice(0, MAX_LINES)
  let last = lines.at(-1)!
  while (last && width(size)(last + '…') > TITLE_WIDTH) last = [...last].slice(0, -1).join('')
  lines[MAX_LINES - 1] = last + '…'
  return { size, lines }
}

type Node = { type: string; props: Record<string, unknown> }
const el = (type: string, style: Record<string, unknown>, children?: Node[] | string): Node => ({ type, props: { style, children } })

/** Bumped when the card's look changes, so that cached cards are drawn again. */
const DESIGN_VERSION = 1

export async function renderCard(card: Card): Promise<Buffer> {
  const { size, lines } = titleLayout(card.title)
  const label = [card.section, card.number].filter(Boolean).join(' ')
  const tree = el(
    'div',
    { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: PADDING, background: '#ffffff', borderLeft: '24px solid #1d4e89', fontFamily: 'Noto Sans JP' },
    [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#1d4e89' }, label || SITE.title),
      el('div', { display: 'flex', flexDirection: 'column', color: '#1b1b1f' }, lines.map((line) => el('div', { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.3, whiteSpace: 'nowrap' }, line))),
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 28, color: '#4b5563' }, [
        el('div', { display: 'flex', fontWeight: 700, color: '#1d4e89', fontSize: 34 }, SITE.title),
        el('div', { display: 'flex' }, 'ISO/IEC 27001:2022 実装ガイド')
      ])
    ]
  )
  const svg = await satori(tree as never, { ...CARD_SIZE, fonts: loadFonts().satori })
  // Rasterised on a worker thread of the native module, while the next card is laid out here. Satori has drawn
  // the text as paths, so the rasteriser needs no fonts: scanning the system's fonts took most of its time.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width }, font: { loadSystemFonts: false } })).asPng()
}

/** The cache key of a card: what it shows and how it is drawn. */
export const cardKey = (card: Card) => createHash('sha256').update(JSON.stringify({ card, DESIGN_VERSION, renderer: RENDERER })).digest('hex')

/** The versions of the font and the renderers: a new one draws every card again. */
const RENDERER = ['@expo-google-fonts/noto-sans-jp', 'satori', '@resvg/resvg-js'].map(
  (name) => `${name}@${(createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version}`
)
