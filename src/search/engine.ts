import { type Manifest, type Shard, type StoredDocument, MANIFEST_PATH, SCORE_SCALE, chunkPath, isManifest, shardOf, shardPath } from './index-format'
import { fuzzyDistance, fuzzyWeight, prefixWeight } from './ranking'
import { tokenize } from './tokenize'

/** Milliseconds the search box waits after a keystroke before it searches. */
export const SEARCH_DEBOUNCE_MS = 150

export interface SearchResult {
  id: string
  title: string
  titles: string[]
  score: number
}

/** Reads one index file (a path under the site's root) as parsed JSON. */
export type LoadFile = (path: string) => Promise<unknown>

/**
 * Answers queries from the sharded index (index-format.ts), loading each file the first time a
 * query needs it: the term shards of the query's terms, then the document chunks of the results
 * shown. Every term of the query must match (AND); a term also finds the longer terms it starts
 * (暗 → 暗号), a long Latin word near spellings.
 */
export function createSearchEngine(load: LoadFile) {
  const files = new Map<string, Promise<unknown>>()
  const cached = <T>(path: string) => {
    if (!files.has(path)) files.set(path, load(path))
    return files.get(path) as Promise<T>
  }
  const manifest = async () => {
    const m = await cached<Manifest>(MANIFEST_PATH)
    if (!isManifest(m)) throw new Error(`${MANIFEST_PATH} is not a search index manifest`)
    return m
  }

  function scoresFor(term: string, shard: Shard): Map<number, number> {
    const scores = new Map<number, number>()
    const add = (postings: number[], weight: number) => {
      let section = 0
      for (let i = 0; i < postings.length; i += 2) {
        section += postings[i]!
        scores.set(section, (scores.get(section) ?? 0) + (weight * postings[i + 1]!) / SCORE_SCALE)
      }
    }
    const maxDistance = fuzzyDistance(term)
    for (const [candidate, postings] of Object.entries(shard)) {
      if (candidate === term) add(postings, 1)
      else if (candidate.startsWith(term)) add(postings, prefixWeight(term, candidate))
      else if (maxDistance) {
        const distance = editDistance(term, candidate, maxDistance)
        if (distance <= maxDistance) add(postings, fuzzyWeight(candidate, distance))
      }
    }
    return scores
  }

  return {
    async search(query: string, limit = 16): Promise<SearchResult[]> {
      const terms = [...new Set(tokenize(query))]
      if (!terms.length) return []
      const m = await manifest()
      const shards = await Promise.all(terms.map((t) => cached<Shard>(shardPath(m, shardOf(t, m.shards)))))
      let combined: Map<number, number> | undefined
      terms.forEach((term, i) => {
        const scores = scoresFor(term, shards[i]!)
        if (!combined) combined = scores
        else for (const [section, score] of combined) scores.has(section) ? combined.set(section, score + scores.get(section)!) : combined.delete(section)
      })
      const top = [...combined!].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit)
      const chunks = await Promise.all(top.map(([section]) => cached<StoredDocument[]>(chunkPath(m, Math.floor(section / m.chunkSize)))))
      return top.map(([section, score], i) => {
        const [id, title, titles] = chunks[i]![section % m.chunkSize]!
        return { id, title, titles, score }
      })
    }
  }
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    if (Math.min(...next) > max) return max + 1
    row = next
  }
  return row[b.length]!
}
