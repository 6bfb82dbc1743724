import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createBackup, describeData, parseBackup } from '../../src/store/backup'
import { checkSoaEntries, checkValues } from '../../src/store/schema'
import { isPersistent, onChange, read, resetStoreForTests, storageKey, write } from '../../src/store/storage'

function fakeLocalStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items
  }
}

describe('browser storage', () => {
  beforeEach(() => {
    resetStoreForTests()
    vi.unstubAllGlobals()
  })

  it('keeps each kind under one versioned, namespaced key and reads it back checked', () => {
    const storage = fakeLocalStorage()
    vi.stubGlobal('localStorage', storage)
    write('values', { 組織名: '株式会社サンプル' })
    expect(storageKey('values')).toBe('isms-guide:v1:values')
    expect(JSON.parse(storage.items.get('isms-guide:v1:values')!)).toEqual({ 組織名: '株式会社サンプル' })
    expect(read('values')).toEqual({ value: { 組織名: '株式会社サンプル' }, problems: [] })
    expect(isPersistent()).toBe(true)
  })

  it('reads a damaged or foreign value as far as it fits, and says what it left out', () => {
    const storage = fakeLocalStorage()
    vi.stubGlobal('localStorage', storage)
    storage.setItem('isms-guide:v1:values', '{not json')
    expect(read('values')).toEqual({ value: {}, problems: ['保存されていたデータが壊れているため読み込めませんでした'] })
    storage.setItem('isms-guide:v1:soa', JSON.stringify({ '5.1': { applicable: 'はい' }, '9.9': { applicable: 'はい' }, '5.2': { status: '済み' } }))
    const soa = read('soa')
    expect(soa.value).toEqual({ '5.1': { applicable: 'はい', reason: '', status: '', evidence: '' } })
    expect(soa.problems).toHaveLength(2)
  })

  it('falls back to memory where storage is unavailable, and says so', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new Error('SecurityError')
      },
      removeItem: () => {}
    })
    write('values', { 組織名: 'A社' })
    expect(isPersistent()).toBe(false)
    expect(read('values').value).toEqual({ 組織名: 'A社' })
  })

  it('tells listeners what changed', () => {
    vi.stubGlobal('localStorage', fakeLocalStorage())
    const seen: string[] = []
    const stop = onChange((kind) => seen.push(kind))
    write('soa', {})
    stop()
    write('values', {})
    expect(seen).toEqual(['soa'])
  })
})

describe('schemas', () => {
  it('keeps known placeholder values and reports unknown names', () => {
    expect(checkValues({ 組織名: ' A社 ', 会社名: 'B', 版数: 1.5, 承認者: '' })).toEqual({
      value: { 組織名: 'A社', 版数: '1.5' },
      problems: ['「会社名」はテンプレートで使う項目名ではありません']
    })
  })

  it('accepts only the SoA values the builder offers', () => {
    const { value, problems } = checkSoaEntries({ '8.24': { applicable: 'はい', status: '計画中', reason: 'R-001', evidence: '' }, '8.25': { applicable: '適用' } })
    expect(value).toEqual({ '8.24': { applicable: 'はい', reason: 'R-001', status: '計画中', evidence: '' } })
    expect(problems[0]).toMatch(/^管理策8\.25：適用は「はい」「いいえ」又は空欄です（「適用」）/)
  })
})

describe('backup', () => {
  const data = { values: { 組織名: 'A社' }, selfcheck: { '6.1.2-1': 'できている' as const }, soa: { '5.1': { applicable: 'はい' as const, reason: '方針, "規程"\n改行', status: '実施済' as const, evidence: '' } } }

  it('round-trips everything the site stores', () => {
    const file = createBackup(data, '2026-12-07T00:00:00.000Z')
    expect(parseBackup(file)).toEqual({ data, problems: [] })
    expect(describeData(data)).toBe('テンプレートの値1件、適用宣言書1行、セルフチェックの回答1件')
  })

  it('rejects a file that is not a backup, of another version, or with values that do not fit', () => {
    expect(parseBackup('{').problems[0]).toMatch(/JSONとして読み込めません/)
    expect(parseBackup('{"format":"other"}').problems[0]).toMatch(/バックアップのファイルではありません/)
    expect(parseBackup(JSON.stringify({ format: 'isms-guide-backup', version: 2, data: {} })).problems[0]).toMatch(/版（2）に対応していません/)
    const bad = parseBackup(JSON.stringify({ format: 'isms-guide-backup', version: 1, data: { values: { 会社名: 'x' }, soa: {} } }))
    expect(bad).toEqual({ data: null, problems: ['「会社名」はテンプレートで使う項目名ではありません'] })
  })
})
