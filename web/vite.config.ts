import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The UI is served by `ketnap serve` from web/dist at `/`; during development
// `npm run dev` proxies the API to a local ketnap (KETNAP_URL, default :8080).
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // React and ECharts in their own long-lived chunks (ECharts only reached through the
        // lazily loaded chart). antd is left to Rollup so each route carries the components it uses.
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.KETNAP_URL ?? 'http://127.0.0.1:8080' },
  },
});
