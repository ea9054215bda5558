import { SingleBar, Presets } from 'cli-progress';

/** A progress reporter: a bar on an interactive terminal for batches bigger than a few items, else nothing. */
export interface Progress {
  update(done: number, total: number, label: string | null): void;
  stop(): void;
}

/** Creates a progress bar on stderr when stderr is a terminal and the batch has more than `threshold` items. */
export function progressBar(unit: string, threshold = 3): Progress {
  let bar: SingleBar | null = null;
  return {
    update(done, total, label) {
      if (!process.stderr.isTTY || total <= threshold) return;
      if (!bar) {
        bar = new SingleBar(
          {
            format: `{bar} {value}/{total} ${unit} | {eta_formatted} left | {label}`,
            stream: process.stderr,
            hideCursor: true,
          },
          Presets.shades_classic,
        );
        bar.start(total, done, { label: '' });
      }
      bar.update(done, { label: label ? label.slice(-50) : '' });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
