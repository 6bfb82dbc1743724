import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { markdownToDocx } from '../../src/templates/docx'

const SAMPLE = `# 情報セキュリティ方針

| 項目 | 内容 |
|---|---|
| 組織名 | 株式会社サンプル |
| 版数 | 1.0 |

## 1 目的

本方針は**株式会社サンプル**の方針である。詳細は[管理策5.1](https://example.com/controls/a-5-1)による。

1. 一つ目の手順
2. 二つ目の手順
   - 補足の項目

## 改訂履歴
`

async function documentXml(markdown: string, landscape = false) {
  const buffer = await Packer.toBuffer(markdownToDocx(markdown, { landscape }))
  const files = unzipSync(new Uint8Array(buffer))
  return { xml: strFromU8(files['word/document.xml']!), styles: strFromU8(files['word/styles.xml']!), numbering: strFromU8(files['word/numbering.xml']!) }
}

describe('Word output', () => {
  it('writes headings as Word headings, tables as tables and lists as numbered paragraphs', async () => {
    const { xml } = await documentXml(SAMPLE)
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>') // h2: the document's own sections
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1)
    expect(xml.match(/<w:tr>/g)).toHaveLength(3)
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toContain('株式会社サンプル')
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/)
    expect(xml).toMatch(/<w:ilvl w:val="1"\/>/)
    expect(xml).toContain('<w:hyperlink')
  })

  it('is A4, portrait or landscape', async () => {
    expect((await documentXml(SAMPLE)).xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/)
    expect((await documentXml(SAMPLE, true)).xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
  })

  it('sets Japanese fonts for East Asian text', async () => {
    const { styles } = await documentXml(SAMPLE)
    expect(styles).toContain('w:eastAsia="游明朝"')
    expect(styles).toContain('w:eastAsia="游ゴシック"')
    expect(styles).toContain('w:eastAsia="ja-JP"')
  })
})
