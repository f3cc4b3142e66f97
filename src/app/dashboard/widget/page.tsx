export { WidgetPage as default } from "@/components/dashboard/widget/widget-page";

export const metadata = { title: "Chat widget" };
