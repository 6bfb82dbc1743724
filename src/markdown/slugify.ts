const CONTROL = /[\u0000-\u001f]/g
const SPECIAL = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g
const COMBINING = /[\u0300-\u036F]/g

/**
 * Heading ids as VitePress makes them, but in NFC. VitePress's own slugify decomposes text
 * (NFKD), which leaves kana such as ブ as two code points in ids while links written in
 * Markdown keep the composed form, so `#…ブ…` never matched.
 */
export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(CONTROL, '')
    .replace(SPECIAL, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase()
    .normalize('NFC')
