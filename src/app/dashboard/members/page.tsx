export { MembersPage as default } from "@/components/dashboard/members/members-page";

export const metadata = { title: "Members" };
