import { createRequire } from 'node:module'
import path from 'node:path'
import kuromoji from 'kuromoji'
import { SCRIPT } from './tokenize'

const KANJI = new RegExp(`[${SCRIPT.kanji}]`)
const KATAKANA_ONLY = new RegExp(`^[${SCRIPT.katakana}]+$`)

/**
 * A reader for the search index: the katakana readings of the kanji compounds in a text, so that
 * a query typed in kana finds words written in kanji (ぜいじゃくせい → 脆弱性, りすくたいおう →
 * リスク対応). Words are read in context by kuromoji; a compound is a run of words that contain
 * kanji or are katakana, and it counts only if it contains kanji. Node only: queries need no
 * dictionary, because kana in a query is folded to katakana.
 */
export async function createReader(): Promise<(text: string) => string[]> {
  const dicPath = path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict')
  const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, t) => (error ? reject(error) : resolve(t)))
  )
  return (text) => {
    const readings: string[] = []
    let reading = ''
    let hasKanji = false
    const flush = () => {
      if (hasKanji && reading) readings.push(reading)
      reading = ''
      hasKanji = false
    }
    for (const word of tokenizer.tokenize(text)) {
      const kanji = KANJI.test(word.surface_form)
      if (!kanji && !KATAKANA_ONLY.test(word.surface_form)) {
        flush()
        continue
      }
      hasKanji ||= kanji
      reading += word.reading && word.reading !== '*' ? word.reading : word.surface_form
    }
    flush()
    return readings
  }
}
