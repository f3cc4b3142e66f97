// The demo workspace's knowledge base: a small online outdoor-clothing store.
export const DEMO_KNOWLEDGE = [
  {
    title: "Shipping times",
    exampleQuestions: ["How long does delivery take?", "When will my order arrive?", "How fast is shipping?"],
    answer: "Orders ship within 1 business day. Standard delivery takes 3-5 business days; Express takes 1-2 business days.",
  },
  {
    title: "Shipping costs",
    exampleQuestions: ["How much is shipping?", "Do you offer free shipping?", "What does delivery cost?"],
    answer: "Standard shipping is free on orders over $50, otherwise $4.95. Express shipping is $12.",
  },
  {
    title: "International shipping",
    exampleQuestions: ["Do you ship abroad?", "Can you deliver to Canada?", "Do you ship internationally?"],
    answer: "We ship to 30 countries in Europe and North America. Duties and taxes are shown at checkout.",
  },
  {
    title: "Tracking an order",
    exampleQuestions: ["Where is my order?", "How do I track my package?", "Can I get a tracking number?"],
    answer: "You get a tracking link by email as soon as your order ships. You can also see it under Account > Orders.",
  },
  {
    title: "Return policy",
    exampleQuestions: ["What is your return policy?", "Can I return an item?", "How many days do I have to return?"],
    answer: "You can return unworn items within 30 days of delivery for a full refund. Returns are free within the US.",
  },
  {
    title: "Starting a return",
    exampleQuestions: ["How do I return something?", "How do I send an item back?", "Where do I get a return label?"],
    answer: "Go to Account > Orders, choose the order and click 'Return items'. We email you a prepaid label.",
  },
  {
    title: "Refund timing",
    exampleQuestions: ["When will I get my refund?", "How long do refunds take?"],
    answer: "Refunds are issued to your original payment method within 5 business days of the return reaching us.",
  },
  {
    title: "Exchanges and sizes",
    exampleQuestions: ["Can I exchange for a different size?", "How do I swap sizes?"],
    answer: "Yes: start a return and choose 'Exchange'. We ship the new size as soon as the original is scanned by the carrier.",
  },
  {
    title: "Size guide",
    exampleQuestions: ["What size should I get?", "Do your jackets run small?", "Where is the size chart?"],
    answer: "Each product page has a size chart. Our jackets fit true to size; size up if you plan to layer underneath.",
  },
  {
    title: "Payment methods",
    exampleQuestions: ["What payment methods do you accept?", "Can I pay with PayPal?", "Do you take Apple Pay?"],
    answer: "We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay.",
  },
  {
    title: "Changing or cancelling an order",
    exampleQuestions: ["Can I cancel my order?", "How do I change my shipping address?", "Can I edit my order?"],
    answer: "Orders can be changed or cancelled within 1 hour of purchase from Account > Orders. After that, contact us and we will do our best.",
  },
  {
    title: "Discount codes",
    exampleQuestions: ["My discount code doesn't work", "Do you have a promo code?", "How do I use a coupon?"],
    answer: "Enter the code at checkout in the 'Discount code' field. Codes cannot be combined and exclude sale items.",
  },
  {
    title: "Warranty",
    exampleQuestions: ["Is there a warranty?", "My zipper broke, what can I do?"],
    answer: "All our gear has a 2-year warranty against manufacturing defects. Send us a photo and your order number.",
  },
  {
    title: "Gift cards",
    exampleQuestions: ["Do you sell gift cards?", "How do I check my gift card balance?"],
    answer: "Digital gift cards from $25 to $500 are available on our Gift Cards page and never expire.",
  },
] as const;
