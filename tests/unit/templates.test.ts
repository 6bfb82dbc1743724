import { describe, expect, it } from 'vitest'
import { controls } from '../../src/reference'
import { guidanceProblems, removeGuidance } from '../../src/templates/guidance'
import { PLACEHOLDERS, unknownPlaceholders } from '../../src/templates/placeholders'
import { SOA_COLUMNS, soaTableMarkdown } from '../../src/templates/soa'

const TEMPLATE = `# 情報セキュリティ方針

::: guide
作成者向けの説明です。
:::

<!-- textlint-disable ja-technical-writing/no-mix-dearu-desumasu -->

| 項目 | 内容 |
|---|---|
| 版数 | {{版数}} |

## 1 目的

本方針は{{組織名}}の方針である。

::: guide この節の書き方
- 例の数値は変えてください。
:::

:::tip
本文の囲み
:::
`

describe('guidance', () => {
  it('removes guide blocks and editor comments and keeps the document', () => {
    const doc = removeGuidance(TEMPLATE)
    expect(doc).not.toContain('作成者向け')
    expect(doc).not.toContain('例の数値')
    expect(doc).not.toContain('textlint')
    expect(doc).toContain('本方針は{{組織名}}の方針である。')
    expect(doc).toContain(':::tip\n本文の囲み\n:::')
    expect(doc).not.toMatch(/\n\n\n/)
    expect(doc.startsWith('# 情報セキュリティ方針\n\n| 項目 | 内容 |')).toBe(true)
  })

  it('reports unclosed and nested guide blocks with their lines', () => {
    expect(guidanceProblems(TEMPLATE)).toEqual([])
    expect(guidanceProblems('::: guide\ntext\n')).toEqual(['line 1: the guide block is not closed with ":::"'])
    expect(guidanceProblems('::: guide\n::: guide\n:::\n')).toEqual(['line 2: a guide block opens inside the guide block of line 1'])
    expect(guidanceProblems('::: guide\n::: tip\n:::\n:::\n')[0]).toMatch(/^line 2: a container inside/)
  })
})

describe('placeholders', () => {
  it('have unique names, hints and examples', () => {
    const names = PLACEHOLDERS.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const p of PLACEHOLDERS) expect(p.hint && p.example).toBeTruthy()
    for (const name of ['組織名', 'ISMS責任者', '承認者', '発効日', '適用範囲', '版数']) expect(names).toContain(name)
  })

  it('lists names that are not in the shared list, each once', () => {
    expect(unknownPlaceholders('{{組織名}} {{会社名}} {{版数}} {{会社名}} {{ 組織名 }}')).toEqual(['会社名', ' 組織名 '])
    expect(unknownPlaceholders(TEMPLATE)).toEqual([])
  })
})

describe('the SoA table', () => {
  it('has one row per control in four theme tables, linked to the control pages', () => {
    const md = soaTableMarkdown()
    const rows = md.split('\n').filter((line) => /^\| \[\d+\.\d+ /.test(line))
    expect(rows.map((row) => /\[(\d+\.\d+) /.exec(row)![1])).toEqual(controls.map((c) => c.id))
    expect(md.match(/^### /gm)).toHaveLength(4)
    expect(md).toContain(`| ${SOA_COLUMNS.join(' | ')} |`)
    expect(rows[0]).toBe('| [5.1 情報セキュリティのための方針群](/controls/a-5-1) |  |  |  |  |')
  })

  it('fills in the reader’s rows, keeping pipes and line breaks inside their cells', () => {
    const rows = new Map([['8.24', { applicable: 'はい' as const, reason: 'TLS|保存時の暗号化\n鍵はKMS', status: '実施済' as const, evidence: '暗号化規程' }]])
    const row = soaTableMarkdown(rows).split('\n').find((line) => line.includes('8.24'))!
    expect(row).toBe('| [8.24 暗号の利用](/controls/a-8-24) | はい | TLS\\|保存時の暗号化<br>鍵はKMS | 実施済 | 暗号化規程 |')
  })
})
