import type { PageRef, Relations } from '../content/xref'
import { linkOrText } from './html'

export const RELATIONS_HEADING = '関連する管理策・要求事項・テンプレート'

const GROUPS: [keyof Relations, string][] = [
  ['controls', '管理策'],
  ['requirements', '要求事項'],
  ['templates', 'テンプレート']
]

/** The body of the generated 関連 section; empty when the page has no relations. */
export function renderRelations(relations: Relations): string {
  const item = (ref: PageRef) => `<li>${linkOrText(ref.title, ref.url)}</li>`
  const groups = GROUPS.filter(([key]) => relations[key].length).map(
    ([key, label]) => `<div><h3>${label}</h3><ul>${relations[key].map(item).join('')}</ul></div>`
  )
  return groups.length ? `<div class="relations" v-pre>\n${groups.join('\n')}\n</div>` : ''
}
