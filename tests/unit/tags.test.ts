import { describe, expect, it } from 'vitest'
import { tagPath, tagSlug } from '../../src/tags'

describe('tag slugs', () => {
  it('uses a tag that is a safe file name as it is', () => {
    expect(tagSlug('入門')).toBe('入門')
    expect(tagSlug('ISO 27001')).toBe('ISO 27001')
    expect(tagSlug('R&D')).toBe('R&D')
  })

  it('gives a stable, readable slug to a tag that cannot be a file name', () => {
    const slug = tagSlug('ISO/IEC 27001')
    expect(slug).toMatch(/^ISO-IEC 27001-[0-9a-f]{8}$/)
    expect(tagSlug('ISO/IEC 27001')).toBe(slug)
    expect(tagSlug('<script>')).toMatch(/^script-[0-9a-f]{8}$/)
  })

  it('never lets two tags share a page', () => {
    const tags = ['ISO/IEC 27001', 'ISO-IEC 27001', 'ISO:IEC 27001', 'a?b', 'a#b', 'a%b', '..', 'index', 'Index']
    expect(new Set(tags.map(tagSlug)).size).toBe(tags.length)
  })

  it('treats composed and decomposed kana as the same tag', () => {
    expect(tagSlug('バックアップ'.normalize('NFD'))).toBe('バックアップ')
  })

  it('percent-encodes tag URLs and numbers later pages', () => {
    expect(tagPath('入門')).toBe('/blog/tags/%E5%85%A5%E9%96%80')
    expect(tagPath('ISO 27001', 2)).toBe('/blog/tags/ISO%2027001/page/2')
    expect(tagPath('R&D')).toBe('/blog/tags/R%26D')
  })
})
