import { checkClauseAnswers, checkSoaEntries, checkValues } from './schema'
import { STORE_VERSION, type StoreKinds } from './storage'

/** One JSON file with everything the site keeps in the browser. */
export const BACKUP_FORMAT = 'isms-guide-backup'

export function createBackup(data: StoreKinds, exportedAt: string): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: STORE_VERSION, exportedAt, data }, null, 2) + '\n'
}

export interface ParsedBackup {
  data: StoreKinds | null
  problems: string[]
}

/** Reads a backup file; any problem makes the whole file unusable, so nothing half-fitting is imported. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { data: null, problems: ['JSONとして読み込めません。このサイトで書き出したバックアップのファイルを選んでください'] }
  }
  const file = json as { format?: unknown; version?: unknown; data?: Record<string, unknown> }
  if (typeof json !== 'object' || json === null || file.format !== BACKUP_FORMAT) {
    return { data: null, problems: ['このサイトのバックアップのファイルではありません（formatが違います）'] }
  }
  if (file.version !== STORE_VERSION) {
    return { data: null, problems: [`バックアップの版（${String(file.version)}）に対応していません。対応している版は${STORE_VERSION}です`] }
  }
  const values = checkValues(file.data?.values ?? {})
  const soa = checkSoaEntries(file.data?.soa ?? {})
  const selfcheck = checkClauseAnswers(file.data?.selfcheck ?? {})
  const problems = [...values.problems, ...soa.problems, ...selfcheck.problems]
  return problems.length ? { data: null, problems } : { data: { values: values.value, soa: soa.value, selfcheck: selfcheck.value }, problems }
}

/** A one-line account of what a backup or the store holds, for the confirmation before overwriting. */
export function describeData(data: StoreKinds): string {
  return `テンプレートの値${Object.keys(data.values).length}件、適用宣言書${Object.keys(data.soa).length}行、セルフチェックの回答${Object.keys(data.selfcheck).length}件`
}
