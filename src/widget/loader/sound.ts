// A short two-note chime synthesised with WebAudio: no audio file to download. Browsers only let a
// page make sound after a user gesture, so the context is created (unlocked) on the first click on
// the launcher and reused; before that the chime is silently skipped.
type AudioContextClass = typeof AudioContext;

let context: AudioContext | undefined;
let lastPlayed = 0;

export function unlockAudio(): void {
  try {
    const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as AudioContextClass | undefined;
    if (!context && Ctor) context = new Ctor();
    if (context?.state === "suspended") void context.resume().catch(() => undefined);
  } catch {
    // No WebAudio: no sound, nothing else changes.
  }
}

export function playChime(): void {
  const now = Date.now();
  // A burst of messages makes one sound, not a drum roll.
  if (!context || context.state !== "running" || now - lastPlayed < 1500) return;
  lastPlayed = now;
  const ctx = context;
  const start = ctx.currentTime;
  [660, 990].forEach((frequency, i) => {
    const at = start + i * 0.11;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.12, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.32);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.35);
  });
}
