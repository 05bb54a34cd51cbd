/**
 * A build worker of `npm start` (a child process with an IPC channel): runs one full build with the
 * environment it was given, reports `{ type: 'built', ok }`, and then, while its build is the site online,
 * serves fast updates: `{ type: 'update', snapshot, live }` is answered by `{ type: 'updated', ok, result }`
 * (see renderer.ts). It never exits on its own after a successful build: npm start stops it when a newer
 * build has replaced its site.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { FastSite, type FastResult } from './renderer.ts';

export type WorkerRequest = { type: 'update'; snapshot: string; live: string };
export type WorkerReply =
  | { type: 'built'; ok: true }
  | { type: 'built'; ok: false; error: string }
  | { type: 'updated'; ok: true; result: FastResult }
  | { type: 'updated'; ok: false; error: string };

const keepDir = process.env.KENNISBANK_FAST_KEEP;
if (!keepDir || !process.send) throw new Error('tools/fast/worker.ts draait alleen als kindproces van npm start');
const send = (reply: WorkerReply) => process.send!(reply);
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
process.on('exit', () => rmSync(dirname(keepDir), { recursive: true, force: true }));
process.on('SIGTERM', () => process.exit(0));
// npm start ended without stopping this worker (killed): end too.
process.on('disconnect', () => process.exit(0));

let site: FastSite;
try {
  site = await FastSite.build(keepDir);
} catch (err) {
  send({ type: 'built', ok: false, error: message(err) });
  process.exit(1);
}
send({ type: 'built', ok: true });

// One update at a time, in the order asked.
let queue = Promise.resolve();
process.on('message', (request: WorkerRequest) => {
  if (request.type !== 'update') return;
  queue = queue.then(async () => {
    try {
      send({ type: 'updated', ok: true, result: await site.update(request.snapshot, request.live) });
    } catch (err) {
      send({ type: 'updated', ok: false, error: message(err) });
    }
  });
});
