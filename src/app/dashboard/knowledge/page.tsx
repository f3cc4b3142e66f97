export { KnowledgePage as default } from "@/components/dashboard/knowledge/knowledge-page";

export const metadata = { title: "Knowledge base" };
