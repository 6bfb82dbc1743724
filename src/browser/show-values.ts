import type { PlaceholderValues } from '../store/schema'

/**
 * Shows the reader's values in place of a page's placeholders (`<mark data-placeholder>`), after mount: the server
 * and a reader without JavaScript see the placeholders. A placeholder without a value stays marked.
 */
export function showValues(root: ParentNode, values: Readonly<PlaceholderValues>): void {
  for (const mark of root.querySelectorAll<HTMLElement>('mark[data-placeholder]')) {
    const name = mark.dataset.placeholder!
    const value = Object.hasOwn(values, name) ? values[name]!.trim() : ''
    mark.textContent = value || `{{${name}}}`
    mark.classList.toggle('filled', Boolean(value))
  }
}
