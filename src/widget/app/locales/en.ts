// The widget's UI strings in English: the reference, bundled into the chat app. The other languages
// live in translations.ts and are shipped as one small JSON file each (see i18n.ts). Placeholders
// are {name}-style. Tenant content (greeting, launcher text) is not translated.
export const en = {
  aiAssistant: "AI assistant",
  humanOneClick: "A human is one click away",
  greeting: "Hi, I'm {bot}, an AI assistant for {name}. I can answer your questions right away, day or night. If you'd rather talk to a person, a human is one click away.",
  talkToHuman: "Talk to a human",
  queuePosition: "You're #{n} in line",
  waitMinutes: "about {m} min wait",
  waitSoon: "someone will be with you shortly",
  waiting: "Connecting you with a team member…",
  joined: "{name} joined the conversation",
  typing: "{name} is typing…",
  teamMember: "Support team",
  placeholder: "Write a message…",
  send: "Send",
  close: "Close chat",
  sending: "Sending…",
  failed: "Not delivered",
  retry: "Retry",
  reconnecting: "Reconnecting…",
  you: "You",
  conversation: "Conversation",
  leadTitle: "Leave us a message",
  leadIntro: "Our team will get back to you by email as soon as possible.",
  name: "Name",
  email: "Email",
  question: "How can we help?",
  submit: "Send message",
  leadThanks: "Thanks — we'll email you at {email}.",
  back: "Back to chat",
  error: "Something went wrong. Please try again.",
  resolved: "This conversation has ended. Send a message to start a new one.",
  csatTitle: "How did we do?",
  csatStar: "{n} star",
  csatStars: "{n} stars",
  csatComment: "Anything to add? (optional)",
  csatSubmit: "Submit",
  csatThanks: "Thanks for your feedback",
};

export type Strings = typeof en;
export type StringKey = keyof Strings;
