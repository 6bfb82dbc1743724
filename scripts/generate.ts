/**
 * Writes every document template filled in with an organization's values:
 *   npm run generate -- --config organization.yaml --out DIR [--format md|docx] [--soa soa.csv]
 * The same filling, guidance removal, CSV and Word code as the site's browser tools.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { InputError, generateDocuments, readConfig, readSoaCsv, type Format } from '../src/templates/generate'

const USAGE = '使い方: npm run generate -- --config organization.yaml --out 出力先 [--format md|docx] [--soa soa.csv]'

async function main() {
  let args
  try {
    args = parseArgs({ options: { config: { type: 'string' }, out: { type: 'string' }, format: { type: 'string', default: 'md' }, soa: { type: 'string' } } }).values
  } catch (error) {
    throw new InputError(`${error instanceof Error ? error.message : error}\n${USAGE}`)
  }
  if (!args.config || !args.out) throw new InputError(`--config と --out を指定してください\n${USAGE}`)
  if (args.format !== 'md' && args.format !== 'docx') throw new InputError(`--format は md か docx です（${args.format}）`)

  const { values, warnings } = readConfig(args.config)
  const soa = args.soa ? readSoaCsv(args.soa) : undefined
  const { files, unfilled } = await generateDocuments({ outDir: path.resolve(args.out), format: args.format as Format, values, soa })
  for (const warning of warnings) console.warn(`警告: ${warning}`)
  if (unfilled.length) console.warn(`警告: 設定ファイルに値がない項目があります（文書では {{…}} のまま残ります）: ${unfilled.join('、')}`)
  console.log(`${files.length}件の文書を ${args.out} に書き出しました（${args.format}）`)
}

main().catch((error: unknown) => {
  if (!(error instanceof InputError)) throw error
  console.error(`エラー: ${error.message}`)
  process.exit(1)
})
