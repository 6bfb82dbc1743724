import { describe, expect, it } from 'vitest'
import { emptyFilters, mapping2013, matches, normalizeOldId, parseFilters, serializeFilters, type ExplorerControl } from '../../src/explorer'
import { controls } from '../../src/reference'

const list: ExplorerControl[] = controls.map((c) => ({
  id: c.id,
  title: c.title_ja,
  theme: c.theme,
  isNew: c.new_in_2022,
  origin: c.iso27001_2013,
  attributes: c.attributes,
  url: null
}))

describe('controls explorer', () => {
  it('reads filters from the URL and writes them back in a fixed order', () => {
    const query = '?new=1&type=Detective&theme=technological&property=Availability&concept=Respond'
    const filters = parseFilters(query)
    expect(filters).toMatchObject({ theme: 'technological', control_type: 'Detective', onlyNew: true })
    expect(serializeFilters(filters)).toBe('?theme=technological&type=Detective&property=Availability&concept=Respond&new=1')
    expect(serializeFilters(emptyFilters())).toBe('')
  })

  it('ignores values that are not in the reference data', () => {
    expect(parseFilters('?theme=legal&type=preventive')).toEqual(emptyFilters())
  })

  it('combines filters with AND', () => {
    const count = (q: string) => list.filter((c) => matches(c, parseFilters(q))).length
    expect(count('')).toBe(93)
    expect(count('?theme=organizational')).toBe(37)
    expect(count('?new=1')).toBe(11)
    expect(count('?theme=technological&new=1')).toBe(7)
    const expected = controls.filter(
      (c) => c.attributes.control_type.includes('Detective') && c.attributes.cybersecurity_concepts.includes('Detect')
    ).length
    expect(count('?type=Detective&concept=Detect')).toBe(expected)
  })

  it('maps 2013 numbers to the 2022 controls they went into', () => {
    expect(normalizeOldId(' a.12.6.1 ')).toBe('A.12.6.1')
    expect(normalizeOldId('１２．６．１')).toBe('A.12.6.1')
    const mapping = mapping2013(list)
    expect(mapping).toHaveLength(114)
    expect(mapping.find((m) => m.old === 'A.12.6.1')!.controls.map((c) => c.id)).toEqual(['8.8'])
    expect(mapping[0]!.old).toBe('A.5.1.1')
  })
})
