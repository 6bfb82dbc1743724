import path from 'node:path'
import { HtmlValidate, formatterFactory } from 'html-validate'
import { expect, it } from 'vitest'
import { DIST, htmlFiles } from '../support/dist'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Ids may be any text without spaces (HTML5); headings give Japanese ids such as "目的".
    'valid-id': ['error', { relaxed: true }],
    // Markup of VitePress's default theme, not ours to change:
    'attribute-misuse': 'off', // <link rel="preload stylesheet" as="style">
    'no-trailing-whitespace': 'off',
    'no-implicit-button-type': 'off',
    'prefer-native-element': 'off', // role="heading" in the outline, role="button" in the sidebar
    'no-dup-class': 'off', // class="link … link"
    'unique-landmark': 'off', // unnamed <nav> and <footer> of the theme
    'no-inline-style': 'off' // style attributes of its components, hashed in the CSP (_headers)
  }
})

it('every built page is valid HTML', async () => {
  const files = htmlFiles()
  const failures: string[] = []
  for (const file of files) {
    const report = await validator.validateFile(path.join(DIST, file))
    if (!report.valid) failures.push(formatterFactory('text')(report.results))
  }
  expect(files.length).toBeGreaterThan(50)
  expect(failures.join('\n')).toBe('')
}, 120_000)
