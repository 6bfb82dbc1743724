/**
 * The search index as files, so that a query downloads only what it needs:
 *
 * - `search/index.json`, the manifest: how many term shards and document chunks there are, and the
 *   directory (named by the content's hash, so the files can be cached for good) that holds them;
 * - `t{n}.json`, a term shard: every term whose first character falls in shard n, with its postings
 *   `[section, score, section, score, …]` (sections as gaps from the previous one, scores ×100);
 * - `d{n}.json`, a document chunk: `[url#anchor, title, [parent titles]]` of `chunkSize` sections.
 *
 * A term and all terms it is a prefix of share a first character, so one shard answers both.
 */
export const MANIFEST_PATH = 'search/index.json'

export interface Manifest {
  version: 1
  dir: string
  shards: number
  chunkSize: number
  documents: number
}

/** A section's display data: where it is, its heading, and the headings above it. */
export type StoredDocument = [id: string, title: string, titles: string[]]
export type Shard = Record<string, number[]>

export const SCORE_SCALE = 100

export const shardOf = (term: string, shards: number) => term.codePointAt(0)! % shards
export const shardPath = (manifest: Manifest, shard: number) => `${manifest.dir}/t${shard}.json`
export const chunkPath = (manifest: Manifest, chunk: number) => `${manifest.dir}/d${chunk}.json`

export function isManifest(value: unknown): value is Manifest {
  const m = value as Manifest
  return (
    !!m && m.version === 1 && typeof m.dir === 'string' && [m.shards, m.chunkSize, m.documents].every((n) => Number.isInteger(n) && n >= 0)
  )
}
