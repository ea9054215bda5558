// A worker thread of the document pool: processes the files it is sent, one at a time, and posts
// each result back.
import { parentPort } from 'node:worker_threads';
import type { ReadOptions } from '../ingest/read-file.js';
import { processFile } from './process-file.js';

parentPort?.on('message', async ({ file, options }: { file: string; options: ReadOptions }) => {
  parentPort!.postMessage({ result: await processFile(file, options) });
});
