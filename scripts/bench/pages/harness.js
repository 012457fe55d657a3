// What every benchmark page shares: a host of a fixed size, and `window.bench`, which the
// driver (scripts/bench.mjs) calls once the page has loaded its code and made its data, so
// that only rendering is timed.

export const host = document.getElementById('host');
export const params = new URLSearchParams(location.search);

/** Resolves after the frame that shows what was just rendered has been produced. */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** `render()` draws and resolves when done; `count()` says how much it drew, for the table's notes. */
export function expose({ render, count = () => undefined }) {
  window.bench = {
    async run() {
      const started = performance.now();
      await render();
      await painted();
      return { ms: performance.now() - started, drawn: count() };
    },
  };
}

/** Resolves on the element's first fc-load (or rejects on fc-error: a benchmark must not time an error). */
export function loaded(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('fc-load', resolve, { once: true });
    el.addEventListener('fc-error', (e) => reject(new Error(e.detail.message)), { once: true });
  });
}

/** Resolves once some pixel of the canvas is not transparent: the chart has drawn. */
export async function canvasDrawn(canvas, timeout = 5000) {
  const until = performance.now() + timeout;
  const drawn = () => {
    const { width, height } = canvas;
    if (!width || !height) return false;
    const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    for (let i = 3; i < pixels.length; i += 16) if (pixels[i]) return true;
    return false;
  };
  while (!drawn()) {
    if (performance.now() > until) throw new Error(`the chart did not draw in ${timeout} ms`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}
