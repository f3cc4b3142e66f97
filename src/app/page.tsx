import { redirect } from "next/navigation";

// The dashboard sends signed-out visitors on to sign-in.
export default function Home() {
  redirect("/dashboard");
}
