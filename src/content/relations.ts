import { z } from 'zod'
import catalog from '../../data/templates.json' with { type: 'json' }
import { clauseById, controlById } from '../reference'

/** Templates the site offers or plans: id → Japanese name (data/templates.json). */
export const templateCatalog = new Map(Object.entries(catalog.templates))

/** Kinds of page that can be related to one another. */
export type Kind = 'control' | 'requirement' | 'template'

const idList = (lookup: Map<string, unknown>, what: string) =>
  z
    .array(z.string({ error: `expected a list of ${what} numbers written as strings, e.g. "5.1"` }))
    .superRefine((ids, ctx) => {
      for (const id of ids) {
        if (!lookup.has(id)) ctx.addIssue({ code: 'custom', message: `"${id}" is not a ${what} of ISO/IEC 27001:2022` })
      }
      const duplicate = ids.find((id, i) => ids.indexOf(id) !== i)
      if (duplicate) ctx.addIssue({ code: 'custom', message: `"${duplicate}" is listed twice` })
    })
    .default([])

/** A template is named by its path under `docs/isms` without `.md`: `manual/isms-manual`. */
export const templateId = z.string().refine((id) => templateCatalog.has(id), {
  error: (issue) =>
    `"${String(issue.input)}" is not a template in data/templates.json (ids are paths under docs/isms without ".md", e.g. "manual/isms-manual")`
})

/** `related:` in control, requirement and template frontmatter. Stated once; shown on both sides. */
export const relatedSchema = z
  .strictObject({
    controls: idList(controlById, 'control'),
    requirements: idList(clauseById, 'clause'),
    templates: z.array(templateId).default([])
  })
  .default({ controls: [], requirements: [], templates: [] })

export type Related = z.output<typeof relatedSchema>
