/**
 * The search tokenizer, used both to build the index (Node) and to read queries (browser).
 *
 * It is self-contained (no imports, no module-level variables; what it needs it builds once and
 * keeps on globalThis), so it also works when VitePress sends it to the browser as source text
 * in the theme config; the site installs it from this module instead (config/search.ts). It does
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
 * - While the index is built, `globalThis.__ismsSearchReader` (see readings.ts) supplies the
 *   readings of the text's kanji compounds, whose bigrams are indexed too, so りすくたいおう finds
 *   リスク対応. Queries need no reader: kana in a query is already folded to katakana.
 */
export function tokenize(text: string): string[] {
  const g = globalThis as Record<string, unknown>
  const re = (g.__ismsSearchTokenizer ??= {
    // Runs of one script each: dotted numbers, Latin words, kanji, katakana, hiragana.
    runs: /\d+(?:\.\d+)*|[a-z]+|[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\u30a1-\u30fa\u30fc]+|[\u3041-\u3096\u30fc]+/g,
    hiragana: /[\u3041-\u3096]/g,
    mixed: /ぜい弱|漏えい|改ざん/g,
    kanji: { ぜい弱: '脆弱', 漏えい: '漏洩', 改ざん: '改竄' } as Record<string, string>
  }) as { runs: RegExp; hiragana: RegExp; mixed: RegExp; kanji: Record<string, string> }
  const bigrams = (run: string, add: (token: string) => void) => {
    if (run.length === 1) add(run)
    for (let i = 0; i < run.length - 1; i++) add(run.slice(i, i + 2))
  }
  const toKatakana = (s: string) => s.replace(re.hiragana, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))

  const normalized = text.normalize('NFKC').toLowerCase().replace(re.mixed, (m) => re.kanji[m] ?? m)
  const tokens: string[] = []
  const push = (token: string) => tokens.push(token)
  for (const [run] of normalized.matchAll(re.runs)) {
    const code = run.charCodeAt(0)
    if (code >= 0x30 && code <= 0x39) push(run)
    else if (code < 0x80) run.length > 1 && push(run)
    else bigrams(toKatakana(run), push)
  }
  const reader = g.__ismsSearchReader as ((text: string) => string[]) | undefined
  if (reader) {
    const seen = new Set(tokens)
    const addNew = (token: string) => !seen.has(token) && seen.add(token) && tokens.push(token)
    for (const reading of reader(normalized)) bigrams(toKatakana(reading), addNew)
  }
  return tokens
}
