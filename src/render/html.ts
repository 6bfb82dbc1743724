const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)

/** A link to a page that exists, or the title as plain text when it does not yet. */
export const linkOrText = (title: string, url: string | null) =>
  url ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` : `<span>${escapeHtml(title)}</span>`
