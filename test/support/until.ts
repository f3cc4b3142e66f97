/** Polls until `probe` gives something truthy (a row, a post, a job), or fails after timeoutMs. */
export async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 5_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
