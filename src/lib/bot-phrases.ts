// What the bot itself says, in the visitor's language (English when it is not one of these).
export const BOT_LANGUAGES = ["en", "ar", "ur", "es", "fr", "de", "pt", "hi", "tr", "id"] as const;
export type BotLanguage = (typeof BOT_LANGUAGES)[number];

type Phrases = { dontKnow: string; failed: string };

const PHRASES: Record<BotLanguage, Phrases> = {
  en: {
    dontKnow: "I'm not sure about that one, and I'd rather not guess. Would you like to talk to a person from our team?",
    failed: "Sorry, I'm having trouble answering right now. Would you like to talk to a person from our team?",
  },
  ar: {
    dontKnow: "لست متأكدًا من ذلك، ولا أريد أن أخمّن. هل تود التحدث إلى أحد أعضاء فريقنا؟",
    failed: "عذرًا، أواجه مشكلة في الإجابة الآن. هل تود التحدث إلى أحد أعضاء فريقنا؟",
  },
  ur: {
    dontKnow: "مجھے اس کا یقین نہیں ہے، اور میں اندازہ نہیں لگانا چاہتا۔ کیا آپ ہماری ٹیم کے کسی فرد سے بات کرنا چاہیں گے؟",
    failed: "معذرت، مجھے ابھی جواب دینے میں دشواری ہو رہی ہے۔ کیا آپ ہماری ٹیم کے کسی فرد سے بات کرنا چاہیں گے؟",
  },
  es: {
    dontKnow: "No estoy seguro de eso y prefiero no adivinar. ¿Quieres hablar con una persona de nuestro equipo?",
    failed: "Lo siento, ahora mismo tengo problemas para responder. ¿Quieres hablar con una persona de nuestro equipo?",
  },
  fr: {
    dontKnow: "Je ne suis pas sûr de la réponse et je préfère ne pas deviner. Voulez-vous parler à une personne de notre équipe ?",
    failed: "Désolé, j'ai du mal à répondre pour le moment. Voulez-vous parler à une personne de notre équipe ?",
  },
  de: {
    dontKnow: "Da bin ich mir nicht sicher, und raten möchte ich nicht. Möchten Sie mit jemandem aus unserem Team sprechen?",
    failed: "Entschuldigung, ich kann gerade nicht antworten. Möchten Sie mit jemandem aus unserem Team sprechen?",
  },
  pt: {
    dontKnow: "Não tenho certeza sobre isso e prefiro não adivinhar. Quer falar com uma pessoa da nossa equipe?",
    failed: "Desculpe, estou com dificuldade para responder agora. Quer falar com uma pessoa da nossa equipe?",
  },
  hi: {
    dontKnow: "मुझे इसके बारे में पक्का नहीं पता, और मैं अंदाज़ा नहीं लगाना चाहता। क्या आप हमारी टीम के किसी व्यक्ति से बात करना चाहेंगे?",
    failed: "क्षमा करें, मुझे अभी जवाब देने में दिक्कत हो रही है। क्या आप हमारी टीम के किसी व्यक्ति से बात करना चाहेंगे?",
  },
  tr: {
    dontKnow: "Bundan emin değilim ve tahmin yürütmek istemem. Ekibimizden biriyle görüşmek ister misiniz?",
    failed: "Üzgünüm, şu anda yanıt vermekte zorlanıyorum. Ekibimizden biriyle görüşmek ister misiniz?",
  },
  id: {
    dontKnow: "Saya tidak yakin soal itu dan tidak ingin menebak. Apakah Anda ingin berbicara dengan seseorang dari tim kami?",
    failed: "Maaf, saya sedang kesulitan menjawab. Apakah Anda ingin berbicara dengan seseorang dari tim kami?",
  },
};

export function toBotLanguage(language: string | null | undefined): BotLanguage {
  const base = (language ?? "en").toLowerCase().split(/[-_]/)[0];
  return (BOT_LANGUAGES as readonly string[]).includes(base ?? "") ? (base as BotLanguage) : "en";
}

export function botPhrase(key: keyof Phrases, language: string | null | undefined): string {
  return PHRASES[toBotLanguage(language)][key];
}
