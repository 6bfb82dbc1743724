import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT_DIR } from '../../src/paths'
import { controls } from '../../src/reference'
import { LEAF_CLAUSES, controlAnswer, withControlAnswer } from '../../src/self-check/model'
import { SELF_CHECK_FILE, loadSelfCheck, parseSelfCheck } from '../../src/self-check/questions'
import { checklistCsv, checklistMarkdown, reportCsv, reportMarkdown } from '../../src/self-check/report'
import { clauseProgress, gaps, themeProgress, type Answers, type LinkMap } from '../../src/self-check/score'

const data = loadSelfCheck()
const source = fs.readFileSync(path.join(ROOT_DIR, SELF_CHECK_FILE), 'utf8')
const links: LinkMap = Object.fromEntries(
  [...LEAF_CLAUSES, ...controls.map((c) => c.id)].map((id) => [id, { title: `title ${id}`, url: `/x/${id}`, templates: id === '6.1.2' ? [{ title: 'リスク評価表', url: '/isms/risk/risk-register' }] : [] }])
)

describe('self-check questions', () => {
  it('ask about every subclause of clauses 4–10 and give evidence for every control', () => {
    expect([...new Set(data.questions.map((q) => q.clause))]).toEqual(LEAF_CLAUSES)
    expect(LEAF_CLAUSES).toHaveLength(30)
    expect(Object.keys(data.controlEvidence).sort()).toEqual(controls.map((c) => c.id).sort())
  })

  it.each([
    ['an unknown subclause', (s: string) => s.replace('  "4.1":', '  "4.9":'), /"clauses\.4\.9": not a subclause/],
    ['a subclause without a question', (s: string) => s.replace(/  "4\.1":\n(    .*\n)+/, ''), /"clauses": subclause 4\.1 has no question/],
    ['an unknown control', (s: string) => s.replace('  "8.34":', '  "8.99":'), /"controls\.8\.99": not an Annex A control/],
    ['a question id of another subclause', (s: string) => s.replace('id: "4.1-1"', 'id: "4.2-9"'), /"clauses\.4\.1\.0\.id": expected "4\.1-N"/]
  ])('stop the build for %s, naming the file and the field', (_, edit, message) => {
    expect(() => parseSelfCheck(edit(source))).toThrow(new RegExp(`${SELF_CHECK_FILE.replace('.', '\\.')}: ${message.source}`))
  })
})

describe('control answers are the SoA', () => {
  it('maps each answer to 適用 and 実施状況 and back, keeping the reason', () => {
    const entry = { applicable: 'はい' as const, reason: 'R-001', status: '計画中' as const, evidence: 'T-1' }
    expect(controlAnswer(entry)).toBe('適用・未実施')
    expect(withControlAnswer(entry, '適用・一部')).toEqual({ ...entry, status: '一部実施' })
    expect(withControlAnswer(entry, '除外')).toEqual({ ...entry, applicable: 'いいえ', status: '' })
    expect(withControlAnswer(entry, '適用・未実施').status).toBe('計画中')
    expect(controlAnswer({ applicable: 'はい', reason: '', status: '', evidence: '' })).toBeNull()
  })
})

describe('scoring and the report', () => {
  const first = data.questions.find((q) => q.clause === '6.1.2')!
  const other = data.questions.find((q) => q.clause === '7.3')!
  const answers: Answers = {
    clauses: { [other.id]: '一部', [first.id]: 'できていない', [data.questions[0]!.id]: 'できている' },
    soa: {
      '5.1': { applicable: 'はい', reason: '', status: '実施済', evidence: '' },
      '5.2': { applicable: 'はい', reason: '', status: '一部実施', evidence: '' },
      '7.6': { applicable: 'いいえ', reason: 'サーバー室なし', status: '', evidence: '' }
    }
  }

  it('measures progress per clause and per theme', () => {
    const four = clauseProgress(data, answers).find((p) => p.id === '4')!
    expect(four.answered).toBe(1)
    expect(four.done).toBeCloseTo(1 / four.total)
    const org = themeProgress(answers).find((p) => p.id === 'organizational')!
    expect(org).toMatchObject({ answered: 2, applicable: 2, done: 0.75 })
    expect(themeProgress(answers).find((p) => p.id === 'physical')).toMatchObject({ answered: 1, applicable: 0 })
  })

  it('lists gaps in clause order with the likely major nonconformities first', () => {
    const list = gaps(data, answers, links)
    expect(list.map((g) => `${g.kind}:${g.id}`)).toEqual(['clause:6.1.2', 'clause:7.3', 'control:5.2'])
    expect(list[0]!.major).toMatch(/本サイトの解釈/)
    expect(list[0]!.links.templates).toEqual([{ title: 'リスク評価表', url: '/isms/risk/risk-register' }])
  })

  it('writes the report as Markdown and as CSV for Excel', () => {
    const md = reportMarkdown(data, answers, links, '2026年12月7日')
    expect(md.startsWith('# ISMSセルフチェックの結果（2026年12月7日）\n')).toBe(true)
    expect(md).toContain('重大な不適合になり得る理由')
    expect(md).toContain('| 7.6 セキュリティを保つべき領域での作業 | 除外 | サーバー室なし |')
    const csv = reportCsv(data, answers)
    expect(csv.startsWith('\uFEFF区分,番号,項目,回答\r\n')).toBe(true)
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + data.questions.length + controls.length)
  })

  it('makes the internal-audit checklist from the same questions, without excluded controls when answers say so', () => {
    const all = checklistMarkdown(data)
    for (const q of data.questions) expect(all).toContain(q.evidence.replaceAll('|', '\\|'))
    expect(all).toContain('[7.6 セキュリティを保つべき領域での作業]')
    expect(checklistMarkdown(data, answers)).not.toContain('[7.6 セキュリティを保つべき領域での作業]')
    expect(checklistCsv(data).split('\r\n').filter(Boolean)).toHaveLength(1 + data.questions.length + controls.length)
  })
})
