/**
 * Post dates are calendar dates in Asia/Tokyo written `YYYY-MM-DD`. They are formatted from
 * their digits, never through the runtime's time zone, so server and browser agree.
 */

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000 // Japan has kept UTC+9 without daylight saving time since 1952

const parts = (isoDate: string) => isoDate.split('-').map(Number) as [number, number, number]

/** `2026-01-28` → `2026年1月28日` */
export function formatJapaneseDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate)
  return `${y}年${m}月${d}日`
}

/** The instant a post is dated: midnight in Tokyo. */
export function tokyoMidnight(isoDate: string): Date {
  const [y, m, d] = parts(isoDate)
  return new Date(Date.UTC(y, m - 1, d) - TOKYO_OFFSET_MS)
}

/** A moment as its calendar date in Tokyo, written `2026-01-28`. */
export const tokyoIsoDate = (epochMs: number) => new Date(epochMs + TOKYO_OFFSET_MS).toISOString().slice(0, 10)

/** A moment (e.g. a page's last git commit) as its calendar date in Tokyo: `2026年1月28日`. */
export function formatTokyoDate(epochMs: number): string {
  return formatJapaneseDate(tokyoIsoDate(epochMs))
}
