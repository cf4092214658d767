/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built files go straight into the jar's static/ folder: the gateway serves them from its class path.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
    // no inline <script> or data: module preload: the gateway's CSP allows scripts from 'self' only
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // generous: the suite also runs on a busy 2-core machine next to the platform's own builds
    testTimeout: 15000,
    env: { TZ: 'Europe/Brussels' },
  },
});
