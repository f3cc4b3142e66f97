import type { TOnboardingStep, TestHandoffStepId } from "@/features/onboarding/onboarding.schemas";

export const STEP_COPY: Record<TOnboardingStep, { title: string; description: string }> = {
  knowledge: { title: "Add knowledge", description: "The bot answers from your knowledge base. Add your own entries, or start with samples you can edit later." },
  try_bot: { title: "Try the bot", description: "Ask a question the way a visitor would. This is your real widget talking to your real bot." },
  install_widget: { title: "Install the widget", description: "Paste one line on your website. This step completes when a visitor opens the chat there." },
  connect_channel: { title: "Connect Slack or WhatsApp", description: "Get escalations where your team already works. Optional: the web inbox works without them." },
  invite_agents: { title: "Invite your agents", description: "The people who take over when the bot hands a conversation to a human." },
  test_handoff: { title: "Run a test handoff", description: "One click runs a full escalation with a test visitor and shows each step as it happens." },
};

export const TEST_STEP_LABELS: Record<TestHandoffStepId, string> = {
  conversation: "Test conversation created",
  visitor_message: "Visitor asks for a person",
  trigger: "Handoff rule fired",
  handoff: "Handoff created with its brief",
  routed: "Routed to a team",
  delivered: "Delivered to your team",
  claimed: "Claimed",
  agent_reply: "Agent's reply reaches the visitor",
  resolved: "Resolved",
};
