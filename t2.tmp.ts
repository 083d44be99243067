import { PGlite } from '@electric-sql/pglite';
let t = Date.now();
const p = new PGlite();
await p.waitReady;
console.log('memory open', Date.now() - t);
