import { controlById } from '../reference'
import { PLACEHOLDER_NAMES } from '../templates/placeholders'

/**
 * The shapes of what the site keeps in the reader's browser, checked whenever they are read (from storage, a
 * backup file, a CSV or organization.yaml): a value that does not fit is reported, never silently used.
 */
export const APPLICABILITY = ['はい', 'いいえ'] as const
export const IMPLEMENTATION = ['実施済', '一部実施', '未実施', '計画中'] as const
/** The self-check's answers to a question on clauses 4–10. */
export const CLAUSE_ANSWERS = ['できている', '一部', 'できていない'] as const
export type ClauseAnswer = (typeof CLAUSE_ANSWERS)[number]

export interface SoaEntry {
  applicable: '' | (typeof APPLICABILITY)[number]
  reason: string
  status: '' | (typeof IMPLEMENTATION)[number]
  evidence: string
}

/** The reader's values for the placeholders, by name (組織名 → 株式会社サンプル). */
export type PlaceholderValues = Record<string, string>

/** A control nobody has answered yet. */
export const emptySoaEntry = (): SoaEntry => ({ applicable: '', reason: '', status: '', evidence: '' })
export type SoaEntries = Record<string, SoaEntry>

export interface Checked<T> {
  value: T
  problems: string[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Placeholder values: known names with text values. Unknown names are reported and left out. */
export function checkValues(input: unknown): Checked<PlaceholderValues> {
  if (!isRecord(input)) return { value: {}, problems: ['プレースホルダーの値が「名前: 値」の形になっていません'] }
  const value: PlaceholderValues = {}
  const problems: string[] = []
  for (const [name, text] of Object.entries(input)) {
    if (!PLACEHOLDER_NAMES.has(name)) problems.push(`「${name}」はテンプレートで使う項目名ではありません`)
    else if (typeof text !== 'string' && typeof text !== 'number') problems.push(`「${name}」の値が文字列ではありません`)
    else if (String(text).trim()) value[name] = String(text).trim()
  }
  return { value, problems }
}

/** One control's SoA entry; `where` names the row or key in messages. */
export function checkSoaEntry(id: string, input: unknown, where: string): Checked<SoaEntry | null> {
  const problems: string[] = []
  if (!controlById.has(id)) problems.push(`${where}：「${id}」は附属書Aの管理策番号ではありません`)
  if (!isRecord(input)) return { value: null, problems: [...problems, `${where}：内容が読み取れません`] }
  const text = (key: string) => (input[key] === undefined || input[key] === null ? '' : String(input[key]))
  const applicable = text('applicable').trim()
  const status = text('status').trim()
  if (applicable && !(APPLICABILITY as readonly string[]).includes(applicable)) {
    problems.push(`${where}：適用は「${APPLICABILITY.join('」「')}」又は空欄です（「${applicable}」）`)
  }
  if (status && !(IMPLEMENTATION as readonly string[]).includes(status)) {
    problems.push(`${where}：実施状況は「${IMPLEMENTATION.join('」「')}」又は空欄です（「${status}」）`)
  }
  if (problems.length) return { value: null, problems }
  return {
    value: { applicable: applicable as SoaEntry['applicable'], reason: text('reason'), status: status as SoaEntry['status'], evidence: text('evidence') },
    problems
  }
}

export function checkSoaEntries(input: unknown): Checked<SoaEntries> {
  if (!isRecord(input)) return { value: {}, problems: ['適用宣言書のデータが「管理策番号: 内容」の形になっていません'] }
  const value: SoaEntries = {}
  const problems: string[] = []
  for (const [id, entry] of Object.entries(input)) {
    const checked = checkSoaEntry(id, entry, `管理策${id}`)
    problems.push(...checked.problems)
    if (checked.value && !isEmptyEntry(checked.value)) value[id] = checked.value
  }
  return { value, problems }
}

export const isEmptyEntry = (e: SoaEntry) => !e.applicable && !e.reason && !e.status && !e.evidence

/** The self-check's answers to the questions on clauses 4–10, by question id ("6.1.2-1"). */
export type ClauseAnswers = Record<string, ClauseAnswer>

export function checkClauseAnswers(input: unknown): Checked<ClauseAnswers> {
  if (!isRecord(input)) return { value: {}, problems: ['セルフチェックの回答が「質問番号: 回答」の形になっていません'] }
  const value: ClauseAnswers = {}
  const problems: string[] = []
  for (const [id, answer] of Object.entries(input)) {
    if (!/^\d+(?:\.\d+)+-\d+$/.test(id)) problems.push(`セルフチェック：「${id}」は質問の番号ではありません`)
    else if (!(CLAUSE_ANSWERS as readonly unknown[]).includes(answer)) problems.push(`セルフチェック${id}：回答は「${CLAUSE_ANSWERS.join('」「')}」のいずれかです（「${String(answer)}」）`)
    else value[id] = answer as ClauseAnswer
  }
  return { value, problems }
}
