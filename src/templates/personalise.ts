import { absoluteUrl } from '../site'
import type { PlaceholderValues, SoaEntries, SoaEntry } from '../store/schema'
import { controlUrl } from '../urls'
import { fillPlaceholders } from './fill'
import { soaTableMarkdown } from './soa'

/** The SoA tables as they appear in a downloaded document (links to the site's control pages). */
export const soaDocumentTable = (rows: ReadonlyMap<string, SoaEntry> = new Map()) =>
  soaTableMarkdown(rows, (c) => absoluteUrl(controlUrl(c.id)))

/**
 * A downloaded template (guidance already removed) made the reader's own: the SoA's empty rows replaced by the
 * reader's entries where given, then every placeholder that has a value filled in. Shared by the browser and the
 * command line.
 */
export function personalise(document: string, values: Readonly<PlaceholderValues>, soa?: SoaEntries): string {
  const withSoa = soa ? document.replace(soaDocumentTable(), () => soaDocumentTable(new Map(Object.entries(soa)))) : document
  return fillPlaceholders(withSoa, values)
}
