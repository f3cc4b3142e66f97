import nodemailer, { type Transporter } from "nodemailer";
import { env } from "./env";
import { logger } from "./logger";

export interface Email {
  to: string;
  subject: string;
  text: string;
}

let transport: Transporter | undefined;

/**
 * Sends through SMTP when SMTP_URL is set. Without it (a laptop, the demo) the email goes to the
 * server log so a password-reset or invitation link is still reachable by whoever runs Baton.
 */
export async function sendEmail(email: Email): Promise<void> {
  if (!env.SMTP_URL) {
    logger.info({ to: email.to, subject: email.subject }, `email (SMTP_URL not set, printed instead):\n${email.text}`);
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.SMTP_FROM, ...email });
}
