import { tagPath } from '../../src/tags'
import { FIXTURE_URL, expect, test } from './fixtures'
import path from 'node:path'
import { loadPosts } from '../../src/content/posts'
import { FIXTURE_DIR, MANY_TAG, WEIRD_TAGS, XSS_TITLE } from '../support/fixture'
import { openSearch } from '../support/search-eval'

// The fixture site has enough posts for several pages, tags of every spelling and a title that looks like HTML.
test.use({ baseURL: FIXTURE_URL })

test('a reader pages through the blog, follows a tag, opens a post and goes on to the next one', async ({ page }) => {
  await page.goto('/blog/')
  await expect(page.locator('.post-list > li')).toHaveCount(10)
  await expect(page.locator('.post-list h2').first()).toHaveText(loadPosts(path.join(FIXTURE_DIR, 'docs'))[0]!.title)

  await page.getByRole('link', { name: '古い記事 →' }).click()
  await expect(page).toHaveURL(/\/blog\/page\/2$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ブログ（2ページ目）')
  await page.getByRole('link', { name: '← 新しい記事' }).click()
  await expect(page).toHaveURL(/\/blog\/$/)
  // The address changes before the new page is in place: wait for it, or the click below can land on the old one.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ブログ')

  // The fixture's many-tag posts are older than the site's own posts: follow the tag from the second page.
  await page.getByRole('link', { name: '古い記事 →' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ブログ（2ページ目）')
  await page.locator('.post-list .post-tags a', { hasText: MANY_TAG }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`タグ「${MANY_TAG}」の記事`)
  await page.getByRole('link', { name: '古い記事 →' }).click()
  await expect(page).toHaveURL(new RegExp(`${tagPath(MANY_TAG, 2)}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`タグ「${MANY_TAG}」の記事（2ページ目）`)

  const first = page.locator('.post-list h2 a').first()
  const title = await first.textContent()
  await first.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!)
  await expect(page.locator('.post-meta time')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  await expect(page.locator('.post-meta')).toContainText(/約\d+分で読めます/)

  const next = page.locator('.post-nav-link[rel="next"]')
  const nextTitle = await next.locator('.post-nav-title').textContent()
  await next.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle!)
})

for (const tag of WEIRD_TAGS) {
  test(`the tag page for ${tag} loads directly from its URL`, async ({ page }) => {
    const response = await page.goto(tagPath(tag))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`タグ「${tag}」の記事`)
    await expect(page.locator('.post-list h2 a').first()).toHaveText(XSS_TITLE)
  })
}

test('a title that looks like HTML stays text in the page, the tab title and search', async ({ page }) => {
  let dialog = false
  page.on('dialog', (d) => {
    dialog = true
    void d.dismiss()
  })
  await page.goto('/blog/posts/2026-03-01-escaping')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_TITLE)
  await expect(page).toHaveTitle(`${XSS_TITLE} | ISMS Guide`)
  await page.locator('.post-meta a', { hasText: '<b>太字</b>' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('タグ「<b>太字</b>」の記事')

  await (await openSearch(page)).fill('alert')
  await expect(page.locator('.site-search .result').first()).toContainText('<script>alert(1)</script>')
  expect(dialog).toBe(false)
})
