import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata = { title: "Create your account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const { invite } = await searchParams;
  return <SignUpForm invite={typeof invite === "string" ? invite : undefined} />;
}
