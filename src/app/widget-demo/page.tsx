import { WidgetDemoPage } from "@/components/widget-demo/widget-demo-page";

export const metadata = { title: "Northwind Outfitters — widget demo" };

export default WidgetDemoPage;
