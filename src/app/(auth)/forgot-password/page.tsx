export { ForgotPasswordForm as default } from "@/components/auth/forgot-password-form";

export const metadata = { title: "Reset your password" };
