import { DOCS_DIR } from '../paths'
import { loadControlPages } from './controls'
import { loadRequirementPages } from './requirements'
import { loadTemplatePages } from './templates'
import { buildXref } from './xref'

/** Every reference page (controls, requirements, templates) and the relations between them. */
export function loadReferencePages(docsDir = DOCS_DIR) {
  const pages = {
    controls: loadControlPages(docsDir),
    requirements: loadRequirementPages(docsDir),
    templates: loadTemplatePages(docsDir)
  }
  return { ...pages, xref: buildXref(pages) }
}
