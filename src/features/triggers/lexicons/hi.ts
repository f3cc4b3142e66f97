import type { Lexicon } from "./types";

// Hindi in Devanagari and Hinglish in Latin script (also covers Roman Urdu): verb last, person + से/se first.
const DEV_PERSON = "व्यक्ति|इंसान|आदमी|एजेंट|अधिकारी|अधिकारियों|प्रतिनिधि|कर्मचारी|मैनेजर|किसी|कोई|असली|स्टाफ|टीम|ग्राहक_सेवा|कस्टमर_केयर|कस्टमर_सर्विस|सपोर्ट|बंदे|बंदा|एग्जीक्यूटिव";
const LAT_PERSON = "person|insaan|insan|banda|bande|bandey|agent|human|real|kisi|koi|executive|manager|staff|customer_care|customer_service|admin|aadmi|vyakti|officer|team|support|representative|adhikari";

export const hi: Lexicon = {
  lang: "hi",
  script: "devanagari",
  explicitRequest: [
    `${DEV_PERSON} ~3 से ~2 बात|संपर्क|मिलवा*|जोड़*|कनेक्ट`,
    "बात ~1 करवाइए|कराइए|करवा|करा|करवाओ|कराओ|करवाएं|कराएं",
    "कनेक्ट|ट्रांसफर ~1 करें|कीजिए|करो|कर_दो|कर_दीजिए",
    "मुझे|हमें ~2 कॉल|फोन|संपर्क ~1 करें|करे|कीजिए|करो",
  ],
  botRefusal: ["बॉट|रोबोट|मशीन ~2 नहीं|मत"],
  negativeStrong: ["बकवास|घटिया|बेकार|शर्म|शर्मनाक|धोखा|धोखेबाज़|गुस्सा|बहुत_खराब|सबसे_बुरा|बेहूदा|फालतू|ठगी|लूट|बदतमीज़|नाराज़|तंग_आ|बर्दाश्त_नहीं"],
  negativeMild: ["परेशान|निराश", "अभी_तक ~2 नहीं", "कोई ~2 जवाब_नहीं"],
  swearing: ["कमीने|साले|हरामी"],
  threat: ["शिकायत ~2 करूंगा|करूंगी|दर्ज", "उपभोक्ता_फोरम|वकील|कोर्ट"],
  positive: ["धन्यवाद|शुक्रिया|बढ़िया|बहुत_अच्छा|अच्छा|खुश|मस्त"],
  sensitive: {
    legal: ["वकील|कोर्ट|अदालत|मुकदमा|पुलिस|एफआईआर|उपभोक्ता_फोरम|कानूनी"],
    fraud: ["धोखाधड़ी|फ्रॉड|चोरी|ठगी|नकली"],
    account_security: ["हैक|हैक_हो"],
    unauthorised_charge: ["बिना ~3 अनुमति|इजाज़त|इजाजत|जानकारी|बताए|पूछे", "दो_बार ~3 कट*|काट*|चार्ज"],
    data_deletion: ["डेटा|जानकारी ~3 हटा*|डिलीट|मिटा*"],
    emergency: ["ज़हर|जहर|निगल|सांस_नहीं|बेहोश|खून|आग|जल_गया|विस्फोट|करंट|गैस_लीक|आत्महत्या|अस्पताल|एम्बुलेंस"],
    harassment: ["उत्पीड़न|धमकी|छेड़*|अश्लील|गलत_तरीके"],
    money_action: ["रिफंड|पैसे_वापस|रकम_वापस|मेरे_पैसे|रुपये_वापस"],
  },
  moneySpecific: ["ऑर्डर ~2 #", "मेरे|मेरा|मेरी ~1 खाते|खाता|ऑर्डर|पैसे|कार्ड|बिल", "कट_गए|काट_लिए|कट_गया"],
  policyQuestion: ["पॉलिसी|नीति|कैसे|क्या"],
  highValue: {
    quote: ["कोटेशन"],
    volume: ["थोक|बल्क"],
    partnership: ["डीलरशिप|डिस्ट्रीब्यूटर|साझेदारी|पार्टनरशिप|फ्रेंचाइजी"],
    demo: ["डेमो"],
    viewing: ["साइट_विज़िट|फ्लैट ~2 देखना"],
  },
  answerComplaint: ["वही_जवाब|यह_मुझे_पता|मेरा_सवाल|मैंने_पूछा|समझ_नहीं"],
  staffOnly: ["मेरे|मेरा|मेरी ~1 ऑर्डर|खाते|खाता|बुकिंग|बिल"],
  giveUp: ["कोई_बात_नहीं|रहने_दो|छोड़ो"],
  problem: ["काम_नहीं|खराब|टूटा|टूट|समस्या|दिक्कत|नहीं_पहुंचा|नहीं_मिला|गलत|देरी|नहीं_आया|नहीं_चल"],
  stopwords: ["क्या है हैं में से के की का को और या पर ने यह वह आप मुझे मेरा मेरे मेरी हम कब कैसे कितने कितना कहाँ क्यों भी तो जी"],
};

export const hiLatin: Lexicon = {
  lang: "hi",
  script: "latin",
  explicitRequest: [
    `${LAT_PERSON} ~3 se|sey|say|sy ~2 baat|bat|baath|contact|connect|milwa*|milao`,
    "baat|bat ~1 karao|karwao|krwao|krao|karwa|kara|karni|karna|krni|krna|karwaiye|karaiye|karwa_do|kara_do",
    "connect|transfer|call|callback|phone ~1 karo|kro|kar_do|kardo|karwao|kijiye|karein",
    "mujhe|mujhko|humein|hume|hamein ~2 call|phone|contact ~1 kare|karo|karein|kijiye|karna|kar_do|kare_koi",
    "koi|kisi ~3 banda|bande|insaan|insan|person|agent|executive|aadmi|staff ~4 call|phone|baat|contact|connect",
    "call|phone ~1 kar_le|kar_lo|karo|kare|kijiye|karein|kar_do ~1 mujhe|hume|humein",
  ],
  botRefusal: ["bot|robot|machine ~2 nahi|nahin|nhi|mat"],
  negativeStrong: ["bakwas|bakwaas|bekaar|bekar|ghatiya|ghatia|faltu|sharam|sharm|dhokha|dhokebaaz|dhokhebaaz|pagal|bewakoof|gussa|wahiyat|loot|chor|chutiya|tang_aa|bahut_bura|sabse_bura|bilkul_bekaar"],
  negativeMild: ["pareshan|abhi_tak_nahi|koi_jawab_nahi|yaar"],
  swearing: ["chutiya|saale|kamine|harami|bkl"],
  threat: ["complaint ~2 karunga|karungi|karenge", "consumer_forum|consumer_court"],
  positive: ["dhanyavad|dhanyawad|shukriya|badhiya|bahut_accha|accha|mast|zabardast"],
  sensitive: {
    legal: ["vakil|wakeel|court|police|fir|consumer_forum", "case ~1 karunga|karenge"],
    fraud: ["dhokha|chori|thagi"],
    unauthorised_charge: ["bina ~3 permission|ijazat|anumati|bataye|puche|pooche", "do_baar|2_baar ~3 kata|kat|kaat|deduct|charge"],
    data_deletion: ["data ~3 delete|hatao|hata_do|mita_do"],
    money_action: ["paise|paisa|rupaye|amount ~1 wapas|vapas|return|refund", "mera|mere ~1 paise|paisa"],
  },
  moneySpecific: ["mera|mere|meri ~1 order|account|khata|paise|card|bill", "kat_gaye|kat_gaya|kaat_liye|deduct_ho"],
  highValue: { quote: ["quotation ~2 chahiye|bhejo"], volume: ["thok|thok_mein|bulk_mein"] },
  answerComplaint: ["wahi|same ~1 jawab|answer", "ye ~1 mujhe ~1 pata ~1 hai", "mera_sawal|maine_pucha|maine_poocha|samjha_nahi|samajh_nahi"],
  staffOnly: ["mera|mere|meri ~1 order|account|booking|bill|parcel|refund"],
  giveUp: ["koi_baat_nahi|rehne_do|chhodo|chodo"],
  problem: ["kaam_nahi|kharab|toota|tuta|dikkat|samasya|nahi_aaya|nahi_mila|galat|nahi_chal|nahi_pahuncha|band_ho_gaya"],
  stopwords: ["kya hai hain mein me se ke ki ka ko aur ya par ne ye yeh wo woh aap mujhe mera mere meri hum kab kaise kitne kitna kahan kyun bhi to ji bhai yaar"],
};
