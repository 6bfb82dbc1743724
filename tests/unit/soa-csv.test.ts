import { describe, expect, it } from 'vitest'
import { controls } from '../../src/reference'
import type { SoaEntries } from '../../src/store/schema'
import { SOA_CSV_HEADER, soaFromCsv, soaToCsv } from '../../src/templates/soa-csv'

const entries: SoaEntries = {
  '5.1': { applicable: 'はい', reason: '方針は取締役会で承認, "年1回"見直す', status: '実施済', evidence: '情報セキュリティ方針 第2版' },
  '7.6': { applicable: 'いいえ', reason: 'サーバー室を持たない\r\n本番はクラウド', status: '', evidence: '' },
  '8.24': { applicable: 'はい', reason: '', status: '計画中', evidence: 'T-004' }
}

describe('SoA CSV', () => {
  it('is UTF-8 with a BOM, CRLF, a Japanese header and one row per control', () => {
    const csv = soaToCsv(entries)
    expect(csv.startsWith('\uFEFF' + SOA_CSV_HEADER.join(',') + '\r\n')).toBe(true)
    expect(csv).toContain('5.1,情報セキュリティのための方針群,はい,"方針は取締役会で承認, ""年1回""見直す",実施済,情報セキュリティ方針 第2版\r\n')
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(soaFromCsv(csv).problems).toEqual([])
    expect(csv.split('\r\n').filter((line) => /^\d+\.\d+,/.test(line))).toHaveLength(controls.length)
  })

  it('round-trips exactly, commas, quotes and line breaks included', () => {
    expect(soaFromCsv(soaToCsv(entries))).toEqual({ entries, problems: [] })
  })

  it('lists every row that does not fit, and missing columns', () => {
    const csv = ['管理策番号,管理策名,適用,理由,実施状況,関連文書・証拠', '5.1,,たぶん,,,', '5.99,,はい,,,', '5.2,,はい,,済み,', '5.1,,はい,,,'].join('\r\n')
    expect(soaFromCsv(csv).problems).toEqual([
      '2行目：適用は「はい」「いいえ」又は空欄です（「たぶん」）',
      '3行目：「5.99」は附属書Aの管理策番号ではありません',
      '4行目：実施状況は「実施済」「一部実施」「未実施」「計画中」又は空欄です（「済み」）',
      '5行目：管理策5.1は2行目にもあります'
    ])
    expect(soaFromCsv('番号,適用\r\n5.1,はい\r\n').problems[0]).toBe('1行目：列「管理策番号」「理由」「実施状況」「関連文書・証拠」がありません（見出しの行が必要です）')
  })
})
