import type { RateLimit } from "./rate-limit";

// Login throttling: 10 tries per 15 minutes per IP and email stops guessing without locking out
// someone who mistypes a few times; sign-ups and reset emails are limited per IP against abuse.
export const SIGN_IN_LIMIT: RateLimit = { name: "sign-in", points: 10, durationSecs: 15 * 60 };
export const SIGN_UP_LIMIT: RateLimit = { name: "sign-up", points: 10, durationSecs: 60 * 60 };
export const PASSWORD_RESET_LIMIT: RateLimit = { name: "password-reset", points: 5, durationSecs: 60 * 60 };
export const PUBLIC_LOOKUP_LIMIT: RateLimit = { name: "public-lookup", points: 60, durationSecs: 60 };
