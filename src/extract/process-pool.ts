import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadOptions } from '../ingest/read-file.js';
import { processFile, type ProcessResult } from './process-file.js';

/** Processes files (read, clean, extract), possibly on several threads. */
export interface FileProcessor {
  process(file: string): Promise<ProcessResult>;
  close(): Promise<void>;
}

/** Options for {@link createFileProcessor}. */
export interface ProcessorOptions extends ReadOptions {
  /** Worker threads to use; 0 processes on the calling thread. Default: one per core, at most 4. */
  threads?: number;
  /** Each worker's old-generation heap limit in MB. Default {@link WORKER_HEAP_MB}. */
  workerHeapMb?: number;
}

/**
 * Each worker's old-generation heap limit, in MB. A worker holds about 64 MB live (cleaners,
 * gazetteers, registries); with no limit V8 lets the garbage of finished documents pile up to about
 * four times that before a full collection, so an ingest's memory climbed with its length. Under a
 * limit V8 collects sooner, and the heap stays near 120 MB however many documents pass. A document
 * too big to process within the limit is processed again on the calling thread.
 */
export const WORKER_HEAP_MB = 512;

const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./process-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);

/** Starts a worker; run from TypeScript sources (tests, tsx), it first registers tsx in the worker. */
function startWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!fromSource) return new Worker(WORKER_URL, { resourceLimits });
  const bootstrap = `const { register } = await import('tsx/esm/api'); register(); await import(${JSON.stringify(WORKER_URL.href)});`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

interface Job {
  file: string;
  resolve: (result: ProcessResult) => void;
}

/** Crashes of fresh workers tolerated before the pool gives up on threads and works in-line. */
const MAX_STARTUP_CRASHES = 2;

class WorkerPool implements FileProcessor {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #startupCrashes = 0;
  #closing = false;

  constructor(
    size: number,
    private readonly options: ReadOptions,
    private readonly heapMb: number,
  ) {
    for (let i = 0; i < size; i++) this.#idle.push(this.#spawn());
  }

  #spawn(): Worker {
    const worker = startWorker(this.heapMb);
    let worked = false;
    let gone = false;
    worker.on('message', ({ result }: { result: ProcessResult }) => {
      const job = this.#busy.get(worker);
      if (!job) return;
      worked = true;
      this.#busy.delete(worker);
      this.#idle.push(worker);
      job.resolve(result);
      this.#drain();
    });
    const die = (reason: string, outOfMemory = false) => {
      if (gone) return;
      gone = true;
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      const i = this.#idle.indexOf(worker);
      if (i >= 0) this.#idle.splice(i, 1);
      if (job && outOfMemory && !this.#closing) void processFile(job.file, this.options).then(job.resolve);
      else job?.resolve({ ok: false, file: job.file, reason });
      if (this.#closing) return;
      if (!worked) this.#startupCrashes++;
      if (this.#startupCrashes <= MAX_STARTUP_CRASHES) this.#idle.push(this.#spawn());
      this.#drain();
    };
    worker.on('error', (error: Error & { code?: string }) =>
      die(`processing crashed: ${error.message.split('\n')[0]}`, error.code === 'ERR_WORKER_OUT_OF_MEMORY'),
    );
    worker.on('exit', (code) => die(`processing stopped (worker exit code ${code})`));
    return worker;
  }

  #drain() {
    if (this.#idle.length === 0 && this.#busy.size === 0) {
      for (const job of this.#queue.splice(0)) void processFile(job.file, this.options).then(job.resolve);
      return;
    }
    while (this.#idle.length && this.#queue.length) {
      const worker = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      worker.postMessage({ file: job.file, options: this.options });
    }
  }

  process(file: string): Promise<ProcessResult> {
    return new Promise((resolve) => {
      this.#queue.push({ file, resolve });
      this.#drain();
    });
  }

  async close() {
    this.#closing = true;
    await Promise.all([...this.#idle, ...this.#busy.keys()].map((w) => w.terminate()));
  }
}

/**
 * A file processor for a batch: worker threads when the batch is big enough to repay their start-up
 * (each loads the cleaners and gazetteers), the calling thread otherwise. If workers cannot start,
 * the pool falls back to the calling thread rather than failing the batch.
 */
export function createFileProcessor(fileCount: number, options: ProcessorOptions = {}): FileProcessor {
  const {
    threads = Math.min(4, availableParallelism()),
    workerHeapMb = WORKER_HEAP_MB,
    ...readOptions
  } = options;
  if (threads === 0 || fileCount < 16) {
    return { process: (file) => processFile(file, readOptions), close: async () => undefined };
  }
  return new WorkerPool(Math.min(threads, fileCount), readOptions, workerHeapMb);
}
