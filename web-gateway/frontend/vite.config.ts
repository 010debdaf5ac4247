/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The gateway serves assets precompressed (EncodedResourceResolver sends the .gz to a client that accepts gzip), so
// the 685 kB Element Plus chunk goes out as 221 kB without compressing on every request. No .br: Spring picks the
// client's first listed coding and caches per set of codings, and browsers list gzip first. Node's zlib: no plugin.
function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'sifa-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir)
    },
    closeBundle() {
      const assets = join(outDir, 'assets')
      for (const name of readdirSync(assets)) {
        const file = join(assets, name)
        if (!/\.(js|css|svg|json)$/.test(name) || statSync(file).size < 1024) continue
        const content = readFileSync(file)
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }))
      }
    },
  }
}

// The gateway serves the built portal from its classpath (static/), so the build writes straight into
// web-gateway/target/classes/static. `npm run dev` proxies /api to a running gateway
// (SIFA_GATEWAY, default http://localhost:8080).
export default defineConfig({
  plugins: [
    vue(),
    precompress(),
    // Element Plus components and v-loading are imported where templates use them, so the bundle holds only
    // those; the stylesheet is imported whole in main.ts (components created from script, like ElMessage, need it).
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: 'src/components.d.ts', dirs: [] }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Vendors change rarely: separate chunks keep them cached across portal releases.
        codeSplitting: {
          groups: [
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus|@vueuse|@floating-ui|async-validator|dayjs|lodash)/, priority: 20 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|vue-echarts)/, priority: 20 },
            { name: 'vue', test: /node_modules[\\/](vue|@vue|vue-router|pinia)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': process.env.SIFA_GATEWAY ?? 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
})
