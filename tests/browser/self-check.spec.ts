import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const question = (page: Page, id: string) => page.locator(`fieldset[data-question="${id}"]`)
const control = (page: Page, id: string) => page.locator(`fieldset[data-control="${id}"]`)

test('answers stay after a reload and the results show the gaps, likely major ones first', async ({ page }) => {
  await page.goto('/self-check/')
  await page.getByRole('button', { name: '結果をMarkdownでダウンロード' }).waitFor()
  await question(page, '7.3-1').getByLabel('一部').check()
  await question(page, '6.1.2-1').getByLabel('できていない').check()
  await question(page, '4.1-1').getByLabel('できている').check()
  await page.reload()
  await expect(question(page, '6.1.2-1').getByLabel('できていない')).toBeChecked()
  const gaps = page.locator('.self-check-gaps > li')
  await expect(gaps).toHaveCount(2)
  await expect(gaps.first()).toContainText('箇条6.1.2')
  await expect(gaps.first()).toContainText('重大な不適合になり得ます')
  await expect(gaps.first().getByRole('link', { name: 'リスク評価表' })).toHaveAttribute('href', '/isms/risk/risk-register')
  await expect(page.locator('.self-check-progress').first()).toContainText('4 組織の状況')
})

test('a control answered here shows in the SoA builder, and the other way round', async ({ page }) => {
  await page.goto('/self-check/')
  await page.getByRole('button', { name: '結果をMarkdownでダウンロード' }).waitFor()
  await control(page, '8.24').getByLabel('適用・一部').check()
  await page.goto('/isms/soa/statement-of-applicability')
  const row = page.locator('fieldset.soa-row[data-control="8.24"]')
  await expect(row.getByLabel('適用')).toHaveValue('はい')
  await expect(row.getByLabel('実施状況')).toHaveValue('一部実施')
  await page.locator('fieldset.soa-row[data-control="7.6"]').getByLabel('適用').selectOption('いいえ')
  await page.goto('/self-check/')
  await expect(control(page, '7.6').getByLabel('除外')).toBeChecked()
  await expect(control(page, '8.24').getByLabel('適用・一部')).toBeChecked()
})

test('the report and the internal-audit checklist download', async ({ page }) => {
  await page.goto('/self-check/')
  await page.getByRole('button', { name: '結果をMarkdownでダウンロード' }).waitFor()
  await question(page, '9.2.2-1').getByLabel('できていない').check()
  await control(page, '7.6').getByLabel('除外').check()
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '結果をMarkdownでダウンロード' }).click()])
  const report = fs.readFileSync((await md.path())!, 'utf8')
  expect(report).toMatch(/^# ISMSセルフチェックの結果（\d{4}年\d{1,2}月\d{1,2}日）/)
  expect(report).toContain('箇条9.2.2')
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '結果をCSVでダウンロード' }).click()])
  expect([...fs.readFileSync((await csv.path())!).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const [list] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '内部監査チェックリスト（Markdown）' }).click()])
  const checklist = fs.readFileSync((await list.path())!, 'utf8')
  expect(checklist).toContain('# 内部監査チェックリスト')
  expect(checklist).not.toContain('7.6 セキュリティを保つべき領域での作業')
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '内部監査チェックリスト（Word）' }).click()])
  expect(docx.suggestedFilename()).toBe('internal-audit-checklist.docx')
})

test('without JavaScript the page is a readable checklist of every subclause and control', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/self-check/')
  await expect(page.locator('fieldset[data-control]')).toHaveCount(93)
  await expect(page.locator('fieldset[data-question="10.2-1"] legend')).toContainText('10.2')
  await context.close()
})

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, viewport] of Object.entries({ desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } })) {
    test(`${name}, ${scheme}: the self-check with answers has no accessibility violations`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/self-check/')
      await page.getByRole('button', { name: '結果をMarkdownでダウンロード' }).waitFor()
      await question(page, '6.1.2-1').getByLabel('できていない').check()
      await expect(page.locator('.self-check-gaps > li')).toHaveCount(1)
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
    })
  }
}
