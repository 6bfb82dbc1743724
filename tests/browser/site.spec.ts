import { loadPosts } from '../../src/content/posts'
import { formatJapaneseDate } from '../../src/dates'
import { expect, test } from './fixtures'

test('dark mode can be switched on and stays on after a reload', async ({ page }) => {
  await page.goto('/requirements/6-1-2')
  const html = page.locator('html')
  const dark = (await html.getAttribute('class'))?.includes('dark') ?? false
  await page.getByRole('switch', { name: /モードに切り替え/ }).first().click()
  await expect(html).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/)
  await page.reload()
  await expect(html).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/)
})

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the menu opens with Japanese labels and leads to a section', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'メニュー' }).click()
    const screen = page.locator('#VPNavScreen')
    await expect(screen).toBeVisible()
    for (const label of ['要求事項', '管理策', 'テンプレート', '用語集', 'ブログ']) {
      await expect(screen.getByRole('link', { name: label, exact: true })).toBeVisible()
    }
    await screen.getByRole('link', { name: '管理策', exact: true }).click()
    await expect(page).toHaveURL(/\/controls\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('附属書Aの管理策')
  })
})

test.describe('a page that does not exist', () => {
  test.use({ expectedConsole: [/status of 404/] })

  test('gets the Japanese 404 page, which leads home', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByText('ページが見つかりません')).toBeVisible()
  await page.getByRole('link', { name: 'ホームへ移動' }).click()
  await expect(page).toHaveURL(/\/$/)
  })
})

test('dates of posts are the same after hydration as in the server HTML', async ({ page }) => {
  await page.goto('/blog/posts/2026-01-28-what-is-isms')
  await expect(page.locator('.post-meta time')).toHaveText('2026年1月28日')
  await page.goto('/blog/')
  await expect(page.locator('.post-list time').first()).toHaveText(formatJapaneseDate(loadPosts()[0]!.date))
})

test('the last update is a Tokyo date in Japanese, in the server HTML and after hydration', async ({ page, request }) => {
  const html = await (await request.get('/requirements/6-1-2')).text()
  const [, iso, served] = html.match(/class="VPLastUpdated"[^>]*>最終更新: <time datetime="([^"]+)">([^<]+)<\/time>/) ?? []
  expect(iso).toBeTruthy()
  const expected = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(new Date(iso!))
  expect(served).toBe(expected)
  await page.goto('/requirements/6-1-2')
  await expect(page.locator('.VPLastUpdated time')).toHaveText(expected)
})

test("the controls sidebar opens the theme of the page and shows other themes' controls on request", async ({ page }) => {
  await page.goto('/controls/a-7-3')
  const sidebar = page.locator('.VPSidebar')
  await expect(sidebar.getByRole('button', { name: '物理的管理策' })).toHaveAttribute('aria-expanded', 'true')
  await expect(sidebar.getByRole('link', { name: '7.3 オフィス，部屋及び施設のセキュリティ' })).toHaveAttribute('aria-current', 'page')
  const organizational = sidebar.getByRole('button', { name: '組織的管理策' })
  await expect(organizational).toHaveAttribute('aria-expanded', 'false')
  await expect(sidebar.getByRole('link', { name: '5.1 情報セキュリティのための方針群' })).toHaveCount(0)
  await organizational.click()
  await expect(organizational).toHaveAttribute('aria-expanded', 'true')
  await sidebar.getByRole('link', { name: '5.1 情報セキュリティのための方針群' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('5.1 情報セキュリティのための方針群')
})
