import { createHash } from 'node:crypto'

// Characters that cannot be part of a file name on common systems or would change a URL's meaning.
const UNSAFE = /[/\\:*?"<>|#%\u0000-\u001f\u007f]/

/**
 * The path segment of a tag's page. A tag that is also a safe file name is used as it is
 * (percent-encoded in links); any other tag gets a readable slug with a stable hash, so that
 * `ISO/IEC 27001` and `ISO-IEC 27001` never collide.
 */
export function tagSlug(tag: string): string {
  const normalized = tag.normalize('NFC')
  const safe =
    !UNSAFE.test(normalized) &&
    !normalized.startsWith('.') &&
    normalized.trim() === normalized &&
    normalized.toLowerCase() !== 'index' // blog/tags/index is the list of tags
  if (safe) {
    return normalized
  }
  const readable = normalized.replace(new RegExp(UNSAFE.source, 'g'), '-').replace(/^[.\s-]+|[\s-]+$/g, '')
  const hash = createHash('sha256').update(normalized).digest('hex').slice(0, 8)
  return readable ? `${readable}-${hash}` : hash
}

/** Site path of a tag's page N (1-based). */
export function tagPath(tag: string, page = 1): string {
  const base = `/blog/tags/${encodeURIComponent(tagSlug(tag))}`
  return page === 1 ? base : `${base}/page/${page}`
}
