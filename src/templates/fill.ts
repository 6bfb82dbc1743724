import type { PlaceholderValues } from '../store/schema'
import { PLACEHOLDER_PATTERN } from './placeholders'

/** Replaces each `{{name}}` that has a non-empty value; an unfilled placeholder stays as it is, visibly. */
export function fillPlaceholders(text: string, values: Readonly<PlaceholderValues>): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => (Object.hasOwn(values, name) && values[name]!.trim()) || whole)
}
