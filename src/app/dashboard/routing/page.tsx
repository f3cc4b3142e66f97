export { RoutingPage as default } from "@/components/dashboard/routing/routing-page";

export const metadata = { title: "Routing" };
