/** Japanese readers manage roughly 500 characters a minute. */
export const CHARACTERS_PER_MINUTE = 500

/** Characters a reader actually reads in a Markdown body: no markup, URLs, HTML tags or whitespace. */
export function countReadableCharacters(markdown: string): number {
  const text = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '') // fenced code is skimmed, not read
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.|\|)\s?/gm, '')
    .replace(/[*_`|~#>]/g, '')
  return [...text.replace(/\s+/g, '')].length
}

/** Whole minutes, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countReadableCharacters(markdown) / CHARACTERS_PER_MINUTE))
}

export const formatReadingTime = (minutes: number) => `約${minutes}分`
