import { THEME_LABELS } from '../labels'
import { CONTROLS_BY_THEME, clauseById, controlById } from '../reference'
import type { SoaEntries } from '../store/schema'
import { CLAUSE_ANSWERS, controlAnswer, topClause, type ClauseAnswer, type ControlAnswer, type SelfCheckData } from './model'

export interface Answers {
  clauses: Record<string, ClauseAnswer>
  soa: SoaEntries
}

/** Where a gap leads: its page and the templates that serve it (built from the relations in frontmatter). */
export interface PageLinks {
  title: string
  url: string
  templates: { title: string; url: string }[]
}
export type LinkMap = Record<string, PageLinks>

export interface Progress {
  id: string
  label: string
  total: number
  answered: number
  /** Share of the whole group done: できている / 実施済 count 1, 一部 counts ½. */
  done: number
}

const CLAUSE_WEIGHT: Record<ClauseAnswer, number> = { できている: 1, 一部: 0.5, できていない: 0 }
const CONTROL_WEIGHT: Record<ControlAnswer, number> = { '適用・実施済': 1, '適用・一部': 0.5, '適用・未実施': 0, 除外: 0 }

export function clauseProgress(data: SelfCheckData, answers: Answers): Progress[] {
  const tops = [...new Set(data.questions.map((q) => topClause(q.clause)))]
  return tops.map((top) => {
    const questions = data.questions.filter((q) => topClause(q.clause) === top)
    const given = questions.map((q) => answers.clauses[q.id]).filter((a): a is ClauseAnswer => CLAUSE_ANSWERS.includes(a!))
    return {
      id: top,
      label: `${top} ${clauseById.get(top)!.title_ja}`,
      total: questions.length,
      answered: given.length,
      done: given.reduce((sum, a) => sum + CLAUSE_WEIGHT[a], 0) / questions.length
    }
  })
}

/** Per control theme: how many are answered, and how far the applicable ones are implemented. */
export function themeProgress(answers: Answers): (Progress & { applicable: number })[] {
  return CONTROLS_BY_THEME.map(({ theme, controls }) => {
    const given = controls.map((c) => controlAnswer(answers.soa[c.id])).filter((a): a is ControlAnswer => a !== null)
    const applicable = given.filter((a) => a !== '除外')
    return {
      id: theme,
      label: THEME_LABELS[theme],
      total: controls.length,
      answered: given.length,
      applicable: applicable.length,
      done: applicable.length ? applicable.reduce((sum, a) => sum + CONTROL_WEIGHT[a], 0) / applicable.length : 0
    }
  })
}

export interface Gap {
  kind: 'clause' | 'control'
  /** Subclause or control number. */
  id: string
  /** The question, or the control's title. */
  text: string
  answer: ClauseAnswer | ControlAnswer
  links: PageLinks
  /** Why an auditor would treat it as a major nonconformity (interpretation), when it applies. */
  major: string | null
}

/**
 * Everything answered as not (fully) in place, in the standard's order, the likely major nonconformities first:
 * a subclause listed as major whose question is answered できていない.
 */
export function gaps(data: SelfCheckData, answers: Answers, links: LinkMap): Gap[] {
  const clauseGaps: Gap[] = data.questions
    .filter((q) => answers.clauses[q.id] === '一部' || answers.clauses[q.id] === 'できていない')
    .map((q) => ({
      kind: 'clause',
      id: q.clause,
      text: q.question,
      answer: answers.clauses[q.id]!,
      links: links[q.clause]!,
      major: answers.clauses[q.id] === 'できていない' ? (data.major[q.clause] ?? null) : null
    }))
  const controlGaps: Gap[] = [...controlById.keys()].flatMap((id) => {
    const answer = controlAnswer(answers.soa[id])
    if (answer !== '適用・一部' && answer !== '適用・未実施') return []
    return [{ kind: 'control' as const, id, text: controlById.get(id)!.title_ja, answer, links: links[id]!, major: null }]
  })
  const all = [...clauseGaps, ...controlGaps]
  return [...all.filter((g) => g.major), ...all.filter((g) => !g.major)]
}
