import { fileURLToPath } from 'node:url'

export const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url))
export const DOCS_DIR = fileURLToPath(new URL('../docs', import.meta.url))
