import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { strFromU8, unzipSync } from 'fflate'
import type { Download, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const MANUAL = '/isms/manual/isms-manual'
const SOA = '/isms/soa/statement-of-applicability'

async function fillValues(page: Page, values: Record<string, string>) {
  await page.goto('/isms/')
  for (const [name, value] of Object.entries(values)) {
    await page.getByLabel(name, { exact: true }).fill(value)
  }
  await page.getByRole('button', { name: '保存する' }).click()
  await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible()
}

const downloaded = async (download: Download) => fs.readFileSync((await download.path())!)

async function soaRow(page: Page, id: string) {
  const row = page.locator(`fieldset.soa-row[data-control="${id}"]`)
  await row.waitFor()
  return row
}

test('values entered once show on every template and stay after a reload', async ({ page }) => {
  await fillValues(page, { 組織名: '株式会社テスト商事', 承認者: '代表取締役 試験太郎' })
  await page.goto(MANUAL)
  const doc = page.locator('.vp-doc')
  await expect(doc.locator('mark[data-placeholder="組織名"]').first()).toHaveText('株式会社テスト商事')
  await expect(doc.locator('mark[data-placeholder="ISMS責任者"]').first()).toHaveText('{{ISMS責任者}}')
  await page.goto('/isms/policy/information-security-policy')
  await expect(page.locator('.vp-doc mark[data-placeholder="承認者"]').first()).toHaveText('代表取締役 試験太郎')
  await page.goto('/isms/')
  await expect(page.getByLabel('組織名', { exact: true })).toHaveValue('株式会社テスト商事')
})

test('the server-rendered template shows the placeholders', async ({ page }) => {
  const response = await page.request.get(MANUAL)
  const html = await response.text()
  expect(html).toContain('data-placeholder="組織名">{{組織名}}</mark>')
})

test('a template downloads as Markdown and as Word, filled in and without the guidance', async ({ page }) => {
  await fillValues(page, { 組織名: '株式会社テスト商事', 版数: '2.1' })
  await page.goto(MANUAL)
  const word = page.getByRole('button', { name: 'Wordでダウンロード' })
  await expect(word).toBeVisible()

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdownでダウンロード' }).click()])
  expect(md.suggestedFilename()).toBe('isms-manual.md')
  const markdown = (await downloaded(md)).toString('utf8')
  expect(markdown).toMatch(/^# ISMSマニュアル\n/)
  expect(markdown).toContain('| 組織名 | 株式会社テスト商事 |')
  expect(markdown).toContain('| 版数 | 2.1 |')
  expect(markdown).toContain('{{ISMS責任者}}')
  expect(markdown).not.toContain('::: guide')

  const [docx] = await Promise.all([page.waitForEvent('download'), word.click()])
  expect(docx.suggestedFilename()).toBe('isms-manual.docx')
  const xml = strFromU8(unzipSync(new Uint8Array(await downloaded(docx)))['word/document.xml']!)
  expect(xml).toContain('株式会社テスト商事')
  expect(xml).toContain('<w:pStyle w:val="Title"/>')
  expect(xml).not.toContain('作成の手引き')
})

test('the SoA builder keeps its rows, exports CSV and imports it back into a fresh browser', async ({ page, browser }) => {
  await page.goto(SOA)
  await expect(page.locator('.soa-static')).toBeHidden()
  const reason = '顧客との契約, "暗号化"が必須\n鍵はKMSで管理'
  let row = await soaRow(page, '8.24')
  await row.getByLabel('適用').selectOption('はい')
  await row.getByLabel('実施状況').selectOption('一部実施')
  await row.getByLabel('理由').fill(reason)
  await row.getByLabel('理由').blur()
  await row.getByLabel('関連文書・証拠').fill('暗号化規程 第2版')
  await row.getByLabel('関連文書・証拠').blur()
  const excluded = await soaRow(page, '7.6')
  await excluded.getByLabel('適用').selectOption('いいえ')

  await page.reload()
  row = await soaRow(page, '8.24')
  await expect(row.getByLabel('理由')).toHaveValue(reason)
  await expect(row.getByLabel('実施状況')).toHaveValue('一部実施')

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで書き出す' }).click()])
  const csv = await downloaded(csvDownload)
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = csv.toString('utf8')
  expect(text).toContain('管理策番号,管理策名,適用,理由,実施状況,関連文書・証拠\r\n')
  expect(text).toContain('8.24,暗号の利用,はい,"顧客との契約, ""暗号化""が必須\n鍵はKMSで管理",一部実施,暗号化規程 第2版\r\n')
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(94)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(SOA)
  await (await soaRow(other, '8.24')).waitFor()
  await other.locator('.soa-import input[type=file]').setInputFiles({ name: 'soa.csv', mimeType: 'text/csv', buffer: csv })
  await expect(other.getByRole('status')).toContainText('2行を読み込みました')
  const imported = await soaRow(other, '8.24')
  await expect(imported.getByLabel('理由')).toHaveValue(reason)
  await expect(imported.getByLabel('適用')).toHaveValue('はい')
  await expect((await soaRow(other, '7.6')).getByLabel('適用')).toHaveValue('いいえ')
  await fresh.close()
})

test('a CSV that does not fit is explained row by row and changes nothing', async ({ page }) => {
  await page.goto(SOA)
  const row = await soaRow(page, '5.1')
  await row.getByLabel('適用').selectOption('はい')
  const bad = '\uFEFF管理策番号,管理策名,適用,理由,実施状況,関連文書・証拠\r\n5.1,x,たぶん,,,\r\n9.9,x,はい,,,\r\n5.2,x,はい,,済み,\r\n'
  await page.locator('.soa-import input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('読み込めませんでした')
  await expect(alert).toContainText('2行目：適用は')
  await expect(alert).toContainText('3行目：「9.9」は附属書Aの管理策番号ではありません')
  await expect(alert).toContainText('4行目：実施状況は')
  await expect(row.getByLabel('適用')).toHaveValue('はい')
  await expect((await soaRow(page, '5.2')).getByLabel('適用')).toHaveValue('')
})

test('importing over stored rows asks first, and declining keeps them', async ({ page }) => {
  await page.goto(SOA)
  const row = await soaRow(page, '5.1')
  await row.getByLabel('適用').selectOption('はい')
  const csv = '管理策番号,管理策名,適用,理由,実施状況,関連文書・証拠\r\n5.1,x,いいえ,,,\r\n'
  page.once('dialog', (dialog) => dialog.dismiss())
  await page.locator('.soa-import input[type=file]').setInputFiles({ name: 'other.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(page.getByRole('status')).toContainText('取り消しました')
  await expect(row.getByLabel('適用')).toHaveValue('はい')
})

test('the backup carries values and SoA rows to another browser, after a confirmation', async ({ page, browser }) => {
  await fillValues(page, { 組織名: '株式会社バックアップ' })
  await page.goto(SOA)
  await (await soaRow(page, '5.15')).getByLabel('適用').selectOption('はい')
  await page.goto('/isms/')
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'バックアップを書き出す（JSON）' }).click()])
  const json = await downloaded(backup)
  expect(JSON.parse(json.toString('utf8')).data).toEqual({ values: { 組織名: '株式会社バックアップ' }, selfcheck: {}, soa: { '5.15': { applicable: 'はい', reason: '', status: '', evidence: '' } } })

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/isms/')
  await other.getByLabel('組織名', { exact: true }).fill('別の会社')
  await other.getByRole('button', { name: '保存する' }).click()
  await other.locator('.browser-data input[type=file]').setInputFiles({ name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') })
  await expect(other.getByRole('alert')).toContainText('バックアップのファイルではありません')
  let question = ''
  other.once('dialog', (dialog) => {
    question = dialog.message()
    void dialog.accept()
  })
  await other.locator('.browser-data input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: json })
  await expect(other.getByRole('status').filter({ hasText: '復元しました' })).toBeVisible()
  expect(question).toContain('置き換えます')
  await other.reload()
  await expect(other.getByLabel('組織名', { exact: true })).toHaveValue('株式会社バックアップ')
  await fresh.close()
})

test('without JavaScript the SoA is the static 93-row table and templates keep their placeholders', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(SOA)
  await expect(page.locator('.soa-static tbody tr')).toHaveCount(93)
  await page.goto(MANUAL)
  await expect(page.locator('mark[data-placeholder="組織名"]').first()).toHaveText('{{組織名}}')
  await expect(page.getByRole('link', { name: /Markdownでダウンロード/ })).toHaveAttribute('href', '/downloads/isms/manual/isms-manual.md')
  await context.close()
})

test('printing a template leaves out navigation, guidance and tools', async ({ page }) => {
  await page.goto(MANUAL)
  await page.getByRole('button', { name: 'Wordでダウンロード' }).waitFor()
  await page.emulateMedia({ media: 'print' })
  for (const selector of ['.VPNav', '.VPSidebar', '.vp-doc .guide', '.vp-doc .template-tools', '.vp-doc .facts', '.vp-doc .relations']) {
    await expect(page.locator(selector).first(), selector).toBeHidden()
  }
  await expect(page.locator('.vp-doc h2').first()).toBeVisible()
})

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, viewport] of Object.entries({ desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } })) {
    test.describe(`${name}, ${scheme}`, () => {
      test.use({ viewport, colorScheme: scheme })
      test('the values form, the backup and the SoA builder have no accessibility violations', async ({ page }) => {
        for (const [pathname, ready] of [
          ['/isms/', 'バックアップを書き出す（JSON）'],
          [SOA, 'CSVで書き出す'],
          [MANUAL, 'Wordでダウンロード']
        ] as const) {
          await page.goto(pathname)
          await page.getByRole('button', { name: ready }).waitFor()
          const { violations } = await new AxeBuilder({ page }).analyze()
          expect(violations.map((v) => `${pathname} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
        }
      })
    })
  }
}
