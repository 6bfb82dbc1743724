/**
 * Japanese line breaking for the social cards, by the usual rules (禁則処理): no line starts with closing brackets,
 * punctuation or small kana, no line ends with an opening bracket, and Latin words and numbers stay whole.
 */
const NO_START = new Set([...'、。，．,.・：；:;！？!?」』）】〕〉》］｝)]}ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々…‥'])
const NO_END = new Set([...'「『（【〔〈《［｛([{'])
const WORD = /[A-Za-z0-9&@#%+\-_/.:'’]/

/** May a line break fall between `before` and `after`? */
export function canBreak(before: string, after: string): boolean {
  if (NO_START.has(after) || NO_END.has(before)) return false
  if (WORD.test(before) && WORD.test(after)) return false
  return true
}

/**
 * Splits `text` into lines no wider than `maxWidth` (by `measure`), breaking only where `canBreak` allows; a space
 * at a break is dropped. A single unbreakable run wider than a line is kept whole (the caller shrinks the font).
 */
export function breakLines(text: string, measure: (s: string) => number, maxWidth: number): string[] {
  const chars = [...text]
  const lines: string[] = []
  let start = 0
  while (start < chars.length) {
    let lastBreak = -1
    let end = start
    while (end < chars.length) {
      const candidate = chars.slice(start, end + 1).join('')
      if (measure(candidate.trimEnd()) > maxWidth && end > start) break
      end++
      if (end < chars.length && canBreak(chars[end - 1]!, chars[end]!)) lastBreak = end
    }
    let cut = end >= chars.length ? end : lastBreak > start ? lastBreak : end
    if (cut === end) while (cut < chars.length && !canBreak(chars[cut - 1]!, chars[cut]!)) cut++
    lines.push(chars.slice(start, cut).join('').trim())
    start = cut
    while (chars[start] === ' ') start++
  }
  return lines.filter(Boolean)
}
