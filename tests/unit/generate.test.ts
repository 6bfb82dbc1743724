import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { templateCatalog } from '../../src/content/relations'
import { ROOT_DIR } from '../../src/paths'
import { InputError, generateDocuments, readConfig, readSoaCsv } from '../../src/templates/generate'
import { soaToCsv } from '../../src/templates/soa-csv'

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `isms-${name}-`))
const write = (dir: string, name: string, text: string) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  return file
}

describe('document generation', () => {
  it('writes every template filled in, with the SoA rows from the CSV', async () => {
    const dir = tmp('gen')
    const soa = readSoaCsv(write(dir, 'soa.csv', soaToCsv({ '8.24': { applicable: 'はい', reason: 'TLSとKMS', status: '実施済', evidence: '暗号化規程' } })))
    const { files, unfilled } = await generateDocuments({ outDir: path.join(dir, 'out'), format: 'md', values: { 組織名: '株式会社テスト' }, soa })
    expect(files).toHaveLength(templateCatalog.size)
    const manual = fs.readFileSync(path.join(dir, 'out/manual/isms-manual.md'), 'utf8')
    expect(manual).toContain('株式会社テスト')
    expect(manual).not.toContain('{{組織名}}')
    expect(manual).not.toMatch(/^::: guide/m)
    const soaDoc = fs.readFileSync(path.join(dir, 'out/soa/statement-of-applicability.md'), 'utf8')
    expect(soaDoc).toMatch(/\| \[8\.24 暗号の利用\]\(https:\/\/[^)]+\/controls\/a-8-24\) \| はい \| TLSとKMS \| 実施済 \| 暗号化規程 \|/)
    expect(unfilled).toContain('ISMS責任者')
    expect(unfilled).not.toContain('組織名')
  })

  it('reports an unknown key as a warning and a broken or missing config as an error naming the file', () => {
    const dir = tmp('config')
    expect(readConfig(write(dir, 'ok.yaml', '組織名: A社\n会社名: B社\n'))).toEqual({
      values: { 組織名: 'A社' },
      warnings: [`${path.join(dir, 'ok.yaml')}: 「会社名」はテンプレートで使う項目名ではありません`]
    })
    expect(() => readConfig(write(dir, 'bad.yaml', '組織名: [A社\n'))).toThrow(/bad\.yaml はYAMLとして読めません/)
    expect(() => readConfig(write(dir, 'list.yaml', '- 組織名\n'))).toThrow(InputError)
    expect(() => readConfig(path.join(dir, 'none.yaml'))).toThrow(/none\.yaml を読み込めません/)
    expect(() => readSoaCsv(write(dir, 'soa.csv', '管理策番号,適用,理由,実施状況,関連文書・証拠\n5.99,はい,,,\n'))).toThrow(/2行目：「5\.99」は附属書Aの管理策番号ではありません/)
  })

  it('exits with 1 and a message, without a stack trace, when the config is missing', async () => {
    const run = promisify(execFile)
    const tsx = path.join(ROOT_DIR, 'node_modules/.bin/tsx')
    const error = await run(tsx, ['scripts/generate.ts', '--config', 'no-such.yaml', '--out', tmp('cli')], { cwd: ROOT_DIR }).catch((e: { code: number; stderr: string }) => e)
    expect(error).toMatchObject({ code: 1 })
    expect((error as { stderr: string }).stderr.trim()).toBe('エラー: 設定ファイル no-such.yaml を読み込めません（ファイルがないか、読み取れません）')
  }, 30_000)
})
