import path from 'node:path'
import { ROOT_DIR } from '../../src/paths'
import { evaluateSearch, readQueries } from '../support/search-eval'
import { expect, test } from './fixtures'

test('every development query finds an expected page among the top 5 results', async ({ page }) => {
  test.setTimeout(180_000)
  const results = await evaluateSearch(page, readQueries(path.join(ROOT_DIR, 'data/search-queries-dev.tsv')))
  const counted = results.filter((r) => r.hit !== null)
  expect(counted.length).toBeGreaterThan(15)
  expect(counted.filter((r) => !r.hit).map((r) => `${r.query} → ${r.pages.slice(0, 5).join(', ') || '(no results)'}`)).toEqual([])
})

test('search works in the browser with Japanese labels and highlighted matches', async ({ page }) => {
  await page.goto('/requirements/')
  await page.getByRole('button', { name: 'サイト内を検索' }).click()
  const box = page.getByRole('searchbox')
  await expect(box).toHaveAttribute('placeholder', '検索')
  await box.fill('ﾊﾞｯｸｱｯﾌﾟ')
  await expect(page.locator('.VPLocalSearchBox .result').first()).toBeVisible()
  await expect(page.locator('.VPLocalSearchBox .result mark').first()).toBeVisible()
  await box.fill('存在しない語句ｘｙｚ')
  await expect(page.locator('.VPLocalSearchBox .no-results')).toContainText('一致する結果がありません')
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
})
