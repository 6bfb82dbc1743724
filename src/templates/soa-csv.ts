import Papa from 'papaparse'
import { controls } from '../reference'
import { checkSoaEntry, isEmptyEntry, type SoaEntries } from '../store/schema'
import { excelCsv } from './csv'

/** The SoA as CSV for Excel (see ./csv.ts): one row per control in the standard's order, Japanese headers. */
export const SOA_CSV_HEADER = ['管理策番号', '管理策名', '適用', '理由', '実施状況', '関連文書・証拠'] as const
const FIELDS = { 適用: 'applicable', 理由: 'reason', 実施状況: 'status', '関連文書・証拠': 'evidence' } as const

export function soaToCsv(entries: SoaEntries): string {
  const rows = controls.map((c) => {
    const e = entries[c.id]
    return [c.id, c.title_ja, e?.applicable ?? '', e?.reason ?? '', e?.status ?? '', e?.evidence ?? '']
  })
  return excelCsv(SOA_CSV_HEADER, rows)
}

export interface ParsedSoaCsv {
  entries: SoaEntries
  /** Each problem names its row (the header is row 1, as Excel numbers them). */
  problems: string[]
}

/** Reads a CSV written by `soaToCsv` (or edited in Excel). Any problem means nothing should be imported. */
export function soaFromCsv(text: string): ParsedSoaCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [header = [], ...rows] = parsed.data
  const problems: string[] = parsed.errors.map((e) => `${(e.row ?? 0) + 1}行目：CSVとして読めません（${e.message}）`)
  const column = new Map(header.map((name, i) => [name.trim(), i]))
  const missing = ['管理策番号', ...Object.keys(FIELDS)].filter((name) => !column.has(name))
  if (missing.length) return { entries: {}, problems: [`1行目：列「${missing.join('」「')}」がありません（見出しの行が必要です）`, ...problems] }

  const entries: SoaEntries = {}
  const seen = new Map<string, number>()
  rows.forEach((row, i) => {
    const line = i + 2
    const cell = (name: string) => row[column.get(name)!] ?? ''
    const id = cell('管理策番号').trim()
    if (seen.has(id)) problems.push(`${line}行目：管理策${id}は${seen.get(id)}行目にもあります`)
    seen.set(id, line)
    const input = Object.fromEntries(Object.entries(FIELDS).map(([name, key]) => [key, cell(name)]))
    const checked = checkSoaEntry(id, input, `${line}行目`)
    problems.push(...checked.problems)
    if (checked.value && !isEmptyEntry(checked.value)) entries[id] = checked.value
  })
  return { entries, problems }
}
