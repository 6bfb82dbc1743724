import { clauses } from '../reference'
import { emptySoaEntry, type ClauseAnswer, type SoaEntry } from '../store/schema'

/**
 * The readiness self-check: questions per subclause of clauses 4–10 (data/self-check.yaml, loaded by
 * ./questions.ts) and every Annex A control, whose answers are the SoA's 適用 and 実施状況 (one store).
 * Plain data and functions, shared by the page, the reports and the tests.
 */
export { CLAUSE_ANSWERS, type ClauseAnswer } from '../store/schema'

export const CONTROL_ANSWERS = ['適用・実施済', '適用・一部', '適用・未実施', '除外'] as const
export type ControlAnswer = (typeof CONTROL_ANSWERS)[number]

export interface Question {
  id: string
  clause: string
  question: string
  evidence: string
}

export interface SelfCheckData {
  questions: Question[]
  /** Control id → what an auditor looks at. */
  controlEvidence: Record<string, string>
  /** Subclause id → why its absence is usually a major nonconformity (interpretation). */
  major: Record<string, string>
}

/** Subclauses that carry requirements themselves: clauses 4–10 without children of their own. */
export const LEAF_CLAUSES = clauses.filter((c) => c.parent !== null && !clauses.some((child) => child.parent === c.id)).map((c) => c.id)

/** The top-level clause (4 … 10) of a subclause. */
export const topClause = (id: string) => id.split('.')[0]!

/** A control's answer, read from its SoA entry; null when not answered in a way the self-check can show. */
export function controlAnswer(entry: SoaEntry | undefined): ControlAnswer | null {
  if (entry?.applicable === 'いいえ') return '除外'
  if (entry?.applicable !== 'はい') return null
  if (entry.status === '実施済') return '適用・実施済'
  if (entry.status === '一部実施') return '適用・一部'
  if (entry.status === '未実施' || entry.status === '計画中') return '適用・未実施'
  return null
}

/** The SoA entry after answering a control here: 適用 and 実施状況 change, the reason and evidence stay. */
export function withControlAnswer(entry: SoaEntry | undefined, answer: ControlAnswer): SoaEntry {
  const base = entry ?? emptySoaEntry()
  if (answer === '除外') return { ...base, applicable: 'いいえ', status: '' }
  const status = answer === '適用・実施済' ? '実施済' : answer === '適用・一部' ? '一部実施' : base.status === '計画中' ? '計画中' : '未実施'
  return { ...base, applicable: 'はい', status }
}
