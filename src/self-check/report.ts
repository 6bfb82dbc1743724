import { clauseById, controls } from '../reference'
import { absoluteUrl } from '../site'
import { excelCsv as csv } from '../templates/csv'
import { markdownTable as table } from '../templates/markdown-table'
import { controlUrl, requirementUrl } from '../urls'
import { controlAnswer, topClause, type SelfCheckData } from './model'
import { clauseProgress, gaps, themeProgress, type Answers, type LinkMap } from './score'

const percent = (n: number) => `${Math.round(n * 100)}%`
const link = (title: string, url: string) => `[${title}](${absoluteUrl(url)})`

/** The self-check result as Markdown: progress, the gaps (likely major nonconformities first), every answer. */
export function reportMarkdown(data: SelfCheckData, answers: Answers, links: LinkMap, date: string): string {
  const found = gaps(data, answers, links)
  const gapLine = (g: (typeof found)[number]) =>
    `- ${link(`${g.kind === 'clause' ? '箇条' : '管理策'}${g.id} ${g.links.title}`, g.links.url)}（${g.answer}）：${g.text}` +
    (g.major ? `\n  - 重大な不適合になり得る理由：${g.major}` : '') +
    (g.links.templates.length ? `\n  - 使えるテンプレート：${g.links.templates.map((t) => link(t.title, t.url)).join('、')}` : '')
  return [
    `# ISMSセルフチェックの結果（${date}）`,
    '',
    '## 進み具合',
    '',
    table(['箇条', '回答済み', '達成度'], clauseProgress(data, answers).map((p) => [p.label, `${p.answered}/${p.total}`, percent(p.done)])),
    '',
    table(
      ['管理策のテーマ', '回答済み', '適用', '適用した管理策の実施度'],
      themeProgress(answers).map((p) => [p.label, `${p.answered}/${p.total}`, String(p.applicable), p.applicable ? percent(p.done) : '—'])
    ),
    '',
    '## 対応が必要な項目',
    '',
    found.length ? found.map(gapLine).join('\n') : '「一部」や「できていない」と回答した項目はありません。',
    '',
    '## すべての回答',
    '',
    table(['箇条', '質問', '回答'], data.questions.map((q) => [q.clause, q.question, answers.clauses[q.id] ?? '未回答'])),
    '',
    table(['管理策', '回答', '理由'], controls.map((c) => [`${c.id} ${c.title_ja}`, controlAnswer(answers.soa[c.id]) ?? '未回答', answers.soa[c.id]?.reason ?? ''])),
    ''
  ].join('\n')
}

export function reportCsv(data: SelfCheckData, answers: Answers): string {
  return csv(
    ['区分', '番号', '項目', '回答'],
    [
      ...data.questions.map((q) => ['要求事項', q.clause, q.question, answers.clauses[q.id] ?? '']),
      ...controls.map((c) => ['管理策', c.id, c.title_ja, controlAnswer(answers.soa[c.id]) ?? ''])
    ]
  )
}

/**
 * The internal-audit checklist made from the same questions: per subclause and per control, what to confirm and the
 * evidence to look at. With answers, controls answered 除外 are left out; without, every control is listed.
 */
function checklistRows(data: SelfCheckData, answers?: Answers) {
  const listed = controls.filter((c) => controlAnswer(answers?.soa[c.id]) !== '除外')
  return {
    clauses: data.questions.map((q) => ({ id: q.clause, title: clauseById.get(q.clause)!.title_ja, check: q.question, evidence: q.evidence })),
    controls: listed.map((c) => ({ id: c.id, title: c.title_ja, evidence: data.controlEvidence[c.id]! }))
  }
}

export function checklistMarkdown(data: SelfCheckData, answers?: Answers): string {
  const header = table(['監査の日付', '監査員', '被監査部門'], [['', '', '']])
  return ['# 内部監査チェックリスト', '', header, '', checklistBody(data, answers, absoluteUrl)].join('\n')
}

/** The checklist's sections; `url` makes the links (site paths on the site, absolute in downloads). */
export function checklistBody(data: SelfCheckData, answers?: Answers, url: (path: string) => string = (path) => path): string {
  const rows = checklistRows(data, answers)
  const tops = [...new Set(rows.clauses.map((r) => topClause(r.id)))]
  const link = (title: string, path: string) => `[${title}](${url(path)})`
  return [
    '## 要求事項（箇条4〜10）',
    '',
    ...tops.flatMap((top) => [
      `### ${top} ${clauseById.get(top)!.title_ja}`,
      '',
      table(
        ['箇条', '確認すること', '確かめる証拠', '結果', 'メモ'],
        rows.clauses.filter((r) => topClause(r.id) === top).map((r) => [link(`${r.id} ${r.title}`, requirementUrl(r.id)), r.check, r.evidence, '', ''])
      ),
      ''
    ]),
    '## 附属書Aの管理策',
    '',
    answers ? '適用宣言書で除外した管理策は載せていません。' : '適用宣言書で除外した管理策の行は削除してください。',
    '',
    table(['管理策', '確かめる証拠', '結果', 'メモ'], rows.controls.map((r) => [link(`${r.id} ${r.title}`, controlUrl(r.id)), r.evidence, '', ''])),
    ''
  ].join('\n')
}

export function checklistCsv(data: SelfCheckData, answers?: Answers): string {
  const rows = checklistRows(data, answers)
  return csv(
    ['区分', '番号', '名称', '確認すること', '確かめる証拠', '結果', 'メモ'],
    [
      ...rows.clauses.map((r) => ['要求事項', r.id, r.title, r.check, r.evidence, '', '']),
      ...rows.controls.map((r) => ['管理策', r.id, r.title, `${r.title}を実施しているか`, r.evidence, '', ''])
    ]
  )
}
