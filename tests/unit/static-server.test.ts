import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer, listenLocally } from '../../src/server/static'

function get(origin: string, pathname: string, headers: http.OutgoingHttpHeaders = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(origin + pathname, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

describe('static server', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-static-'))
  const server = createStaticServer(root)
  let origin = ''

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'blog'))
    fs.writeFileSync(path.join(root, 'index.html'), '<p>ホーム</p>')
    fs.writeFileSync(path.join(root, 'blog/index.html'), '<p>ブログ</p>')
    fs.writeFileSync(path.join(root, 'blog/post.html'), '<p>記事</p>'.repeat(100))
    fs.writeFileSync(path.join(root, '404.html'), '<p>見つかりません</p>')
    fs.writeFileSync(path.join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    origin = await listenLocally(server)
  })
  afterAll(() => {
    server.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('maps clean URLs to HTML files and anything else to the 404 page', async () => {
    expect((await get(origin, '/blog/post')).body.toString()).toContain('記事')
    expect((await get(origin, '/blog/')).body.toString()).toBe('<p>ブログ</p>')
    const missing = await get(origin, '/nope')
    expect([missing.status, missing.body.toString()]).toEqual([404, '<p>見つかりません</p>'])
  })

  it('gzips text for clients that accept it and leaves other clients and binary files alone', async () => {
    const zipped = await get(origin, '/blog/post', { 'accept-encoding': 'gzip, deflate, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toBe('Accept-Encoding')
    expect(zlib.gunzipSync(zipped.body).toString()).toBe('<p>記事</p>'.repeat(100))
    expect((await get(origin, '/blog/post')).headers['content-encoding']).toBeUndefined()
    expect((await get(origin, '/logo.png', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined()
  })
})
