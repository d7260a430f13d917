// Two screens that follow a request on the service (the relative's waiting screen, the cardholder's
// request list, the payment code's status) ask again every few seconds: one timer, one place.
/** Asks the service every few seconds while `active`, so both screens follow without reloading. */
export function poll(task: () => Promise<void>, everyMs = 3000): () => void {
  let stopped = false;
  let timer: number | undefined;
  const tick = async () => {
    if (stopped) return;
    await task().catch(() => undefined);
    if (!stopped) timer = window.setTimeout(tick, everyMs);
  };
  timer = window.setTimeout(tick, everyMs);
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}
