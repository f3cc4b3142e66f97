import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { next, invite, reset } = await searchParams;
  return <SignInForm next={typeof next === "string" ? next : undefined} invite={typeof invite === "string" ? invite : undefined} reset={reset === "1"} />;
}
