// A short rising three-note chime for a new handoff, synthesised with the Web Audio API (no audio
// file). Browsers only allow sound after a user gesture, so the context is created on the first
// click or key press in the inbox; before that the chime is silently skipped.
type AudioContextClass = typeof AudioContext;

let context: AudioContext | undefined;
let lastPlayed = 0;

export function unlockChime(): void {
  try {
    const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as AudioContextClass | undefined;
    if (!context && Ctor) context = new Ctor();
    if (context?.state === "suspended") void context.resume().catch(() => undefined);
  } catch {
    // No Web Audio: no sound; the notification and the highlight still work.
  }
}

export function playChime(): void {
  const now = Date.now();
  // Five handoffs in a second make one sound, not a drum roll.
  if (!context || context.state !== "running" || now - lastPlayed < 2000) return;
  lastPlayed = now;
  const ctx = context;
  const start = ctx.currentTime;
  [587.33, 739.99, 880].forEach((frequency, i) => {
    const at = start + i * 0.12;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = "triangle";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.15, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.4);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.42);
  });
}
