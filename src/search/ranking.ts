/**
 * How the site's search ranks sections: BM25+ as MiniSearch computes it, per field, with the
 * site's boosts. The index build (Node) turns every (term, section) pair into one score with these;
 * the search box (browser) adds up the scores of a query's terms.
 */

/**
 * `aliases`: the words readers use for a page's topic (frontmatter), indexed on the page's first
 * section; a declared alias counts as much as the title.
 */
export const FIELD_BOOST = { title: 6, aliases: 6, titles: 2, text: 1 } as const
export type Field = keyof typeof FIELD_BOOST

const BM25 = { k: 1.2, b: 0.7, d: 0.5 }

export function bm25(termFrequency: number, documentFrequency: number, documents: number, length: number, averageLength: number) {
  const { k, b, d } = BM25
  const idf = Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5))
  return idf * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * length) / averageLength)))
}

/**
 * The home page is the site's overview, the answer to the broadest queries; a post discusses a topic
 * whose reference page is the better first answer.
 */
export const documentBoost = (id: string) => (id === '/' ? 4 : 1) * (id.startsWith('/blog/') ? 0.7 : 1)

/** A term that only starts with the query's term counts less, the more so the longer it is. */
export const prefixWeight = (queryTerm: string, term: string) => (0.375 * term.length) / (term.length + 0.3 * (term.length - queryTerm.length))

/** Latin words of five letters or more also find near spellings (one edit per five letters), at less weight. */
export const fuzzyDistance = (queryTerm: string) => (/^[a-z]{5,}$/.test(queryTerm) ? Math.round(queryTerm.length * 0.2) : 0)
export const fuzzyWeight = (term: string, distance: number) => (0.45 * term.length) / (term.length + distance)
