import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadReferencePages } from '../../src/content'
import { loadControlPages } from '../../src/content/controls'
import { loadRequirementPages } from '../../src/content/requirements'
import { DOCS_DIR } from '../../src/paths'
import { tempDocs } from '../support/temp-docs'

const exampleControl = fs.readFileSync(path.join(DOCS_DIR, 'controls/a-5-1.md'), 'utf8')
const exampleRequirement = fs.readFileSync(path.join(DOCS_DIR, 'requirements/6-1-2.md'), 'utf8')

const control = (edit: (text: string) => string, file = 'controls/a-5-1.md') => () =>
  loadControlPages(tempDocs({ [file]: edit(exampleControl) }))
const requirement = (edit: (text: string) => string, file = 'requirements/6-1-2.md') => () =>
  loadRequirementPages(tempDocs({ [file]: edit(exampleRequirement) }))

describe('control frontmatter is checked against the reference data', () => {
  it('accepts the example page', () => {
    expect(control((t) => t)()).toHaveLength(1)
  })

  it.each([
    ['a wrong attribute value', (t: string) => t.replace('control_type: [Preventive]', 'control_type: [Detective]'), /a-5-1\.md: frontmatter "attributes\.control_type": expected \[Preventive\]/],
    ['an unknown attribute value', (t: string) => t.replace('control_type: [Preventive]', 'control_type: [Preventative]'), /"attributes\.control_type\.0": expected values from: Preventive, Detective, Corrective/],
    ['a wrong theme', (t: string) => t.replace('theme: organizational', 'theme: people'), /"theme": expected "organizational"/],
    ['a wrong title', (t: string) => t.replace('title: 情報セキュリティのための方針群', 'title: 方針'), /"title": expected "情報セキュリティのための方針群"/],
    ['a wrong 2013 origin', (t: string) => t.replace('iso27001_2013: [A.5.1.1, A.5.1.2]', 'iso27001_2013: [A.5.1.1]'), /"iso27001_2013": expected \[A\.5\.1\.1, A\.5\.1\.2\]/],
    ['an unknown related control', (t: string) => t.replace('controls: ["5.2"', 'controls: ["5.38"'), /"related\.controls": "5\.38" is not a control of ISO\/IEC 27001:2022/],
    ['an unknown related clause', (t: string) => t.replace('requirements: ["5.1"', 'requirements: ["11.1"'), /"related\.requirements": "11\.1" is not a clause/],
    ['an unknown template', (t: string) => t.replace('templates: [manual/isms-manual', 'templates: [manual/isms-manul'), /"manual\/isms-manul" is not a template in data\/templates\.json/],
    ['an unquoted number', (t: string) => t.replace('controls: ["5.2"', 'controls: [5.2'), /"related\.controls\.0": expected a list of control numbers written as strings/],
    ['a misspelt key', (t: string) => t.replace('related:', 'relatd:'), /unknown field "relatd"/],
    ['a heading that does not match', (t: string) => t.replace('# 5.1 情報セキュリティのための方針群', '# 5.1 方針群'), /must start with the heading "# 5\.1 情報セキュリティのための方針群"/]
  ])('rejects %s, naming the file and the field', (_, edit, message) => {
    expect(control(edit)).toThrow(message)
  })

  it('rejects an id that does not match the file name', () => {
    expect(control((t) => t, 'controls/a-5-2.md')).toThrow(/"id": expected the number that matches the file name/)
  })
})

describe('requirement frontmatter', () => {
  it('accepts the example page', () => {
    expect(requirement((t) => t)()).toHaveLength(1)
  })

  it.each([
    ['an unknown clause', (t: string) => t.replace('id: "6.1.2"', 'id: "6.1.4"'), /"id": expected a clause number/],
    ['a wrong documented information type', (t: string) => t.replace('type: retained', 'type: kept'), /"documented_information\.0\.type": expected "available" \(利用可能\), "retained" \(保持\)/],
    ['a verb the clause does not use', (t: string) => t.replace('type: retained', 'type: available'), /"documented_information": expected types from \[retained\] for clause 6\.1\.2 \(got "available"\)/],
    ['a required document left out', (t: string) => t.replace(/documented_information:\n(  .*\n)+/, ''), /"documented_information": expected an entry of type "retained": clause 6\.1\.2 asks for it/],
    ['a required document without its template', (t: string) => t.replace(/\n    template: .*/, ''), /"documented_information\.0\.template"/],
    ['a wrong title', (t: string) => t.replace('title: 情報セキュリティリスクアセスメント', 'title: リスク評価'), /"title": expected "情報セキュリティリスクアセスメント"/]
  ])('rejects %s', (_, edit, message) => {
    expect(requirement(edit)).toThrow(message)
  })
})

describe('cross-references', () => {
  const { xref, controls } = loadReferencePages()

  it('shows every relation on both pages', () => {
    for (const page of controls) {
      for (const id of page.related.requirements) {
        expect(xref.relationsOf('requirement', id).controls.map((r) => r.id), `${id} ← ${page.id}`).toContain(page.id)
      }
    }
  })

  it('links pages that exist and lists the rest as pending', () => {
    const refs = xref.relationsOf('control', '5.1')
    expect(refs.requirements.find((r) => r.id === '5.2')!.url).toBe('/requirements/5-2')
    for (const pending of xref.pending) expect(pending.ref.url).toBeNull()
  })
})
