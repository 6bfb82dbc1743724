import fs from 'node:fs'
import { defineConfig } from '@playwright/test'
import { FIXTURE_DIST } from './tests/support/fixture'

// Debian's Chromium where it is installed (CI); elsewhere Playwright's own browser.
const executablePath = process.env.PW_CHROMIUM ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export const SITE_PORT = 4310
export const FIXTURE_PORT = 4311

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  },
  // Both builds are served with the site's _headers (CSP included), as a static host would.
  webServer: [
    { command: `tsx scripts/preview.ts --headers --port ${SITE_PORT}`, url: `http://127.0.0.1:${SITE_PORT}/`, reuseExistingServer: false },
    {
      command: `tsx scripts/preview.ts --headers --port ${FIXTURE_PORT} --root ${FIXTURE_DIST}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false
    }
  ]
})
