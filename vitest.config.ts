import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Build-output tests read docs/.vitepress/dist; `npm test` builds it first.
      { test: { name: 'output', include: ['tests/output/**/*.test.ts'], testTimeout: 60_000 } }
    ]
  }
})
