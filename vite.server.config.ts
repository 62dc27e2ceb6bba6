import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The production build of the Node server: src/server/index.ts compiled to one ES module in
 * dist/server, beside (never inside) dist/client, the only directory served statically.
 * Packages stay external and load from node_modules, as under tsx.
 */
export default defineConfig({
  resolve: { alias: { '@': src } },
  publicDir: false,
  build: {
    ssr: 'src/server/index.ts',
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'index.js' } },
  },
});
