import reference from '../../data/iso27001-2022.json' with { type: 'json' }
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

type Control = (typeof reference.controls)[number]
const count = (predicate: (c: Control) => boolean) => reference.controls.filter(predicate).length
const has = (list: string[], value: string) => list.includes(value)

const CASES: [string, number][] = [
  ['', 93],
  ['?theme=technological', count((c) => c.theme === 'technological')],
  ['?new=1', count((c) => c.new_in_2022)],
  ['?theme=technological&type=Detective', count((c) => c.theme === 'technological' && has(c.attributes.control_type, 'Detective'))],
  [
    '?theme=technological&type=Detective&property=Availability&concept=Respond',
    count(
      (c) =>
        c.theme === 'technological' &&
        has(c.attributes.control_type, 'Detective') &&
        has(c.attributes.security_properties, 'Availability') &&
        has(c.attributes.cybersecurity_concepts, 'Respond')
    )
  ],
  ['?capability=Threat_and_vulnerability_management', count((c) => has(c.attributes.operational_capabilities, 'Threat_and_vulnerability_management'))],
  ['?domain=Resilience&new=1', count((c) => has(c.attributes.security_domains, 'Resilience') && c.new_in_2022)],
  ['?theme=people&type=Corrective', count((c) => c.theme === 'people' && has(c.attributes.control_type, 'Corrective'))]
]

for (const [query, expected] of CASES) {
  test(`/controls/${query} shows ${expected} controls`, async ({ page }) => {
    await page.goto(`/controls/${query}`)
    const explorer = page.locator('#controls-explorer')
    await expect(explorer.locator('[data-control]')).toHaveCount(expected)
    await expect(explorer.getByRole('status').first()).toHaveText(`${expected}件の管理策（全93件）`)
  })
}

/** The explorer has hydrated (its reset button is enabled): what a reader enters now is kept. */
const ready = (explorer: Locator) => expect(explorer.getByRole('button', { name: '条件をクリア' })).toBeEnabled()

test('choosing filters in the form updates the list and the URL, which loads the same view', async ({ page }) => {
  await page.goto('/controls/')
  const explorer = page.locator('#controls-explorer')
  await ready(explorer)
  await explorer.getByLabel('テーマ').selectOption('technological')
  await explorer.getByLabel('管理策タイプ').selectOption('Detective')
  await explorer.getByLabel('2022年版で新設された管理策だけ').check()
  const expected = count((c) => c.theme === 'technological' && has(c.attributes.control_type, 'Detective') && c.new_in_2022)
  await expect(explorer.locator('[data-control]')).toHaveCount(expected)
  await expect(page).toHaveURL(/\/controls\/\?theme=technological&type=Detective&new=1$/)

  await page.reload()
  await expect(explorer.locator('[data-control]')).toHaveCount(expected)
  await expect(explorer.getByLabel('テーマ')).toHaveValue('technological')

  await explorer.getByRole('button', { name: '条件をクリア' }).click()
  await expect(explorer.locator('[data-control]')).toHaveCount(93)
  await expect(page).toHaveURL(/\/controls\/$/)
})

test('an ISO/IEC 27001:2013 number shows where the control went', async ({ page }) => {
  await page.goto('/controls/')
  const explorer = page.locator('#controls-explorer')
  await ready(explorer)
  await explorer.getByLabel('2013年版の番号').fill('a.12.6.1')
  const result = explorer.locator('.explorer-old-result')
  await expect(result).toContainText('A.12.6.1 →')
  await expect(result).toContainText('8.8 技術的ぜい弱性の管理')
  await expect(page).toHaveURL(/old=a\.12\.6\.1/)
})

test('without JavaScript the explorer is a plain list of all 93 controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('http://127.0.0.1:4310/controls/?theme=people')
  await expect(page.locator('#controls-explorer [data-control]')).toHaveCount(93)
  await expect(page.locator('#controls-explorer [data-control="5.1"] a[href="/controls/a-5-1"]')).toHaveText('情報セキュリティのための方針群')
  await context.close()
})

test('the full 2013 → 2022 table opens on demand with every 2013 control', async ({ page }) => {
  await page.goto('/controls/')
  const mapping = page.locator('#controls-explorer details')
  await mapping.locator('summary').click()
  const rows = mapping.locator('tbody tr')
  await expect(rows).toHaveCount(new Set(reference.controls.flatMap((c) => c.iso27001_2013)).size)
  await expect(rows.filter({ hasText: 'A.12.6.1' })).toContainText('8.8 技術的ぜい弱性の管理')
})
