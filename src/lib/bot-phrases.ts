// What the bot itself says, in the visitor's language (English when it is not one of these).
export const BOT_LANGUAGES = ["en", "ar", "ur", "es", "fr", "de", "pt", "hi", "tr", "id"] as const;
export type BotLanguage = (typeof BOT_LANGUAGES)[number];

type Phrases = { dontKnow: string; failed: string; queued: string; queuedWait: string; joined: string; handedBack: string; afterHours: string; nobodyFree: string };

const PHRASES: Record<BotLanguage, Phrases> = {
  en: {
    dontKnow: "I'm not sure about that one, and I'd rather not guess. Would you like to talk to a person from our team?",
    failed: "Sorry, I'm having trouble answering right now. Would you like to talk to a person from our team?",
    queued: "I'm connecting you with a person from our team. You are number {position} in line.",
    queuedWait: "I'm connecting you with a person from our team. You are number {position} in line; the wait is usually about {minutes} min.",
    joined: "{name} joined the conversation.",
    handedBack: "You're chatting with our assistant again. Ask me anything, or ask for a person at any time.",
    afterHours: "Our team is offline right now, so nobody can answer live. Leave your name, email and question and we'll get back to you by email.",
    nobodyFree: "Sorry, everyone on our team is busy right now. Leave your name, email and question and we'll get back to you by email as soon as we can.",
  },
  ar: {
    dontKnow: "لست متأكدًا من ذلك، ولا أريد أن أخمّن. هل تود التحدث إلى أحد أعضاء فريقنا؟",
    failed: "عذرًا، أواجه مشكلة في الإجابة الآن. هل تود التحدث إلى أحد أعضاء فريقنا؟",
    queued: "أقوم بتحويلك إلى أحد أعضاء فريقنا. ترتيبك في الانتظار: {position}.",
    queuedWait: "أقوم بتحويلك إلى أحد أعضاء فريقنا. ترتيبك في الانتظار: {position}، والانتظار عادةً حوالي {minutes} دقيقة.",
    joined: "انضم {name} إلى المحادثة.",
    handedBack: "أنت تتحدث مع مساعدنا مرة أخرى. اسألني أي شيء، أو اطلب التحدث إلى شخص في أي وقت.",
    afterHours: "فريقنا غير متصل الآن، لذا لا يمكن لأحد الرد مباشرة. اترك اسمك وبريدك الإلكتروني وسؤالك وسنرد عليك عبر البريد الإلكتروني.",
    nobodyFree: "عذرًا، جميع أعضاء فريقنا مشغولون الآن. اترك اسمك وبريدك الإلكتروني وسؤالك وسنرد عليك عبر البريد الإلكتروني في أقرب وقت.",
  },
  ur: {
    dontKnow: "مجھے اس کا یقین نہیں ہے، اور میں اندازہ نہیں لگانا چاہتا۔ کیا آپ ہماری ٹیم کے کسی فرد سے بات کرنا چاہیں گے؟",
    failed: "معذرت، مجھے ابھی جواب دینے میں دشواری ہو رہی ہے۔ کیا آپ ہماری ٹیم کے کسی فرد سے بات کرنا چاہیں گے؟",
    queued: "میں آپ کو ہماری ٹیم کے ایک فرد سے ملا رہا ہوں۔ قطار میں آپ کا نمبر {position} ہے۔",
    queuedWait: "میں آپ کو ہماری ٹیم کے ایک فرد سے ملا رہا ہوں۔ قطار میں آپ کا نمبر {position} ہے؛ انتظار عموماً تقریباً {minutes} منٹ ہوتا ہے۔",
    joined: "{name} گفتگو میں شامل ہو گئے۔",
    handedBack: "آپ دوبارہ ہمارے اسسٹنٹ سے بات کر رہے ہیں۔ کچھ بھی پوچھیں، یا کسی بھی وقت کسی فرد سے بات کرنے کا کہیں۔",
    afterHours: "ہماری ٹیم ابھی آف لائن ہے، اس لیے کوئی فوری جواب نہیں دے سکتا۔ اپنا نام، ای میل اور سوال چھوڑ دیں، ہم آپ کو ای میل پر جواب دیں گے۔",
    nobodyFree: "معذرت، ہماری ٹیم کے سبھی لوگ ابھی مصروف ہیں۔ اپنا نام، ای میل اور سوال چھوڑ دیں، ہم جلد از جلد ای میل پر جواب دیں گے۔",
  },
  es: {
    dontKnow: "No estoy seguro de eso y prefiero no adivinar. ¿Quieres hablar con una persona de nuestro equipo?",
    failed: "Lo siento, ahora mismo tengo problemas para responder. ¿Quieres hablar con una persona de nuestro equipo?",
    queued: "Te estoy conectando con una persona de nuestro equipo. Eres el número {position} en la fila.",
    queuedWait: "Te estoy conectando con una persona de nuestro equipo. Eres el número {position} en la fila; la espera suele ser de unos {minutes} min.",
    joined: "{name} se unió a la conversación.",
    handedBack: "Vuelves a hablar con nuestro asistente. Pregúntame lo que quieras o pide hablar con una persona cuando quieras.",
    afterHours: "Nuestro equipo no está disponible ahora, así que nadie puede responder en directo. Deja tu nombre, correo y pregunta y te responderemos por correo.",
    nobodyFree: "Lo siento, todo nuestro equipo está ocupado ahora. Deja tu nombre, correo y pregunta y te responderemos por correo lo antes posible.",
  },
  fr: {
    dontKnow: "Je ne suis pas sûr de la réponse et je préfère ne pas deviner. Voulez-vous parler à une personne de notre équipe ?",
    failed: "Désolé, j'ai du mal à répondre pour le moment. Voulez-vous parler à une personne de notre équipe ?",
    queued: "Je vous mets en relation avec une personne de notre équipe. Vous êtes numéro {position} dans la file.",
    queuedWait: "Je vous mets en relation avec une personne de notre équipe. Vous êtes numéro {position} dans la file ; l'attente est en général d'environ {minutes} min.",
    joined: "{name} a rejoint la conversation.",
    handedBack: "Vous discutez de nouveau avec notre assistant. Posez-moi vos questions, ou demandez une personne à tout moment.",
    afterHours: "Notre équipe est hors ligne pour le moment : personne ne peut répondre en direct. Laissez votre nom, votre e-mail et votre question, nous vous répondrons par e-mail.",
    nobodyFree: "Désolé, toute notre équipe est occupée pour le moment. Laissez votre nom, votre e-mail et votre question, nous vous répondrons par e-mail dès que possible.",
  },
  de: {
    dontKnow: "Da bin ich mir nicht sicher, und raten möchte ich nicht. Möchten Sie mit jemandem aus unserem Team sprechen?",
    failed: "Entschuldigung, ich kann gerade nicht antworten. Möchten Sie mit jemandem aus unserem Team sprechen?",
    queued: "Ich verbinde Sie mit jemandem aus unserem Team. Sie sind Nummer {position} in der Warteschlange.",
    queuedWait: "Ich verbinde Sie mit jemandem aus unserem Team. Sie sind Nummer {position} in der Warteschlange; die Wartezeit beträgt meist etwa {minutes} Min.",
    joined: "{name} ist dem Gespräch beigetreten.",
    handedBack: "Sie chatten wieder mit unserem Assistenten. Fragen Sie mich alles, oder verlangen Sie jederzeit eine Person.",
    afterHours: "Unser Team ist gerade nicht erreichbar, daher kann niemand live antworten. Hinterlassen Sie Name, E-Mail und Ihre Frage, wir antworten per E-Mail.",
    nobodyFree: "Entschuldigung, unser ganzes Team ist gerade beschäftigt. Hinterlassen Sie Name, E-Mail und Ihre Frage, wir antworten so bald wie möglich per E-Mail.",
  },
  pt: {
    dontKnow: "Não tenho certeza sobre isso e prefiro não adivinhar. Quer falar com uma pessoa da nossa equipe?",
    failed: "Desculpe, estou com dificuldade para responder agora. Quer falar com uma pessoa da nossa equipe?",
    queued: "Estou conectando você com uma pessoa da nossa equipe. Você é o número {position} na fila.",
    queuedWait: "Estou conectando você com uma pessoa da nossa equipe. Você é o número {position} na fila; a espera costuma ser de cerca de {minutes} min.",
    joined: "{name} entrou na conversa.",
    handedBack: "Você está falando com nosso assistente de novo. Pergunte o que quiser ou peça uma pessoa a qualquer momento.",
    afterHours: "Nossa equipe está offline agora, então ninguém pode responder ao vivo. Deixe seu nome, e-mail e pergunta e responderemos por e-mail.",
    nobodyFree: "Desculpe, toda a nossa equipe está ocupada agora. Deixe seu nome, e-mail e pergunta e responderemos por e-mail o quanto antes.",
  },
  hi: {
    dontKnow: "मुझे इसके बारे में पक्का नहीं पता, और मैं अंदाज़ा नहीं लगाना चाहता। क्या आप हमारी टीम के किसी व्यक्ति से बात करना चाहेंगे?",
    failed: "क्षमा करें, मुझे अभी जवाब देने में दिक्कत हो रही है। क्या आप हमारी टीम के किसी व्यक्ति से बात करना चाहेंगे?",
    queued: "मैं आपको हमारी टीम के एक व्यक्ति से जोड़ रहा हूँ। कतार में आपका नंबर {position} है।",
    queuedWait: "मैं आपको हमारी टीम के एक व्यक्ति से जोड़ रहा हूँ। कतार में आपका नंबर {position} है; आमतौर पर लगभग {minutes} मिनट लगते हैं।",
    joined: "{name} बातचीत में शामिल हुए।",
    handedBack: "आप फिर से हमारे असिस्टेंट से बात कर रहे हैं। कुछ भी पूछें, या कभी भी किसी व्यक्ति से बात करने के लिए कहें।",
    afterHours: "हमारी टीम अभी ऑफ़लाइन है, इसलिए कोई लाइव जवाब नहीं दे सकता। अपना नाम, ईमेल और सवाल छोड़ दें, हम ईमेल से जवाब देंगे।",
    nobodyFree: "क्षमा करें, हमारी टीम के सभी लोग अभी व्यस्त हैं। अपना नाम, ईमेल और सवाल छोड़ दें, हम जल्द से जल्द ईमेल से जवाब देंगे।",
  },
  tr: {
    dontKnow: "Bundan emin değilim ve tahmin yürütmek istemem. Ekibimizden biriyle görüşmek ister misiniz?",
    failed: "Üzgünüm, şu anda yanıt vermekte zorlanıyorum. Ekibimizden biriyle görüşmek ister misiniz?",
    queued: "Sizi ekibimizden biriyle bağlıyorum. Sırada {position}. sıradasınız.",
    queuedWait: "Sizi ekibimizden biriyle bağlıyorum. Sırada {position}. sıradasınız; bekleme genellikle yaklaşık {minutes} dk sürer.",
    joined: "{name} görüşmeye katıldı.",
    handedBack: "Yeniden asistanımızla konuşuyorsunuz. Bana her şeyi sorabilir ya da istediğiniz an bir kişiyle görüşmek isteyebilirsiniz.",
    afterHours: "Ekibimiz şu anda çevrimdışı, bu yüzden kimse canlı yanıt veremiyor. Adınızı, e-postanızı ve sorunuzu bırakın, size e-postayla dönelim.",
    nobodyFree: "Üzgünüz, ekibimizin tamamı şu anda meşgul. Adınızı, e-postanızı ve sorunuzu bırakın, en kısa sürede e-postayla dönelim.",
  },
  id: {
    dontKnow: "Saya tidak yakin soal itu dan tidak ingin menebak. Apakah Anda ingin berbicara dengan seseorang dari tim kami?",
    failed: "Maaf, saya sedang kesulitan menjawab. Apakah Anda ingin berbicara dengan seseorang dari tim kami?",
    queued: "Saya menghubungkan Anda dengan seseorang dari tim kami. Anda nomor {position} dalam antrean.",
    queuedWait: "Saya menghubungkan Anda dengan seseorang dari tim kami. Anda nomor {position} dalam antrean; biasanya menunggu sekitar {minutes} menit.",
    joined: "{name} bergabung dalam percakapan.",
    handedBack: "Anda kembali mengobrol dengan asisten kami. Tanyakan apa saja, atau minta bicara dengan seseorang kapan saja.",
    afterHours: "Tim kami sedang offline, jadi tidak ada yang bisa menjawab langsung. Tinggalkan nama, email, dan pertanyaan Anda, kami akan membalas lewat email.",
    nobodyFree: "Maaf, semua anggota tim kami sedang sibuk. Tinggalkan nama, email, dan pertanyaan Anda, kami akan membalas lewat email secepatnya.",
  },
};

export function toBotLanguage(language: string | null | undefined): BotLanguage {
  const base = (language ?? "en").toLowerCase().split(/[-_]/)[0];
  return (BOT_LANGUAGES as readonly string[]).includes(base ?? "") ? (base as BotLanguage) : "en";
}

export function botPhrase(key: keyof Phrases, language: string | null | undefined, values: Record<string, string | number> = {}): string {
  return PHRASES[toBotLanguage(language)][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
