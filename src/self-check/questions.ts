import fs from 'node:fs'
import yaml from 'js-yaml'
import { z } from 'zod'
import { ContentError } from '../content/frontmatter'
import { ROOT_DIR } from '../paths'
import { controlById } from '../reference'
import { LEAF_CLAUSES, type SelfCheckData } from './model'

export const SELF_CHECK_FILE = 'data/self-check.yaml'

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}, got an empty value` })

const schema = z.strictObject({
  clauses: z.record(
    z.string(),
    z.array(z.strictObject({ id: text('a question id such as "6.1.2-1"'), question: text('the question'), evidence: text('what an auditor looks at') })).min(1, {
      error: 'expected at least one question'
    })
  ),
  controls: z.record(z.string(), text('what an auditor looks at for the control')),
  major: z.record(z.string(), text('why its absence is usually a major nonconformity'))
})

/** Reads and checks data/self-check.yaml: every subclause has questions, every id exists, nothing is unknown. */
export function parseSelfCheck(source: string, file = SELF_CHECK_FILE): SelfCheckData {
  const fail = (field: string, problem: string): never => {
    throw new ContentError(`${file}: "${field}": ${problem}`)
  }
  let raw: unknown
  try {
    raw = yaml.load(source, { schema: yaml.CORE_SCHEMA })
  } catch (error) {
    throw new ContentError(`${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    fail(issue.path.join('.') || '(root)', issue.message)
  }
  const data = parsed.data!
  for (const id of Object.keys(data.clauses)) if (!LEAF_CLAUSES.includes(id)) fail(`clauses.${id}`, 'not a subclause of clauses 4–10 that carries requirements')
  for (const id of LEAF_CLAUSES) if (!data.clauses[id]) fail('clauses', `subclause ${id} has no question`)
  for (const id of Object.keys(data.controls)) if (!controlById.has(id)) fail(`controls.${id}`, 'not an Annex A control')
  for (const id of controlById.keys()) if (!data.controls[id]) fail('controls', `control ${id} has no evidence line`)
  for (const id of Object.keys(data.major)) if (!data.clauses[id]) fail(`major.${id}`, 'not a subclause with questions')
  const seen = new Set<string>()
  const questions = LEAF_CLAUSES.flatMap((clause) =>
    data.clauses[clause]!.map((q, i) => {
      if (!new RegExp(`^${clause.replaceAll('.', '\\.')}-\\d+$`).test(q.id)) fail(`clauses.${clause}.${i}.id`, `expected "${clause}-N", got "${q.id}"`)
      if (seen.has(q.id)) fail(`clauses.${clause}.${i}.id`, `"${q.id}" is used twice`)
      seen.add(q.id)
      return { id: q.id, clause, question: q.question, evidence: q.evidence }
    })
  )
  return { questions, controlEvidence: data.controls, major: data.major }
}

export const loadSelfCheck = (root = ROOT_DIR): SelfCheckData => parseSelfCheck(fs.readFileSync(`${root}/${SELF_CHECK_FILE}`, 'utf8'))
