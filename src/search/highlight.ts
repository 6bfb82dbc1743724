import { MIXED_SPELLINGS, SCRIPT, fold, tokenize } from './tokenize'

export interface TextPart {
  text: string
  mark: boolean
}

/** A text cut into parts, those where the query's terms occur (however either is spelled) marked. */
export function highlight(text: string, query: string): TextPart[] {
  // The folded text, and for each of its characters the characters of the text it came from.
  let folded = ''
  const origin: [from: number, to: number][] = []
  for (let i = 0; i < text.length; ) {
    const mixed = Object.keys(MIXED_SPELLINGS).find((spelling) => text.startsWith(spelling, i))
    const length = mixed?.length ?? 1
    const f = mixed ? MIXED_SPELLINGS[mixed]! : fold(text[i]!)
    folded += f
    for (let j = 0; j < f.length; j++) origin.push([i, i + length])
    i += length
  }
  const marked = new Uint8Array(text.length)
  for (const term of new Set(tokenize(query))) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1))
      for (let k = at; k < at + term.length; k++) marked.fill(1, ...origin[k]!)
  }
  // A short stretch inside a longer word is a coincidence of bigrams (クア in よくある), not the query.
  for (let i = 0; i < text.length; ) {
    let end = i
    while (marked[end]) end++
    if (end - i > 0 && end - i < 3 && (sameScript(text[i - 1], text[i]!) || sameScript(text[end], text[end - 1]!))) marked.fill(0, i, end)
    i = Math.max(end, i + 1)
  }
  const parts: TextPart[] = []
  for (let i = 0; i < text.length; i++) {
    const mark = marked[i] === 1
    if (parts.at(-1)?.mark === mark) parts.at(-1)!.text += text[i]
    else parts.push({ text: text[i]!, mark })
  }
  return parts
}

const SCRIPTS = [...[SCRIPT.kanji, SCRIPT.katakana, SCRIPT.hiragana].map((chars) => new RegExp(`[${chars}]`)), /[a-z]/i, /\d/]
const sameScript = (a: string | undefined, b: string) => a !== undefined && SCRIPTS.some((re) => re.test(a) && re.test(b))
