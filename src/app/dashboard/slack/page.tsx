export { SlackPage as default } from "@/components/dashboard/slack/slack-page";

export const metadata = { title: "Slack" };
