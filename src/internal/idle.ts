// When the widget's later work runs: after the screen the SME waits for has painted, and when the main
// thread has nothing else to do, so prefetching never competes with the first question.

type IdleCallback = (callback: () => void, options?: { timeout: number }) => number;

/** Runs `task` when the main thread is idle, within `timeout` ms at the latest. */
export function whenIdle(task: () => void, timeout = 2000): void {
  const idle = (globalThis as { requestIdleCallback?: IdleCallback }).requestIdleCallback;
  if (idle) idle(task, { timeout });
  else setTimeout(task, 200);
}

/** Runs `task` once the next frame has painted and the main thread is then idle. */
export function afterPaintWhenIdle(task: () => void, timeout = 2000): void {
  const frame = globalThis.requestAnimationFrame ?? ((callback: () => void) => setTimeout(callback, 16));
  frame(() => setTimeout(() => whenIdle(task, timeout), 0));
}
