import path from 'node:path'
import { ROOT_DIR } from '../../src/paths'
import { evaluateSearch, openSearch, readQueries } from '../support/search-eval'
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
  const box = await openSearch(page)
  await expect(box).toHaveAttribute('placeholder', '検索')
  await box.fill('ﾊﾞｯｸｱｯﾌﾟ')
  await expect(page.locator('.site-search .result').first()).toBeVisible()
  await expect(page.locator('.site-search .result mark').first()).toBeVisible()
  await box.fill('存在しない語句ｘｙｚ')
  await expect(page.locator('.site-search .no-results')).toContainText('一致する結果がありません')
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
})

test('the search dialog is used from the keyboard alone', async ({ page }) => {
  await page.goto('/requirements/')
  const box = await openSearch(page, () => page.keyboard.press('Control+k'))
  await expect(box).toBeFocused()
  await page.keyboard.type('ぜいじゃくせい')
  await expect(page.getByRole('status')).toContainText('件の結果')
  const first = page.locator('.site-search .result').first()
  await page.keyboard.press('ArrowDown')
  await expect(first).toBeFocused()
  const href = await first.getAttribute('href')
  await page.keyboard.press('ArrowUp')
  await expect(box).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/#.*$/, '')}`))
  await expect(box).toBeHidden()
  await page.keyboard.press('/')
  await expect(box).toBeFocused()
})

test('the search box loads only the index files a query needs', async ({ page }) => {
  const fetched: string[] = []
  page.on('request', (request) => request.url().includes('/search/') && fetched.push(new URL(request.url()).pathname))
  await page.goto('/')
  await (await openSearch(page)).fill('リスクアセスメント')
  await expect(page.locator('.site-search .result').first()).toContainText('リスクアセスメント')
  expect(fetched[0]).toBe('/search/index.json')
  // The manifest, at most one shard per term (8 bigrams) and one chunk per result shown.
  expect(fetched.length).toBeLessThanOrEqual(1 + 8 + 16)
})
