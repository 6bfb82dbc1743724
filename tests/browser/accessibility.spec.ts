import AxeBuilder from '@axe-core/playwright'
import { PAGE_KINDS } from '../support/page-weight'
import { openSearch } from '../support/search-eval'
import { expect, test } from './fixtures'

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } }

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${viewportName}, ${scheme} mode`, () => {
      test.use({ viewport, colorScheme: scheme, expectedConsole: [/status of 404/] })

      for (const [kind, pathname] of Object.entries(PAGE_KINDS)) {
        test(`${kind} has no accessibility violations`, async ({ page }) => {
          await page.goto(pathname === '/404.html' ? '/no-such-page' : pathname)
          await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
          await page.locator('#VPContent').waitFor()
          const { violations } = await new AxeBuilder({ page }).analyze()
          const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)
          expect(summary).toEqual([])
        })
      }

      test('the search dialog with results has no accessibility violations', async ({ page }) => {
        await page.goto('/')
        await (await openSearch(page)).fill('バックアップ')
        await page.locator('.site-search .result').first().waitFor()
        const { violations } = await new AxeBuilder({ page }).include('.site-search').analyze()
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([])
      })
    })
  }
}
