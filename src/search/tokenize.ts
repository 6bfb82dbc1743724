/**
 * The search tokenizer, used both to build the index (Node) and to read queries (browser). It does
 * not use Intl.Segmenter, whose word breaks differ between Node and browsers, so index-time and
 * query-time tokens always agree.
 *
 * - NFKC folds full-width and half-width forms (ＩＳＯ → ISO, ﾊﾞｯｸｱｯﾌﾟ → バックアップ).
 * - JIS spellings that mix kana into a compound are folded to the everyday kanji (ぜい弱性 →
 *   脆弱性, 漏えい → 漏洩, 改ざん → 改竄), so either spelling finds a page written in the other.
 * - Lower-case, and hiragana folded to katakana (りすく → リスク).
 * - Text is cut where the script changes (kanji, katakana, hiragana, Latin, digits); each
 *   Japanese run becomes overlapping character bigrams, so a word is found anywhere inside a
 *   compound (アセスメント in リスクアセスメント); a one-character run stays one token.
 * - Latin letters and digits are separate tokens (iso27001 → iso, 27001); dotted numbers
 *   such as 6.1.2 or 5.15 stay whole, so a clause or control number is one token.
 */

/** The characters of each Japanese script, as regular-expression class contents (the long vowel mark counts as katakana). */
export const SCRIPT = { kanji: '\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff', katakana: '\u30a1-\u30fa\u30fc', hiragana: '\u3041-\u3096' }

// Runs of one script each: dotted numbers, Latin words, kanji, katakana, hiragana (which may also lengthen a vowel with ー).
const RUNS = new RegExp(`\\d+(?:\\.\\d+)*|[a-z]+|[${SCRIPT.kanji}]+|[${SCRIPT.katakana}]+|[${SCRIPT.hiragana}\\u30fc]+`, 'g')
const HIRAGANA = new RegExp(`[${SCRIPT.hiragana}]`, 'g')
/** JIS spellings that mix kana into a compound, and the everyday kanji they are folded to. */
export const MIXED_SPELLINGS: Record<string, string> = { ぜい弱: '脆弱', 漏えい: '漏洩', 改ざん: '改竄' }
const MIXED = new RegExp(Object.keys(MIXED_SPELLINGS).join('|'), 'g')

/** Width, case and the JIS mixed spellings folded: the text the tokens are cut from. */
export const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(MIXED, (m) => MIXED_SPELLINGS[m] ?? m)

const toKatakana = (s: string) => s.replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))

/** Everything the tokens are folded by: width, case, JIS mixed spellings and hiragana. */
export const fold = (text: string) => toKatakana(normalize(text))

/** A Japanese run as katakana-folded bigrams (a one-character run as itself). */
export function bigrams(run: string, add: (token: string) => void) {
  const folded = toKatakana(run)
  if (folded.length === 1) add(folded)
  for (let i = 0; i < folded.length - 1; i++) add(folded.slice(i, i + 2))
}

export function tokenize(text: string): string[] {
  const tokens: string[] = []
  const push = (token: string) => tokens.push(token)
  for (const [run] of normalize(text).matchAll(RUNS)) {
    const code = run.charCodeAt(0)
    if (code >= 0x30 && code <= 0x39) push(run)
    else if (code < 0x80) run.length > 1 && push(run)
    else bigrams(run, push)
  }
  return tokens
}

/**
 * The tokens of a text plus the bigrams of its kanji compounds' readings (see readings.ts), so that
 * りすくたいおう finds リスク対応. Index-time only: kana in a query is already folded to katakana.
 */
export function tokenizeWithReadings(text: string, read: (text: string) => string[]): string[] {
  const tokens = tokenize(text)
  const seen = new Set(tokens)
  const addNew = (token: string) => !seen.has(token) && seen.add(token) && tokens.push(token)
  for (const reading of read(normalize(text))) bigrams(reading, addNew)
  return tokens
}
