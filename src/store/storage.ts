import { checkClauseAnswers, checkSoaEntries, checkValues, type Checked, type ClauseAnswers, type PlaceholderValues, type SoaEntries } from './schema'

/**
 * Everything the site keeps in the reader's browser: one versioned, namespaced localStorage key per kind, checked
 * on every read. Where storage is unavailable (some private modes, blocked cookies) it falls back to memory for the
 * session and says so through `persistent`. Call only after mount: the server has no storage.
 */
export const STORE_VERSION = 1
const PREFIX = `isms-guide:v${STORE_VERSION}:`

export interface StoreKinds {
  values: PlaceholderValues
  soa: SoaEntries
  /** The self-check's answers on clauses 4–10; its control answers are the SoA's. */
  selfcheck: ClauseAnswers
}
export type StoreKind = keyof StoreKinds

const CHECKS: { [K in StoreKind]: (input: unknown) => Checked<StoreKinds[K]> } = {
  values: checkValues,
  soa: checkSoaEntries,
  selfcheck: checkClauseAnswers
}
export const STORE_KINDS = Object.keys(CHECKS) as StoreKind[]

interface Backend {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

function memory(): Backend {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key)
  }
}

function openBackend(): { backend: Backend; persistent: boolean } {
  try {
    const storage = globalThis.localStorage
    const probe = `${PREFIX}probe`
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return { backend: storage, persistent: true }
  } catch {
    return { backend: memory(), persistent: false }
  }
}

let opened: ReturnType<typeof openBackend> | undefined
const store = () => (opened ??= openBackend())

/** False when values last only for this page session. */
export const isPersistent = () => store().persistent

export const storageKey = (kind: StoreKind) => PREFIX + kind

/** What is stored for `kind`; a stored value that does not fit its schema is read as far as it fits. */
export function read<K extends StoreKind>(kind: K): Checked<StoreKinds[K]> {
  const raw = store().backend.getItem(storageKey(kind))
  if (raw === null) return CHECKS[kind]({})
  try {
    return CHECKS[kind](JSON.parse(raw))
  } catch {
    return { ...CHECKS[kind]({}), problems: ['保存されていたデータが壊れているため読み込めませんでした'] }
  }
}

export function write<K extends StoreKind>(kind: K, value: StoreKinds[K]): void {
  const { backend } = store()
  if (Object.keys(value).length) backend.setItem(storageKey(kind), JSON.stringify(value))
  else backend.removeItem(storageKey(kind))
  for (const listener of listeners) listener(kind)
}

const listeners = new Set<(kind: StoreKind) => void>()

/** Called after every write, so that a page's parts stay in step; returns the unsubscribe function. */
export function onChange(listener: (kind: StoreKind) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** For tests: forget the opened backend so the next call opens it again. */
export function resetStoreForTests() {
  opened = undefined
}
