import { createHash } from 'node:crypto'
import { type Manifest, type Shard, type StoredDocument, MANIFEST_PATH, SCORE_SCALE, chunkPath, shardOf, shardPath } from './index-format'
import { FIELD_BOOST, type Field, bm25, documentBoost } from './ranking'
import { tokenize, tokenizeWithReadings } from './tokenize'

export interface SearchDocument {
  /** The page's URL, with `#anchor` for a section below the page's first heading. */
  id: string
  title: string
  titles: string[]
  text: string
  aliases: string
}

const FIELDS = Object.keys(FIELD_BOOST) as Field[]
/** Readings are added to the short fields only: a kana query names a topic, which is in a heading or an alias. */
const READ_FIELDS = new Set<Field>(['title', 'titles', 'aliases'])
const CHUNK_SIZE = 64
/** About this much JSON per term shard, 8–10 KB gzip. */
const SHARD_BYTES = 32 * 1024

/**
 * The search index files (path under the site's root → content) for sections given in a stable
 * order: every (term, section) pair scored once, here, so the browser only adds scores up.
 */
export function buildSearchIndex(documents: SearchDocument[], read?: (text: string) => string[]): Record<string, string> {
  const postings = new Map<string, number[]>() // term → [section, field, frequency, …]
  const lengths = FIELDS.map(() => new Uint32Array(documents.length))
  const frequencies = FIELDS.map(() => new Map<string, number>()) // documents with the term, per field

  documents.forEach((doc, d) => {
    FIELDS.forEach((field, f) => {
      const text = field === 'titles' ? doc.titles.join(' ') : doc[field]
      const tokens = read && READ_FIELDS.has(field) ? tokenizeWithReadings(text, read) : tokenize(text)
      lengths[f]![d] = tokens.length
      const counts = new Map<string, number>()
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1)
      for (const [term, count] of counts) {
        let list = postings.get(term)
        if (!list) postings.set(term, (list = []))
        list.push(d, f, count)
        frequencies[f]!.set(term, (frequencies[f]!.get(term) ?? 0) + 1)
      }
    })
  })

  // A field's average length over the sections that have it: most have no aliases, and counting them as
  // empty made every page that declares aliases look long, more so the more posts a site has.
  const averages = lengths.map((l) => l.reduce((a, b) => a + b, 0) / Math.max(1, l.filter(Boolean).length) || 1)
  const boosts = documents.map((doc) => documentBoost(doc.id))
  const scored = new Map<string, number[]>()
  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term)!
    const out: number[] = []
    let previous = 0
    for (let i = 0; i < list.length; ) {
      const d = list[i]!
      let score = 0
      for (; i < list.length && list[i] === d; i += 3) {
        const f = list[i + 1]!
        const df = frequencies[f]!.get(term)!
        score += FIELD_BOOST[FIELDS[f]!] * bm25(list[i + 2]!, df, documents.length, lengths[f]![d]!, averages[f]!)
      }
      out.push(d - previous, Math.max(1, Math.round(score * boosts[d]! * SCORE_SCALE)))
      previous = d
    }
    scored.set(term, out)
  }

  const bytes = [...scored].reduce((n, [term, list]) => n + term.length + 6 * list.length, 0)
  const shardCount = Math.min(1024, 2 ** Math.max(4, Math.ceil(Math.log2(bytes / SHARD_BYTES))))
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}))
  for (const [term, list] of scored) shards[shardOf(term, shardCount)]![term] = list

  const chunks: StoredDocument[][] = []
  documents.forEach((doc, d) => (chunks[Math.floor(d / CHUNK_SIZE)] ??= []).push([doc.id, doc.title, doc.titles]))

  const contents = [...shards, ...chunks].map((part) => JSON.stringify(part))
  const hash = createHash('sha256')
  for (const c of contents) hash.update(c).update('\0')
  const manifest: Manifest = { version: 1, dir: `search/${hash.digest('hex').slice(0, 12)}`, shards: shardCount, chunkSize: CHUNK_SIZE, documents: documents.length }
  const files: Record<string, string> = { [MANIFEST_PATH]: JSON.stringify(manifest) }
  shards.forEach((_, i) => (files[shardPath(manifest, i)] = contents[i]!))
  chunks.forEach((_, i) => (files[chunkPath(manifest, i)] = contents[shardCount + i]!))
  return files
}
