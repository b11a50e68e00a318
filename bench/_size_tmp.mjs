import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const e of ['packages/schema/src/index.ts','packages/parser/src/index.ts','packages/jsonld/src/index.ts','packages/jsonld/src/check.ts']) {
  const r = buildSync({ entryPoints:[e], bundle:true, minify:true, format:'esm', platform:'browser', write:false, metafile:true, logLevel:'silent' });
  const b = r.outputFiles[0].contents;
  console.log(e, b.length, gzipSync(b,{level:9}).length);
}
