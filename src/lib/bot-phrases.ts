// What the bot itself says, in the visitor's language (English when it is not one of these).
export const BOT_LANGUAGES = ["en", "ar", "ur", "es", "fr", "de", "pt", "hi", "tr", "id"] as const;
export type BotLanguage = (typeof BOT_LANGUAGES)[number];

type Phrases = { dontKnow: string; failed: string; queued: string; queuedWait: string };

const PHRASES: Record<BotLanguage, Phrases> = {
  en: {
    dontKnow: "I'm not sure about that one, and I'd rather not guess. Would you like to talk to a person from our team?",
    failed: "Sorry, I'm having trouble answering right now. Would you like to talk to a person from our team?",
    queued: "I'm connecting you with a person from our team. You are number {position} in line.",
    queuedWait: "I'm connecting you with a person from our team. You are number {position} in line; the wait is usually about {minutes} min.",
  },
  ar: {
    dontKnow: "لست متأكدًا من ذلك، ولا أريد أن أخمّن. هل تود التحدث إلى أحد أعضاء فريقنا؟",
    failed: "عذرًا، أواجه مشكلة في الإجابة الآن. هل تود التحدث إلى أحد أعضاء فريقنا؟",
    queued: "أقوم بتحويلك إلى أحد أعضاء فريقنا. ترتيبك في الانتظار: {position}.",
    queuedWait: "أقوم بتحويلك إلى أحد أعضاء فريقنا. ترتيبك في الانتظار: {position}، والانتظار عادةً حوالي {minutes} دقيقة.",
  },
  ur: {
    dontKnow: "مجھے اس کا یقین نہیں ہے، اور میں اندازہ نہیں لگانا چاہتا۔ کیا آپ ہماری ٹیم کے کسی فرد سے بات کرنا چاہیں گے؟",
    failed: "معذرت، مجھے ابھی جواب دینے میں دشواری ہو رہی ہے۔ کیا آپ ہماری ٹیم کے کسی فرد سے بات کرنا چاہیں گے؟",
    queued: "میں آپ کو ہماری ٹیم کے ایک فرد سے ملا رہا ہوں۔ قطار میں آپ کا نمبر {position} ہے۔",
    queuedWait: "میں آپ کو ہماری ٹیم کے ایک فرد سے ملا رہا ہوں۔ قطار میں آپ کا نمبر {position} ہے؛ انتظار عموماً تقریباً {minutes} منٹ ہوتا ہے۔",
  },
  es: {
    dontKnow: "No estoy seguro de eso y prefiero no adivinar. ¿Quieres hablar con una persona de nuestro equipo?",
    failed: "Lo siento, ahora mismo tengo problemas para responder. ¿Quieres hablar con una persona de nuestro equipo?",
    queued: "Te estoy conectando con una persona de nuestro equipo. Eres el número {position} en la fila.",
    queuedWait: "Te estoy conectando con una persona de nuestro equipo. Eres el número {position} en la fila; la espera suele ser de unos {minutes} min.",
  },
  fr: {
    dontKnow: "Je ne suis pas sûr de la réponse et je préfère ne pas deviner. Voulez-vous parler à une personne de notre équipe ?",
    failed: "Désolé, j'ai du mal à répondre pour le moment. Voulez-vous parler à une personne de notre équipe ?",
    queued: "Je vous mets en relation avec une personne de notre équipe. Vous êtes numéro {position} dans la file.",
    queuedWait: "Je vous mets en relation avec une personne de notre équipe. Vous êtes numéro {position} dans la file ; l'attente est en général d'environ {minutes} min.",
  },
  de: {
    dontKnow: "Da bin ich mir nicht sicher, und raten möchte ich nicht. Möchten Sie mit jemandem aus unserem Team sprechen?",
    failed: "Entschuldigung, ich kann gerade nicht antworten. Möchten Sie mit jemandem aus unserem Team sprechen?",
    queued: "Ich verbinde Sie mit jemandem aus unserem Team. Sie sind Nummer {position} in der Warteschlange.",
    queuedWait: "Ich verbinde Sie mit jemandem aus unserem Team. Sie sind Nummer {position} in der Warteschlange; die Wartezeit beträgt meist etwa {minutes} Min.",
  },
  pt: {
    dontKnow: "Não tenho certeza sobre isso e prefiro não adivinhar. Quer falar com uma pessoa da nossa equipe?",
    failed: "Desculpe, estou com dificuldade para responder agora. Quer falar com uma pessoa da nossa equipe?",
    queued: "Estou conectando você com uma pessoa da nossa equipe. Você é o número {position} na fila.",
    queuedWait: "Estou conectando você com uma pessoa da nossa equipe. Você é o número {position} na fila; a espera costuma ser de cerca de {minutes} min.",
  },
  hi: {
    dontKnow: "मुझे इसके बारे में पक्का नहीं पता, और मैं अंदाज़ा नहीं लगाना चाहता। क्या आप हमारी टीम के किसी व्यक्ति से बात करना चाहेंगे?",
    failed: "क्षमा करें, मुझे अभी जवाब देने में दिक्कत हो रही है। क्या आप हमारी टीम के किसी व्यक्ति से बात करना चाहेंगे?",
    queued: "मैं आपको हमारी टीम के एक व्यक्ति से जोड़ रहा हूँ। कतार में आपका नंबर {position} है।",
    queuedWait: "मैं आपको हमारी टीम के एक व्यक्ति से जोड़ रहा हूँ। कतार में आपका नंबर {position} है; आमतौर पर लगभग {minutes} मिनट लगते हैं।",
  },
  tr: {
    dontKnow: "Bundan emin değilim ve tahmin yürütmek istemem. Ekibimizden biriyle görüşmek ister misiniz?",
    failed: "Üzgünüm, şu anda yanıt vermekte zorlanıyorum. Ekibimizden biriyle görüşmek ister misiniz?",
    queued: "Sizi ekibimizden biriyle bağlıyorum. Sırada {position}. sıradasınız.",
    queuedWait: "Sizi ekibimizden biriyle bağlıyorum. Sırada {position}. sıradasınız; bekleme genellikle yaklaşık {minutes} dk sürer.",
  },
  id: {
    dontKnow: "Saya tidak yakin soal itu dan tidak ingin menebak. Apakah Anda ingin berbicara dengan seseorang dari tim kami?",
    failed: "Maaf, saya sedang kesulitan menjawab. Apakah Anda ingin berbicara dengan seseorang dari tim kami?",
    queued: "Saya menghubungkan Anda dengan seseorang dari tim kami. Anda nomor {position} dalam antrean.",
    queuedWait: "Saya menghubungkan Anda dengan seseorang dari tim kami. Anda nomor {position} dalam antrean; biasanya menunggu sekitar {minutes} menit.",
  },
};

export function toBotLanguage(language: string | null | undefined): BotLanguage {
  const base = (language ?? "en").toLowerCase().split(/[-_]/)[0];
  return (BOT_LANGUAGES as readonly string[]).includes(base ?? "") ? (base as BotLanguage) : "en";
}

export function botPhrase(key: keyof Phrases, language: string | null | undefined, values: Record<string, string | number> = {}): string {
  return PHRASES[toBotLanguage(language)][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
