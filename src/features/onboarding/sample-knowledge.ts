// Starter entries for a new workspace ("add sample entries"): common store questions, written so
// the owner sees the bot answer at once and then edits them into their own.
export const SAMPLE_KNOWLEDGE = [
  {
    title: "Shipping times",
    exampleQuestions: ["How long does shipping take?", "When will my order arrive?", "Do you ship internationally?", "What are the delivery times?"],
    answer: "Orders ship within 1 business day. Delivery takes 2-5 business days in the country and 5-10 abroad; you get a tracking link by email.",
  },
  {
    title: "Returns and refunds",
    exampleQuestions: ["How do I return an item?", "What is your return policy?", "Can I get a refund?", "How long do refunds take?"],
    answer: "You can return unused items within 30 days. Start a return from your order page; the refund reaches your card 5-7 days after we receive the parcel.",
  },
  {
    title: "Payment methods",
    exampleQuestions: ["What payment methods do you accept?", "Can I pay with PayPal?", "Do you take credit cards?"],
    answer: "We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay.",
  },
  {
    title: "Opening hours",
    exampleQuestions: ["What are your opening hours?", "When is support available?", "Are you open on weekends?"],
    answer: "Our team is here Monday to Friday, 9:00-17:00. This assistant answers day and night, and can pass you to a person during opening hours.",
  },
  {
    title: "Order tracking",
    exampleQuestions: ["Where is my order?", "How can I track my package?", "My order has not arrived"],
    answer: "The tracking link is in your shipping confirmation email and on your order page. If it has not moved for 3 days, ask for a person and we will look into it.",
  },
  {
    title: "Change or cancel an order",
    exampleQuestions: ["Can I change my order?", "How do I cancel my order?", "I ordered the wrong size"],
    answer: "Orders can be changed or cancelled within 1 hour of purchase from your order page. After that, return the item once it arrives.",
  },
] as const;
